import { expect } from '@esm-bundle/chai';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { playsPast } from '../../../test/browser/playback.ts';
import { innerVideo, mountPlayer, nextEvent, unmountAll, until, warnings } from '../../../test/browser/player.ts';
import type { VideoPlayer } from './video-player.ts';

const quiet = { 'disable-tracking': true } as const;
const PREFERENCES = 'videokit-player';

const timeDisplay = (player: VideoPlayer): string =>
  player.shadowRoot?.querySelector('[part~=time-display]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';

describe("<video-player> Mux Player's starting values", () => {
  beforeEach(() => localStorage.removeItem(PREFERENCES));
  afterEach(() => {
    unmountAll();
    localStorage.removeItem(PREFERENCES);
  });

  it('volume and playbackrate set where the media starts, over a saved preference', async () => {
    localStorage.setItem(PREFERENCES, JSON.stringify({ volume: 0.9, rate: 2 }));
    const player = await mountPlayer({
      'playback-id': 'vod',
      muted: true,
      volume: '0.3',
      playbackrate: '1.5',
      ...quiet,
    });
    await nextEvent(player, 'loadedmetadata');
    await until(() => player.volume === 0.3, 'the volume attribute to apply');
    const video = innerVideo(player);
    expect(video.volume).to.equal(0.3);
    expect(video.playbackRate).to.equal(1.5);
    expect(video.defaultPlaybackRate).to.equal(1.5);
    expect(player.playbackRate).to.equal(1.5);
  });

  it('a volume or playbackrate out of range is ignored with a warning naming the attribute', async () => {
    let player: VideoPlayer | undefined;
    const lines = await warnings(async () => {
      player = await mountPlayer({ 'playback-id': 'vod', muted: true, volume: '2', playbackrate: 'fast', ...quiet });
      await nextEvent(player, 'loadedmetadata');
      await until(() => performance.getEntriesByType('resource').some((e) => e.name.includes('mux-extras')), 'extras');
      await player.updateComplete;
    });
    expect(lines).to.include('<video-player> volume="2" is ignored: use a number from 0 to 1');
    expect(lines).to.include('<video-player> playbackrate="fast" is ignored: use a number from 0 to 16');
    expect(player?.volume).to.equal(1);
    expect(player?.playbackRate).to.equal(1);
  });

  it('no-muted-pref leaves a saved mute unrestored; the saved volume level still applies', async () => {
    localStorage.setItem(PREFERENCES, JSON.stringify({ volume: 0.4, muted: true }));
    const plain = await mountPlayer({ preload: 'none', ...quiet });
    expect(plain.muted).to.equal(true);
    const player = await mountPlayer({ 'no-muted-pref': true, preload: 'none', ...quiet });
    expect(player.muted).to.equal(false);
    expect(player.volume).to.equal(0.4);
  });

  it('default-stream-type stands until the playlist says otherwise; an unknown value warns', async () => {
    const waiting = await mountPlayer({ 'default-stream-type': 'live', ...quiet });
    expect(waiting.streamType).to.equal('live');
    const player = await mountPlayer({ 'playback-id': 'vod', muted: true, 'default-stream-type': 'live', ...quiet });
    await until(() => player.streamType === 'on-demand', 'the playlist to decide the stream type');
    const lines = await warnings(async () => {
      const odd = await mountPlayer({ 'default-stream-type': 'vod', ...quiet });
      expect(odd.streamType).to.equal('unknown');
    });
    expect(lines.some((line) => line.includes('default-stream-type="vod" is not a known value'))).to.equal(true);
  });

  it('default-duration is shown until the media knows its duration', async () => {
    const player = await mountPlayer({
      'playback-id': 'vod',
      muted: true,
      preload: 'none',
      'default-duration': '125',
      ...quiet,
    });
    await player.updateComplete;
    expect(timeDisplay(player)).to.equal('0:00 / 2:05');
    expect(player.mediaState.duration).to.equal(125);
    void player.play();
    await until(() => timeDisplay(player).endsWith('/ 0:12'), 'the real duration to show');
  });

  /** The heights the video showed while playing to `seconds`, in a wide player. */
  async function heightsPlaying(attributes: Record<string, string>, seconds: number): Promise<number[]> {
    const player = await mountPlayer({
      'playback-id': 'vod',
      muted: true,
      style: 'width: 1280px',
      ...quiet,
      ...attributes,
    });
    const video = innerVideo(player);
    const heights: number[] = [];
    video.addEventListener('resize', () => heights.push(video.videoHeight));
    void player.play();
    await playsPast(video, seconds);
    return heights;
  }

  it('max-auto-resolution keeps the automatic choice at or below it; an unknown value warns', async () => {
    const free = await heightsPlaying({}, 5);
    expect(Math.max(...free), 'without a cap a 1280 px player reaches above 360p').to.be.above(360);
    unmountAll();
    const capped = await heightsPlaying({ 'max-auto-resolution': '360p' }, 5);
    expect(capped).to.not.be.empty;
    expect(Math.max(...capped)).to.be.at.most(360);
    const lines = await warnings(async () => {
      await heightsPlaying({ 'max-auto-resolution': 'hd' }, 0.5);
    });
    expect(lines.some((line) => line.includes('max-auto-resolution="hd" is not a known value'))).to.equal(true);
  });

  it('caps automatic renditions to the player size; cap-rendition-to-player-size="false" lets them grow', async () => {
    const capped = await heightsPlaying({ style: 'width: 240px' }, 5);
    expect(capped).to.not.be.empty;
    expect(Math.max(...capped), 'a 240 × 135 player stays at the rendition covering it').to.be.at.most(270);
    unmountAll();
    const free = await heightsPlaying({ style: 'width: 240px', 'cap-rendition-to-player-size': 'false' }, 5);
    expect(Math.max(...free), 'uncapped, the fast local network takes it higher').to.be.above(270);
  });
});

describe("<video-player> Mux Player's media, mux and fullscreen", () => {
  afterEach(async () => {
    if (document.fullscreenElement) await document.exitFullscreen();
    unmountAll();
    document.getElementById('stage')?.remove();
    await resetMouse();
  });

  it('media is the <video>; mux is the analytics monitor once analytics has started, undefined without', async () => {
    const untracked = await mountPlayer({ 'playback-id': 'vod', muted: true, ...quiet });
    expect(untracked.media).to.equal(innerVideo(untracked));
    await nextEvent(untracked, 'loadedmetadata');
    expect(untracked.mux).to.equal(undefined);
    const tracked = await mountPlayer({ 'playback-id': 'vod', muted: true, 'env-key': 'testenv' });
    await until(() => tracked.mux !== undefined, 'the analytics monitor');
    expect(tracked.mux).to.equal((innerVideo(tracked) as HTMLVideoElement & { mux?: unknown }).mux);
  });

  /** A real click on a page button that runs `action`: fullscreen needs the viewer's gesture. */
  async function withGesture(action: () => void): Promise<void> {
    const button = Object.assign(document.createElement('button'), { textContent: 'go' });
    button.addEventListener('click', action, { once: true });
    document.body.prepend(button);
    const rect = button.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.left + 2), Math.round(rect.top + 2)] });
    button.remove();
  }

  it('requestFullscreen() takes the fullscreen-element when set, the player otherwise; exitFullscreen() leaves', async () => {
    const stage = Object.assign(document.createElement('div'), { id: 'stage' });
    document.body.append(stage);
    const player = await mountPlayer({ 'playback-id': 'vod', muted: true, 'fullscreen-element': 'stage', ...quiet });
    stage.append(player);
    await withGesture(() => void player.requestFullscreen());
    await until(() => document.fullscreenElement === stage, 'the stage to go fullscreen');
    await player.exitFullscreen();
    await until(() => !document.fullscreenElement, 'fullscreen to end');
    player.removeAttribute('fullscreen-element');
    await withGesture(() => void player.requestFullscreen());
    await until(() => document.fullscreenElement === player, 'the player to go fullscreen');
    await player.exitFullscreen();
  });
});
