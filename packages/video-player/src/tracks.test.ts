import { expect } from '@esm-bundle/chai';
import { playsPast } from '../../../test/browser/playback.ts';
import { innerVideo, mountPlayer, requestsTo, unmountAll, until } from '../../../test/browser/player.ts';

describe('<video-player> tracks and renditions', () => {
  afterEach(unmountAll);

  it('lists the audio tracks and switches language', async () => {
    const player = await mountPlayer({ 'playback-id': 'vod', muted: true });
    await player.play();
    await playsPast(innerVideo(player), 0.5);
    expect([...player.audioTracks].map((track) => [track.language, track.enabled])).to.deep.equal([
      ['en', true],
      ['fr', false],
    ]);
    const since = performance.now();
    const french = [...player.audioTracks].find((track) => track.language === 'fr');
    player.selectAudioTrack(french?.id ?? '');
    await until(() => [...player.audioTracks].find((track) => track.enabled)?.language === 'fr', 'French audio');
    await until(() => requestsTo('stream', since).some((url) => url.includes('/audio/fr')), 'French audio requests');
  });

  it('keeps audioTracks as a live list that media controllers can follow', async () => {
    const player = await mountPlayer({ 'playback-id': 'vod', muted: true });
    const list = player.audioTracks;
    const events: string[] = [];
    for (const type of ['addtrack', 'change']) list.addEventListener(type, () => events.push(type));
    await player.play();
    await playsPast(innerVideo(player), 0.5);
    expect(player.audioTracks).to.equal(list);
    expect(list.length).to.equal(2);
    expect(events.filter((type) => type === 'addtrack')).to.have.length(2);
    const french = [...list].find((track) => track.language === 'fr');
    if (!french) throw new Error('no French track');
    expect(list.getTrackById(french.id)).to.equal(french);
    expect(list[1]).to.equal(french);
    const changes = events.length;
    // The DOM's way of choosing a track: set `enabled` on it.
    french.enabled = true;
    await until(() => french.enabled && events.length > changes, 'a change event for French audio');
    expect(events.at(-1)).to.equal('change');
    expect([...player.renditions].length).to.be.greaterThan(1);
  });

  it('lists captions as text tracks and shows the chosen one', async () => {
    const player = await mountPlayer({ 'playback-id': 'vod', muted: true });
    await player.play();
    await playsPast(innerVideo(player), 0.5);
    const tracks = Array.from(player.textTracks ?? []).filter((track) => track.kind === 'subtitles');
    expect(tracks.map((track) => track.language)).to.deep.equal(['en', 'fr']);
    const french = tracks.find((track) => track.language === 'fr');
    if (!french) throw new Error('no French track');
    // English may already show (AUTOSELECT in this browser's language): switch as the menu does.
    for (const track of tracks) track.mode = track === french ? 'showing' : 'disabled';
    await until(() => (french.cues?.length ?? 0) > 0, 'French cues');
    expect(french.cues?.[0]).to.have.property('text').that.includes('Sous-titre');
  });

  it('pins a rendition and returns to auto', async () => {
    const player = await mountPlayer({ 'playback-id': 'vod', muted: true });
    await player.play();
    await playsPast(innerVideo(player), 0.5);
    expect(player.autoRendition).to.equal(true);
    const lowest = [...player.renditions].sort((a, b) => a.height - b.height)[0];
    const highest = [...player.renditions].sort((a, b) => b.height - a.height)[0];
    if (!lowest || !highest) throw new Error('no renditions');
    const target = innerVideo(player).videoHeight === lowest.height ? highest : lowest;
    player.selectRendition(target.id);
    expect(player.autoRendition).to.equal(false);
    expect([...player.renditions].find((rendition) => rendition.selected)?.id).to.equal(target.id);
    await until(() => player.videoHeight === target.height, `${String(target.height)}p on screen`);
    player.selectRendition('auto');
    expect(player.autoRendition).to.equal(true);
  });

  it('hides captions at start with default-hidden-captions', async () => {
    const player = await mountPlayer({
      'playback-id': 'vod',
      'default-subtitles-lang': 'en',
      'default-hidden-captions': true,
      muted: true,
    });
    await player.play();
    await playsPast(innerVideo(player), 0.5);
    const showing = Array.from(player.textTracks ?? []).filter((track) => track.mode === 'showing');
    expect(showing).to.deep.equal([]);
  });

  it("starts the AUTOSELECT subtitles in the viewer's language when none is DEFAULT", async () => {
    // The origin marks en and fr AUTOSELECT=YES and neither DEFAULT; this browser's language is English.
    expect(navigator.languages[0]).to.match(/^en/);
    const player = await mountPlayer({ 'playback-id': 'vod', muted: true, 'no-preferences': true });
    await player.play();
    const english = (): TextTrack | undefined =>
      Array.from(player.textTracks ?? []).find((track) => track.language === 'en');
    await until(() => english()?.mode === 'showing', 'English subtitles showing');
    expect(Array.from(player.textTracks ?? []).filter((track) => track.mode === 'showing')).to.have.length(1);
  });

  it('selects the AUTOSELECT subtitles hidden under default-hidden-captions', async () => {
    const player = await mountPlayer({
      'playback-id': 'vod',
      muted: true,
      'no-preferences': true,
      'default-hidden-captions': true,
    });
    await player.play();
    await until(
      () => Array.from(player.textTracks ?? []).find((track) => track.language === 'en')?.mode === 'hidden',
      'English subtitles selected but hidden',
    );
    expect(Array.from(player.textTracks ?? []).filter((track) => track.mode === 'showing')).to.deep.equal([]);
  });
});
