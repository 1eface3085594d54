// Mux Player's API beyond a media element's, on <video-player> against the local origin:
// text tracks and `<track>` children, chapters, cue points, program date time and the live window.
// Its own page, so the first test sees whether the extras' module has been fetched.
import { expect } from '@esm-bundle/chai';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { playsPast } from '../../../test/browser/playback.ts';
import { innerVideo, mountPlayer, nextEvent, requestsTo, unmountAll, until } from '../../../test/browser/player.ts';
import type { ActiveChapter, ActiveCuePoint } from './controllers/mux-extras.ts';
import type { VideoPlayer } from './video-player.ts';

const quiet = { muted: true, 'disable-tracking': true } as const;
const extrasFetched = (): boolean =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('mux-extras'));
const labels = (player: VideoPlayer): string[] => Array.from(player.textTracks ?? [], (track) => track.label);
const vtt = (text: string): string =>
  `data:text/vtt,${encodeURIComponent(`WEBVTT\n\n00:00.000 --> 00:30.000\n${text}\n`)}`;

async function loaded(attributes: Record<string, string | boolean> = {}): Promise<VideoPlayer> {
  const player = await mountPlayer({ 'playback-id': 'vod', ...quiet, ...attributes });
  await nextEvent(player, 'loadedmetadata');
  return player;
}

describe('<video-player> Mux Player API', () => {
  afterEach(unmountAll);

  it('loads nothing more for a page that uses none of it; reads answer "none"', async () => {
    const player = await loaded();
    await player.play();
    await playsPast(innerVideo(player), 0.3);
    expect(player.activeChapter).to.equal(undefined);
    expect(player.activeCuePoint).to.equal(undefined);
    expect(player.chapters).to.deep.equal([]);
    expect(player.cuePoints).to.deep.equal([]);
    // An on-demand asset without a program date time, and not live.
    expect(player.currentPdt.getTime()).to.be.NaN;
    expect(player.getStartDate().getTime()).to.be.NaN;
    expect(player.liveEdgeStart).to.be.NaN;
    expect(player.inLiveWindow).to.equal(false);
    expect(extrasFetched()).to.equal(false);
  });

  it('hasPlayed turns true once playback has started', async () => {
    const player = await loaded();
    expect(player.hasPlayed).to.equal(false);
    await player.play();
    await playsPast(innerVideo(player), 0.3);
    expect(player.hasPlayed).to.equal(true);
  });

  it('addTextTrack adds a <track> to the video (captions off, metadata hidden); removeTextTrack takes it away', async () => {
    const player = await loaded();
    const track = player.addTextTrack('subtitles', 'Added', 'de');
    expect(track?.mode).to.equal('disabled');
    expect(labels(player)).to.include('Added');
    await player.updateComplete;
    await until(
      () => player.mediaState.textTracks.some((state) => state.label === 'Added'),
      'the captions menu to list it',
    );
    expect(player.addTextTrack('metadata', 'data')?.mode).to.equal('hidden');
    player.removeTextTrack(track!);
    await until(() => !labels(player).includes('Added'), 'the track to go');
  });

  it("<track> children become the video's text tracks and follow changes", async () => {
    const player = await mountPlayer({ 'playback-id': 'vod', ...quiet });
    const child = Object.assign(document.createElement('track'), {
      kind: 'subtitles',
      label: 'Child',
      srclang: 'nl',
      src: vtt('Hallo'),
    });
    player.append(child);
    await until(() => labels(player).includes('Child'), 'the child track in the video');
    const copy = Array.from(player.textTracks ?? []).find((track) => track.label === 'Child')!;
    copy.mode = 'hidden';
    await until(() => (copy.cues?.length ?? 0) > 0, 'its cues to load');
    expect((copy.cues?.[0] as VTTCue).text).to.equal('Hallo');
    child.label = 'Renamed';
    await until(() => labels(player).includes('Renamed') && !labels(player).includes('Child'), 'the rename');
    child.remove();
    await until(() => !labels(player).includes('Renamed'), 'the removal');
  });

  it('addChapters: ends default to the next start or the end; activeChapter and chapterchange follow playback', async () => {
    const player = await loaded();
    await player.addChapters([
      { startTime: 5, value: 'Main' },
      { startTime: 0, value: 'Intro' },
    ]);
    // The last chapter ends where the video ends when it is added (the duration may grow a
    // little once media is buffered).
    const end = player.duration;
    expect(player.chapters).to.deep.equal([
      { startTime: 0, endTime: 5, value: 'Intro' },
      { startTime: 5, endTime: end, value: 'Main' },
    ]);
    const changed = nextEvent<CustomEvent<ActiveChapter>>(
      player,
      'chapterchange',
      (event) => event.detail.value === 'Main',
    );
    player.currentTime = 6;
    const { detail } = await changed;
    expect(detail).to.deep.equal({ startTime: 5, endTime: end, value: 'Main' });
    expect(player.activeChapter?.value).to.equal('Main');
    // Chapters are not captions: the captions menu does not list them.
    expect(player.mediaState.textTracks.map((state) => state.label)).to.not.include('chapters');
  });

  it('chapters mark the time slider, and the preview names the chapter under the pointer', async () => {
    const player = await loaded();
    await player.addChapters([
      { startTime: 0, value: 'Intro' },
      { startTime: 6, value: 'Main' },
    ]);
    await player.updateComplete;
    const marks = player.shadowRoot?.querySelectorAll<HTMLElement>('[part=chapter-mark]') ?? [];
    expect(marks).to.have.length(1);
    expect(parseFloat(marks[0]!.style.insetInlineStart)).to.be.closeTo((6 / player.duration) * 100, 0.5);
    const range = player.shadowRoot?.querySelector('[part~=time-range]')?.getBoundingClientRect();
    if (!range) throw new Error('no time range');
    const y = Math.round(range.top + range.height / 2);
    await sendMouse({ type: 'move', position: [Math.round(range.left + range.width * 0.9), y] });
    await until(
      () => player.shadowRoot?.querySelector('[part=preview-chapter]')?.textContent === 'Main',
      'Main in the preview',
    );
    await sendMouse({ type: 'move', position: [Math.round(range.left + range.width * 0.1), y] });
    await until(
      () => player.shadowRoot?.querySelector('[part=preview-chapter]')?.textContent === 'Intro',
      'Intro in the preview',
    );
    await resetMouse();
  });

  it('addCuePoints: JSON values, activeCuePoint and cuepointchange', async () => {
    const player = await loaded();
    await player.addCuePoints([
      { time: 2, value: { ad: 'first' } },
      { time: 8, value: { ad: 'second' } },
    ]);
    expect(player.cuePoints).to.deep.equal([
      { time: 2, value: { ad: 'first' } },
      { time: 8, value: { ad: 'second' } },
    ]);
    const changed = nextEvent<CustomEvent<ActiveCuePoint>>(
      player,
      'cuepointchange',
      (event) => event.detail.time === 8,
    );
    player.currentTime = 9;
    expect((await changed).detail.value).to.deep.equal({ ad: 'second' });
    expect(player.activeCuePoint).to.deep.equal({ time: 8, value: { ad: 'second' } });
  });

  it("a new source starts without the last one's chapters, cue points and added tracks; <track> children stay", async () => {
    const player = await loaded();
    player.append(Object.assign(document.createElement('track'), { kind: 'subtitles', label: 'Child', srclang: 'nl' }));
    await player.addChapters([{ startTime: 0, value: 'Intro' }]);
    await player.addCuePoints([{ time: 1, value: 1 }]);
    player.addTextTrack('subtitles', 'Added', 'de');
    await until(() => labels(player).includes('Child'), 'the child track');
    player.playbackId = 'vod-fmp4';
    await nextEvent(player, 'loadedmetadata');
    await until(() => !labels(player).includes('Added'), 'the added track to go');
    expect(player.chapters).to.deep.equal([]);
    expect(player.cuePoints).to.deep.equal([]);
    expect(labels(player)).to.include('Child');
    expect(player.shadowRoot?.querySelectorAll('[part=chapter-mark]')).to.have.length(0);
  });

  it('refuses chapters and cue points without a valid start, naming the entry', async () => {
    const player = await loaded();
    let refused: unknown;
    await player
      .addChapters([
        { startTime: 0, value: 'ok' },
        { startTime: -1, value: 'bad' },
      ])
      .catch((error: unknown) => {
        refused = error;
      });
    expect(refused).to.be.instanceOf(TypeError);
    expect((refused as Error).message)
      .to.include('addChapters: entry 1')
      .and.include('startTime');
    refused = undefined;
    await player.addCuePoints([{ value: 'no time' }]).catch((error: unknown) => {
      refused = error;
    });
    expect((refused as Error).message)
      .to.include('addCuePoints: entry 0')
      .and.include('time');
    expect(player.chapters).to.deep.equal([]);
  });

  it("crossorigin is the page's (default anonymous)", async () => {
    const player = await mountPlayer({ 'playback-id': 'vod', ...quiet, preload: 'none' });
    expect(innerVideo(player).crossOrigin).to.equal('anonymous');
    player.setAttribute('crossorigin', 'use-credentials');
    await player.updateComplete;
    expect(innerVideo(player).crossOrigin).to.equal('use-credentials');
  });

  it('default-show-remaining-time starts the time display on the time left; a click still toggles it', async () => {
    const player = await loaded({ 'default-show-remaining-time': true });
    await player.updateComplete;
    const display = player.shadowRoot?.querySelector<HTMLElement>('[part~=time-display]');
    expect(display?.textContent).to.match(/^\s*-0:12/);
    display?.click();
    await player.updateComplete;
    expect(display?.textContent).to.match(/^\s*0:00/);
  });

  it("Mux Player's CSS variables: --controls, --controls-backdrop-color, --media-object-fit/-position", async () => {
    const player = await mountPlayer({ 'playback-id': 'vod', ...quiet, preload: 'none' });
    await player.updateComplete;
    const style = (selector: string): CSSStyleDeclaration => {
      const element = player.shadowRoot?.querySelector(selector);
      if (!element) throw new Error(`no ${selector}`);
      return getComputedStyle(element);
    };
    expect(style('.bar').display).to.equal('block');
    expect(style('video').objectFit).to.equal('contain');
    player.style.setProperty('--controls', 'none');
    player.style.setProperty('--controls-backdrop-color', 'rgb(255, 0, 0)');
    player.style.setProperty('--media-object-fit', 'cover');
    player.style.setProperty('--media-object-position', 'left top');
    expect(style('.bar').display).to.equal('none');
    expect(style('.center-play').display).to.equal('none');
    expect(style('.bar').backgroundColor).to.equal('rgb(255, 0, 0)');
    expect(style('video').objectFit).to.equal('cover');
    expect(style('video').objectPosition).to.equal('0% 0%');
  });

  it('prefer-cmcd="query" sends Common Media Client Data with each request, the playback ID as content ID', async () => {
    const since = performance.now();
    const player = await loaded({ 'prefer-cmcd': 'query' });
    await player.play();
    await playsPast(innerVideo(player), 0.5);
    const requests = requestsTo('stream', since);
    const segments = requests.filter((url) => new URL(url).pathname.endsWith('.ts'));
    expect(segments).to.not.deep.equal([]);
    for (const url of segments) expect(new URL(url).searchParams.get('CMCD')).to.include('cid="vod"');
  });

  it('live: program date time, the live edge window and targetlivewindowchange', async () => {
    const player = await mountPlayer({ 'playback-id': 'live', ...quiet });
    const window = nextEvent<CustomEvent<number>>(player, 'targetlivewindowchange', (event) => event.detail === 0);
    await player.play();
    await playsPast(innerVideo(player), player.currentTime + 0.5);
    expect((await window).detail).to.equal(0);
    await until(() => Number.isFinite(player.currentPdt.getTime()), 'a program date time');
    // The origin's live stream dates its segments in real time.
    expect(Math.abs(player.currentPdt.getTime() - Date.now())).to.be.below(120_000);
    expect(player.getStartDate().getTime()).to.be.closeTo(
      player.currentPdt.getTime() - player.currentTime * 1000,
      1000,
    );
    const end = player.seekable.end(player.seekable.length - 1);
    expect(player.liveEdgeStart)
      .to.be.below(end)
      .and.at.least(end - 3 * 10);
    expect(player.inLiveWindow).to.equal(true);
  });

  it('DVR: behind the live edge is outside the live window', async () => {
    const player = await mountPlayer({ 'playback-id': 'live-dvr', ...quiet });
    const window = nextEvent<CustomEvent<number>>(
      player,
      'targetlivewindowchange',
      (event) => event.detail === Infinity,
    );
    await player.play();
    await playsPast(innerVideo(player), player.currentTime + 0.5);
    await window;
    await until(() => Number.isFinite(player.liveEdgeStart), 'the live edge start');
    player.currentTime = player.seekable.start(0);
    await until(() => !player.inLiveWindow, 'outside the live window');
  });
});
