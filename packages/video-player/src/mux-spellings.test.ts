import { expect } from '@esm-bundle/chai';
import { mintToken } from '../../../test/browser/origin.ts';
import { playsPast } from '../../../test/browser/playback.ts';
import { innerVideo, mountPlayer, requestsTo, unmountAll, until, warnings } from '../../../test/browser/player.ts';

const playlistRequests = (since: number): string[] =>
  requestsTo('stream', since).filter((url) => /^\/[\w-]+\.m3u8$/.test(new URL(url).pathname));

describe('<video-player> Mux Player spellings', () => {
  afterEach(unmountAll);

  it('hears playbackrates and no-volume-pref as playback-rates and no-volume-preference', async () => {
    const player = await mountPlayer({ playbackrates: '0.5 1 3', 'no-volume-pref': true, 'disable-tracking': true });
    expect(player.playbackRates).to.deep.equal([0.5, 1, 3]);
    expect(player.noVolumePreference).to.equal(true);
    expect(player.noVolumePref).to.equal(true);
    player.noVolumePref = false;
    expect(player.noVolumePreference).to.equal(false);
    player.removeAttribute('playbackrates');
    expect(player.playbackRates).to.deep.equal([0.5, 0.75, 1, 1.25, 1.5, 2]);
  });

  for (const [value, dvr] of [
    ['ll-live', false],
    ['live:dvr', true],
    ['ll-live:dvr', true],
  ] as const) {
    it(`maps the legacy stream-type="${value}" to live${dvr ? ' with DVR' : ''}, warning once`, async () => {
      const lines = await warnings(async () => {
        const first = await mountPlayer({ 'stream-type': value, 'disable-tracking': true });
        expect(first.streamType).to.equal('live');
        expect(first.targetLiveWindow).to.equal(dvr ? Infinity : 0);
        await mountPlayer({ 'stream-type': value, 'disable-tracking': true });
      });
      const deprecations = lines.filter((line) => line.includes(`stream-type="${value}" is deprecated`));
      expect(deprecations).to.have.length(1);
      expect(deprecations[0]).to.include('use stream-type="live"');
      if (dvr) expect(deprecations[0]).to.include('target-live-window="Infinity"');
    });
  }

  it('warns once about an unknown enumerated value, naming the attribute and the accepted values', async () => {
    const lines = await warnings(async () => {
      const player = await mountPlayer({ 'stream-type': 'vod', 'prefer-playback': 'flash', preload: 'lots' });
      expect(player.streamType).to.equal('unknown');
      expect(player.preferPlayback).to.equal(undefined);
      expect(player.preload).to.equal('metadata');
      await mountPlayer({ 'stream-type': 'vod' });
    });
    expect(lines.filter((line) => line.includes('stream-type="vod"'))).to.deep.equal([
      '<video-player> stream-type="vod" is not a known value and is ignored: use one of "on-demand", "live", "unknown"',
    ]);
    expect(lines.some((line) => line.includes('prefer-playback="flash"') && line.includes('"mse", "native"'))).to.equal(
      true,
    );
    expect(
      lines.some((line) => line.includes('preload="lots"') && line.includes('"none", "metadata", "auto"')),
    ).to.equal(true);
  });

  it('reads preload="" as auto, as a <video> does', async () => {
    const player = await mountPlayer({ preload: '' });
    expect(player.preload).to.equal('auto');
    expect(innerVideo(player).preload).to.equal('auto');
    player.preload = null;
    expect(player.preload).to.equal('metadata');
  });

  it('reads the derived poster back from the poster property', async () => {
    const player = await mountPlayer({ 'playback-id': 'vod', 'thumbnail-time': '2', 'disable-tracking': true });
    expect(player.poster).to.match(/^http:\/\/image\.localhost:\d+\/vod\/thumbnail\.\w+\?time=2$/);
    expect(innerVideo(player).getAttribute('poster')).to.equal(player.poster);
    player.poster = '';
    await player.updateComplete;
    expect(player.poster).to.equal(undefined);
    expect(innerVideo(player).hasAttribute('poster')).to.equal(false);
  });

  it('reads extra-source-params back as an object, and a set object as set', async () => {
    const player = await mountPlayer({ 'extra-source-params': 'foo=str&bar=true&baz=1', 'disable-tracking': true });
    expect(player.extraSourceParams).to.deep.equal({ foo: 'str', bar: 'true', baz: '1' });
    const params = { foo: 'str', bar: true, baz: 1 };
    player.extraSourceParams = params;
    expect(player.extraSourceParams).to.equal(params);
  });

  it('asks for redundant_streams=true on public IDs, and plays from it', async () => {
    const since = performance.now();
    const player = await mountPlayer({ 'playback-id': 'vod', muted: true, 'disable-tracking': true });
    await player.play();
    await playsPast(innerVideo(player), 0.3);
    const [multivariant] = playlistRequests(since);
    expect(new URL(multivariant ?? 'http://x/').searchParams.get('redundant_streams')).to.equal('true');
  });

  it('leaves redundant_streams out with no-redundant-streams, a token, or the page’s own value', async () => {
    const since = performance.now();
    const token = await mintToken({ sub: 'signed-vod', aud: 'v' });
    await mountPlayer({ 'playback-id': 'vod', 'no-redundant-streams': true });
    await mountPlayer({ 'playback-id': 'vod', 'extra-source-params': 'redundant_streams=false' });
    const signed = await mountPlayer({ 'playback-id': 'signed-vod', 'playback-token': token });
    const seen = (): string[] =>
      playlistRequests(since).map((url) => {
        const parsed = new URL(url);
        return `${parsed.pathname} ${parsed.searchParams.getAll('redundant_streams').join()}`;
      });
    await until(() => new Set(seen()).size >= 3, 'three multivariant playlists');
    expect([...new Set(seen())].sort()).to.deep.equal(['/signed-vod.m3u8 ', '/vod.m3u8 ', '/vod.m3u8 false']);
    expect(signed.error).to.equal(null);
  });
});
