import { expect } from '@esm-bundle/chai';
import { mintToken } from '../../../test/browser/origin.ts';
import { playsPast } from '../../../test/browser/playback.ts';
import { innerVideo, mountPlayer, nextEvent, requestsTo, unmountAll, until } from '../../../test/browser/player.ts';
import type { PlayerErrorEvent } from './events.ts';

const heights = (player: HTMLElementTagNameMap['video-player']): number[] =>
  [...player.renditions].map((rendition) => rendition.height).sort((a, b) => a - b);

/** Captures console.error/warn lines while `body` runs. */
async function consoleLines(body: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.error = error;
    console.warn = warn;
  }
  return lines;
}

describe('<video-player> playback modifiers', () => {
  afterEach(unmountAll);

  it('max-resolution leaves no rendition above it', async () => {
    const since = performance.now();
    const player = await mountPlayer({ 'playback-id': 'vod', 'max-resolution': '360p', muted: true });
    await player.play();
    await playsPast(innerVideo(player), 0.5);
    expect(heights(player)).to.deep.equal([270, 360]);
    expect(requestsTo('stream', since).some((url) => url.includes('max_resolution=360p'))).to.equal(true);
  });

  it('min-resolution leaves no rendition below it', async () => {
    const player = await mountPlayer({ 'playback-id': 'vod', 'min-resolution': '540p', muted: true });
    await player.play();
    await playsPast(innerVideo(player), 0.5);
    expect(heights(player)).to.deep.equal([540, 720]);
  });

  it('rendition-order and extra-source-params reach the playlist URL', async () => {
    const since = performance.now();
    const player = await mountPlayer({
      'playback-id': 'vod',
      'rendition-order': 'desc',
      'extra-source-params': 'redundant_streams=true',
      muted: true,
    });
    await player.play();
    await playsPast(innerVideo(player), 0.5);
    const manifest = requestsTo('stream', since).find((url) => url.includes('/vod.m3u8'));
    expect(manifest).to.include('rendition_order=desc').and.include('redundant_streams=true');
  });

  it('default-subtitles-lang shows the closest subtitle language', async () => {
    const player = await mountPlayer({ 'playback-id': 'vod', 'default-subtitles-lang': 'fr-CA', muted: true });
    await player.play();
    await until(
      () => Array.from(player.textTracks ?? []).some((track) => track.language === 'fr' && track.mode === 'showing'),
      'the French track showing',
    );
  });

  it('asset-start-time and asset-end-time clip the stream', async () => {
    const player = await mountPlayer({
      'playback-id': 'vod',
      'asset-start-time': '4',
      'asset-end-time': '10',
      muted: true,
    });
    await player.play();
    await playsPast(innerVideo(player), 0.5);
    expect(player.duration).to.be.closeTo(6, 0.3);
  });

  it('program-start-time and program-end-time reach the playlist URL of a live stream', async () => {
    const since = performance.now();
    const start = Math.floor(Date.now() / 1000) - 20;
    const player = await mountPlayer({
      'playback-id': 'live-dvr',
      'program-start-time': String(start),
      'program-end-time': String(start + 3600),
      muted: true,
    });
    await player.play();
    await playsPast(innerVideo(player), player.currentTime + 0.3);
    const manifest = requestsTo('stream', since).find((url) => url.includes('/live-dvr.m3u8'));
    expect(manifest)
      .to.include(`program_start_time=${String(start)}`)
      .and.include(`program_end_time=${String(start + 3600)}`);
  });

  for (const [name, attributes, attribute] of [
    ['min-resolution above max-resolution', { 'min-resolution': '720p', 'max-resolution': '360p' }, 'min-resolution'],
    ['an unknown modifier value', { 'max-resolution': '9000p' }, 'max-resolution'],
  ] as const) {
    it(`refuses ${name} before any request, naming the attribute`, async () => {
      const since = performance.now();
      let event: PlayerErrorEvent | undefined;
      const lines = await consoleLines(async () => {
        const player = document.createElement('video-player');
        const failed = nextEvent<PlayerErrorEvent>(player, 'error');
        player.setAttribute('playback-id', 'vod');
        for (const [key, value] of Object.entries(attributes)) player.setAttribute(key, value);
        document.body.append(player);
        event = await failed;
        player.remove();
      });
      const error = event?.detail;
      if (!error) throw new Error('no error event');
      expect(error.code).to.equal('INVALID_ATTRIBUTE');
      expect(error.fatal).to.equal(true);
      expect(error.message).to.include(attribute);
      expect(lines.join('\n')).to.include(attribute);
      expect(requestsTo('stream', since)).to.deep.equal([]);
    });
  }

  it('refuses a modifier beside a playback token, naming what must move into the token', async () => {
    const token = await mintToken({ sub: 'signed-vod', aud: 'v' });
    const since = performance.now();
    const player = document.createElement('video-player');
    const failed = nextEvent<PlayerErrorEvent>(player, 'error');
    player.setAttribute('playback-id', 'signed-vod');
    player.setAttribute('playback-token', token);
    player.setAttribute('max-resolution', '720p');
    const lines = await consoleLines(async () => {
      document.body.append(player);
      await failed;
    });
    const error = (await failed).detail;
    // Playback really stops here, and the message says so (not that the modifier is left out).
    expect(error.message).to.equal(
      'max-resolution="720p" cannot be used with playback-token, so playback stops: signed URLs carry only the token; add "max_resolution": "720p" to the token\'s claims on your server and remove max-resolution="720p"',
    );
    expect(error.fatal).to.equal(true);
    expect(lines.join('\n')).to.include('max_resolution');
    expect(requestsTo('stream', since)).to.deep.equal([]);
    player.remove();
  });
});
