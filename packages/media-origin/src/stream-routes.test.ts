import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { AssetManifest } from './assets.ts';
import { startOrigin } from './server.ts';
import { request, type TestRequest, type TestResponse } from './testing.ts';

const MEDIA = fileURLToPath(new URL('../../../test/fixtures/media/', import.meta.url));
const manifest = (asset: string): AssetManifest =>
  JSON.parse(readFileSync(`${MEDIA}${asset}/asset.json`, 'utf8')) as AssetManifest;
const fixture = (asset: string, path: string): Buffer => readFileSync(`${MEDIA}${asset}/${path}`);
const VOD = manifest('vod');
const CLEARKEY = manifest('vod-clearkey');

// A fixed clock far from the real one: token expiry must follow the origin's clock, not Date.now.
let clock = Date.UTC(2030, 0, 1);
const origin = await startOrigin({ port: 0, now: () => clock });

/** GETs a playlist URI as a player would: relative to stream.localhost, or absolute on another host. */
function get(uri: string, init?: TestRequest): Promise<TestResponse> {
  if (!uri.startsWith('http')) return request(origin, 'stream', uri, init);
  const url = new URL(uri);
  return request(origin, url.hostname.split('.')[0] ?? '', url.pathname + url.search, init);
}

async function ok(uri: string): Promise<TestResponse> {
  const response = await get(uri);
  assert.equal(response.status, 200, `${uri}: ${response.text}`);
  return response;
}

async function refused(uri: string, status: number, reason: string): Promise<TestResponse> {
  const response = await get(uri);
  assert.equal(response.status, status, `${uri}: ${response.text}`);
  assert.equal(response.reason, reason, response.text);
  assert.match(String(response.headers['content-type']), /^text\/plain/);
  assert.ok(response.text.startsWith(`${reason}: `), response.text);
  return response;
}

/** Attributes of one tag line; quoted values may hold commas. */
function attributes(line: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [, name = '', value = ''] of line.slice(line.indexOf(':') + 1).matchAll(/([A-Z0-9-]+)=("[^"]*"|[^,]*)/g)) {
    result[name] = value.replace(/^"(.*)"$/, '$1');
  }
  return result;
}

const lines = (text: string): string[] => text.trim().split('\n');
const tags = (text: string, tag: string): string[] => lines(text).filter((line) => line.startsWith(`${tag}:`));
const uris = (text: string): string[] => lines(text).filter((line) => line && !line.startsWith('#'));

interface Variant {
  attrs: Record<string, string>;
  uri: string;
}

function variants(text: string): Variant[] {
  const all = lines(text);
  return all.flatMap((line, i) =>
    line.startsWith('#EXT-X-STREAM-INF:') ? [{ attrs: attributes(line), uri: all[i + 1] ?? '' }] : [],
  );
}

const renditionNames = (text: string): string[] =>
  variants(text).map((variant) => /\/rendition\/([^/.]+)\.m3u8/.exec(variant.uri)?.[1] ?? '?');

const media = (text: string, type: 'AUDIO' | 'SUBTITLES'): Record<string, string>[] =>
  tags(text, '#EXT-X-MEDIA')
    .map(attributes)
    .filter((attrs) => attrs.TYPE === type);

const defaultSubtitles = (text: string): string[] =>
  media(text, 'SUBTITLES')
    .filter((attrs) => attrs.DEFAULT === 'YES')
    .map((attrs) => attrs.LANGUAGE ?? '');

const extinfs = (text: string): number[] => tags(text, '#EXTINF').map((line) => Number.parseFloat(line.slice(8)));

const boxType = (bytes: Buffer): string => bytes.subarray(4, 8).toString('latin1');

const token = (sub: string, claims: Record<string, unknown> = {}, aud = 'v'): string =>
  origin.mintToken({ sub, aud, ...claims });

await test('multivariant playlists', async (t) => {
  await t.test('vod lists 4 H.264 renditions with bandwidth, resolution and codecs', async () => {
    const response = await ok('/vod.m3u8');
    assert.equal(response.headers['content-type'], 'application/vnd.apple.mpegurl');
    assert.deepEqual(lines(response.text).slice(0, 3), ['#EXTM3U', '#EXT-X-VERSION:6', '#EXT-X-INDEPENDENT-SEGMENTS']);
    const listed = variants(response.text);
    assert.equal(listed.length, 4);
    const audioBandwidth = Math.max(...VOD.audio.map((audio) => audio.bandwidth));
    for (const rendition of VOD.video) {
      const variant = listed.find((candidate) => candidate.uri === `/vod/rendition/${rendition.name}.m3u8`);
      assert.ok(variant, `variant ${rendition.name}`);
      assert.equal(variant.attrs.BANDWIDTH, String(rendition.bandwidth + audioBandwidth));
      assert.equal(variant.attrs['AVERAGE-BANDWIDTH'], String(rendition.averageBandwidth + audioBandwidth));
      assert.equal(variant.attrs.RESOLUTION, `${rendition.width}x${rendition.height}`);
      assert.equal(variant.attrs.CODECS, `${rendition.codecs},mp4a.40.2`);
      assert.equal(variant.attrs['FRAME-RATE'], '24.000');
      assert.equal(variant.attrs.AUDIO, 'audio');
      assert.equal(variant.attrs.SUBTITLES, 'subs');
    }
    assert.deepEqual(tags(response.text, '#EXT-X-SESSION-KEY'), []);
  });

  await t.test('vod declares alternate audio en (default) and fr, and subtitles en and fr', async () => {
    const { text } = await ok('/vod.m3u8');
    assert.deepEqual(
      media(text, 'AUDIO').map(({ NAME, LANGUAGE, DEFAULT, CHANNELS, URI }) => ({
        NAME,
        LANGUAGE,
        DEFAULT,
        CHANNELS,
        URI,
      })),
      [
        { NAME: 'English', LANGUAGE: 'en', DEFAULT: 'YES', CHANNELS: '2', URI: '/vod/audio/en.m3u8' },
        { NAME: 'Français', LANGUAGE: 'fr', DEFAULT: 'NO', CHANNELS: '2', URI: '/vod/audio/fr.m3u8' },
      ],
    );
    assert.deepEqual(
      media(text, 'SUBTITLES').map(({ NAME, LANGUAGE, DEFAULT, URI }) => ({ NAME, LANGUAGE, DEFAULT, URI })),
      [
        { NAME: 'English', LANGUAGE: 'en', DEFAULT: 'NO', URI: '/vod/subtitles/en.m3u8' },
        { NAME: 'Français', LANGUAGE: 'fr', DEFAULT: 'NO', URI: '/vod/subtitles/fr.m3u8' },
      ],
    );
    for (const attrs of [...media(text, 'AUDIO'), ...media(text, 'SUBTITLES')]) {
      assert.equal(attrs['GROUP-ID'], attrs.TYPE === 'AUDIO' ? 'audio' : 'subs');
    }
  });

  await t.test('by default the middle rendition comes first, so players start at a sensible quality', async () => {
    assert.deepEqual(renditionNames((await ok('/vod.m3u8')).text), ['540p', '270p', '360p', '720p']);
  });

  await t.test('vod-fmp4 is version 7 with the same four renditions', async () => {
    const { text } = await ok('/vod-fmp4.m3u8');
    assert.ok(text.includes('#EXT-X-VERSION:7\n'));
    assert.deepEqual(renditionNames(text).sort(), ['270p', '360p', '540p', '720p']);
    assert.equal(media(text, 'AUDIO').length, 2);
  });

  await t.test('vod-clearkey is a DRM ID: no playlist without a token', async () => {
    await refused('/vod-clearkey.m3u8', 403, 'token_missing');
  });

  await t.test(
    'vod-clearkey announces its ClearKey KID in EXT-X-SESSION-KEY and carries the token to children',
    async () => {
      const jwt = token('vod-clearkey');
      const { text } = await ok(`/vod-clearkey.m3u8?token=${jwt}`);
      const [sessionKey, ...more] = tags(text, '#EXT-X-SESSION-KEY');
      assert.ok(sessionKey);
      assert.deepEqual(more, []);
      const kid = Buffer.from(CLEARKEY.encryption?.keyId ?? '', 'hex').toString('base64');
      assert.deepEqual(attributes(sessionKey), {
        METHOD: 'SAMPLE-AES-CTR',
        URI: `data:text/plain;base64,${kid}`,
        KEYFORMAT: 'org.w3.clearkey',
        KEYFORMATVERSIONS: '1',
      });
      assert.deepEqual(renditionNames(text).sort(), ['360p', '720p']);
      for (const uri of [...uris(text), ...media(text, 'AUDIO').map((attrs) => attrs.URI ?? '')]) {
        assert.ok(uri.endsWith(`?token=${jwt}`), uri);
      }
    },
  );

  await t.test('audio-only lists one audio variant and no renditions groups', async () => {
    const { text } = await ok('/audio-only.m3u8');
    const [only, ...more] = variants(text);
    assert.deepEqual(more, []);
    assert.deepEqual(only, {
      attrs: { BANDWIDTH: String(manifest('audio-only').audio[0]?.bandwidth), CODECS: 'mp4a.40.2' },
      uri: '/audio-only/audio/en.m3u8',
    });
    assert.deepEqual(tags(text, '#EXT-X-MEDIA'), []);
  });
});

await test('media playlists and segments', async (t) => {
  await t.test('every vod TS rendition and audio track lists its segments, and each segment downloads', async () => {
    const tracks = [
      ...VOD.video.map((video) => ({ uri: `/vod/rendition/${video.name}.m3u8`, segments: video.segments })),
      ...VOD.audio.map((audio) => ({ uri: `/vod/audio/${audio.name}.m3u8`, segments: audio.segments })),
    ];
    for (const track of tracks) {
      const { text } = await ok(track.uri);
      assert.deepEqual(lines(text).slice(0, 6), [
        '#EXTM3U',
        '#EXT-X-VERSION:6',
        '#EXT-X-TARGETDURATION:2',
        '#EXT-X-MEDIA-SEQUENCE:0',
        '#EXT-X-PLAYLIST-TYPE:VOD',
        '#EXT-X-INDEPENDENT-SEGMENTS',
      ]);
      assert.equal(lines(text).at(-1), '#EXT-X-ENDLIST');
      assert.deepEqual(tags(text, '#EXT-X-MAP'), []);
      assert.deepEqual(
        extinfs(text),
        track.segments.map((segment) => Number(segment.duration.toFixed(5))),
      );
      assert.deepEqual(
        uris(text),
        track.segments.map((segment) => `/vod/media/${segment.uri}`),
      );
      for (const [i, uri] of uris(text).entries()) {
        const segment = await ok(uri);
        assert.equal(segment.headers['content-type'], 'video/mp2t');
        assert.equal(segment.body[0], 0x47, 'MPEG-TS sync byte');
        assert.ok(segment.body.equals(fixture('vod', track.segments[i]?.uri ?? '')), uri);
      }
    }
  });

  await t.test('fMP4 playlists start with EXT-X-MAP; init and media segments download', async () => {
    const fmp4 = manifest('vod-fmp4');
    const tracks = [
      ...fmp4.video.map((video) => ({ uri: `/vod-fmp4/rendition/${video.name}.m3u8`, track: video })),
      ...fmp4.audio.map((audio) => ({ uri: `/vod-fmp4/audio/${audio.name}.m3u8`, track: audio })),
    ];
    for (const { uri, track } of tracks) {
      const { text } = await ok(uri);
      assert.ok(text.includes('#EXT-X-VERSION:7\n'));
      const [map, ...more] = tags(text, '#EXT-X-MAP');
      assert.ok(map, uri);
      assert.deepEqual(more, []);
      assert.ok(lines(text).indexOf(map) < lines(text).findIndex((line) => line.startsWith('#EXTINF')));
      const init = await ok(attributes(map).URI ?? '');
      assert.equal(init.headers['content-type'], 'video/mp4');
      assert.equal(boxType(init.body), 'ftyp');
      assert.ok(init.body.equals(fixture('vod-fmp4', track.init ?? '')));
      assert.equal(uris(text).length, track.segments.length);
      for (const [i, segmentUri] of uris(text).entries()) {
        const segment = await ok(segmentUri);
        assert.equal(segment.headers['content-type'], 'video/iso.segment');
        assert.ok(['styp', 'moof'].includes(boxType(segment.body)), segmentUri);
        assert.ok(segment.body.equals(fixture('vod-fmp4', track.segments[i]?.uri ?? '')), segmentUri);
      }
    }
  });

  await t.test('vod-clearkey media playlists carry EXT-X-KEY and signed init and segment URLs', async () => {
    const jwt = token('vod-clearkey');
    const kid = Buffer.from(CLEARKEY.encryption?.keyId ?? '', 'hex').toString('base64');
    for (const uri of ['/vod-clearkey/rendition/720p.m3u8', '/vod-clearkey/audio/en.m3u8']) {
      const { text } = await ok(`${uri}?token=${jwt}`);
      const [key] = tags(text, '#EXT-X-KEY');
      assert.ok(key);
      assert.deepEqual(attributes(key), {
        METHOD: 'SAMPLE-AES-CTR',
        URI: `data:text/plain;base64,${kid}`,
        KEYFORMAT: 'org.w3.clearkey',
        KEYFORMATVERSIONS: '1',
      });
      const init = attributes(tags(text, '#EXT-X-MAP')[0] ?? '').URI ?? '';
      for (const media of [init, ...uris(text)]) {
        assert.ok(media.endsWith(`?token=${jwt}`), media);
        assert.ok((await ok(media)).body.length > 0);
      }
      await refused(uris(text)[0]?.replace(/\?token=.*/, '') ?? '', 403, 'token_missing');
    }
  });

  await t.test('audio-only media playlist lists its five segments, each downloadable', async () => {
    const { text } = await ok('/audio-only/audio/en.m3u8');
    assert.equal(uris(text).length, 5);
    for (const uri of uris(text)) assert.equal((await ok(uri)).body[0], 0x47);
  });

  await t.test('subtitles playlists point at one WebVTT file spanning the asset', async () => {
    for (const language of ['en', 'fr']) {
      const { text } = await ok(`/vod/subtitles/${language}.m3u8`);
      assert.deepEqual(uris(text), [`/vod/text/${language}.vtt`]);
      assert.deepEqual(extinfs(text), [Number(VOD.duration.toFixed(5))]);
      assert.ok(text.includes('#EXT-X-PLAYLIST-TYPE:VOD\n'));
      assert.ok(text.trimEnd().endsWith('#EXT-X-ENDLIST'));
    }
  });

  await t.test('text tracks are served as WebVTT', async () => {
    for (const language of ['en', 'fr']) {
      const response = await ok(`/vod/text/${language}.vtt`);
      assert.equal(response.headers['content-type'], 'text/vtt; charset=utf-8');
      assert.ok(response.text.startsWith('WEBVTT'));
      assert.ok(response.body.equals(fixture('vod', `text/${language}.vtt`)));
    }
    await refused('/vod/text/de.vtt', 404, 'not_found');
    await refused('/audio-only/text/en.vtt', 404, 'not_found');
  });

  await t.test('unknown renditions, tracks and paths are 404', async () => {
    await refused('/vod/rendition/1080p.m3u8', 404, 'not_found');
    await refused('/vod/audio/de.m3u8', 404, 'not_found');
    await refused('/vod/subtitles/de.m3u8', 404, 'not_found');
    await refused('/vod/media/video/720p/99.ts', 404, 'not_found');
    await refused('/vod/something/else', 404, 'not_found');
  });

  await t.test('media paths cannot escape the asset directory', async () => {
    await refused('/vod/media/..%2F..%2Fkeys%2Fsigning-key.pem', 404, 'not_found');
    await refused('/vod/media/..%2Fvod-fmp4%2Fasset.json', 404, 'not_found');
  });
});

await test('playback modifiers', async (t) => {
  const names = async (query: string): Promise<string[]> => renditionNames((await ok(`/vod.m3u8?${query}`)).text);

  await t.test('max_resolution keeps renditions at or below it', async () => {
    assert.deepEqual((await names('max_resolution=720p')).sort(), ['270p', '360p', '540p', '720p']);
    assert.deepEqual((await names('max_resolution=540p')).sort(), ['270p', '360p', '540p']);
    assert.deepEqual((await names('max_resolution=480p')).sort(), ['270p', '360p']);
    assert.deepEqual(await names('max_resolution=270p'), ['270p']);
  });

  await t.test('min_resolution keeps renditions at or above it, else the nearest (highest) one', async () => {
    assert.deepEqual((await names('min_resolution=540p')).sort(), ['540p', '720p']);
    assert.deepEqual((await names('min_resolution=270p')).sort(), ['270p', '360p', '540p', '720p']);
    assert.deepEqual(await names('min_resolution=2160p'), ['720p']);
  });

  await t.test('max_resolution below every rendition keeps the lowest one', async () => {
    const { text } = await ok(`/vod-clearkey.m3u8?token=${token('vod-clearkey', { max_resolution: '270p' })}`);
    assert.deepEqual(renditionNames(text), ['360p']);
  });

  await t.test('min_resolution and max_resolution together', async () => {
    assert.deepEqual((await names('min_resolution=360p&max_resolution=540p')).sort(), ['360p', '540p']);
    assert.deepEqual(await names('min_resolution=720p&max_resolution=1080p'), ['720p']);
  });

  await t.test('rendition_order=desc lists highest first', async () => {
    assert.deepEqual(await names('rendition_order=desc'), ['720p', '540p', '360p', '270p']);
    assert.deepEqual(await names('rendition_order=desc&max_resolution=540p'), ['540p', '360p', '270p']);
  });

  await t.test('modifiers ride along on child playlist URIs', async () => {
    const { text } = await ok('/vod.m3u8?max_resolution=540p&asset_start_time=4');
    for (const uri of [...uris(text), ...media(text, 'AUDIO').map((attrs) => attrs.URI ?? '')]) {
      assert.ok(uri.endsWith('?max_resolution=540p&asset_start_time=4'), uri);
    }
  });

  await t.test('default_subtitles_lang marks the exact or closest language DEFAULT=YES', async () => {
    const defaults = async (lang: string): Promise<string[]> =>
      defaultSubtitles((await ok(`/vod.m3u8?default_subtitles_lang=${lang}`)).text);
    assert.deepEqual(await defaults('en'), ['en']);
    assert.deepEqual(await defaults('fr'), ['fr']);
    assert.deepEqual(await defaults('en-US'), ['en']);
    assert.deepEqual(await defaults('fr-CA'), ['fr']);
    assert.deepEqual(await defaults('FR'), ['fr']);
    assert.deepEqual(await defaults('de'), []);
    assert.deepEqual(await defaults('de-DE'), []);
    assert.deepEqual(defaultSubtitles((await ok('/vod.m3u8')).text), []);
  });

  await t.test('default_subtitles_lang leaves the audio defaults alone', async () => {
    const { text } = await ok('/vod.m3u8?default_subtitles_lang=fr');
    assert.deepEqual(
      media(text, 'AUDIO').map((attrs) => attrs.DEFAULT),
      ['YES', 'NO'],
    );
  });

  await t.test('asset_start_time and asset_end_time trim to the overlapping segments', async () => {
    const trimmed = async (
      query: string,
      uri = '/vod/rendition/720p.m3u8',
    ): Promise<{ sequence: string; uris: string[] }> => {
      const { text } = await ok(`${uri}?${query}`);
      assert.ok(text.trimEnd().endsWith('#EXT-X-ENDLIST'));
      return { sequence: tags(text, '#EXT-X-MEDIA-SEQUENCE')[0]?.slice(22) ?? '', uris: uris(text) };
    };
    const segment = (n: number): string => `/vod/media/video/720p/${n}.ts`;
    assert.deepEqual(await trimmed('asset_start_time=3&asset_end_time=7'), {
      sequence: '1',
      uris: [segment(1), segment(2), segment(3)],
    });
    assert.deepEqual(await trimmed('asset_start_time=4'), { sequence: '2', uris: [2, 3, 4, 5].map(segment) });
    // Segment 0 ends exactly at 2 s, so a clip from 2 s starts with segment 1.
    assert.deepEqual(await trimmed('asset_start_time=2'), { sequence: '1', uris: [1, 2, 3, 4, 5].map(segment) });
    assert.deepEqual(await trimmed('asset_end_time=4'), { sequence: '0', uris: [segment(0), segment(1)] });
    const audio = await trimmed('asset_start_time=3&asset_end_time=7', '/vod/audio/fr.m3u8');
    assert.deepEqual(audio, { sequence: '1', uris: [1, 2, 3].map((n) => `/vod/media/audio/fr/${n}.ts`) });
  });

  await t.test('a clipped subtitles playlist spans only the clip', async () => {
    const { text } = await ok('/vod/subtitles/en.m3u8?asset_start_time=3&asset_end_time=7');
    assert.deepEqual(extinfs(text), [4]);
  });

  await t.test('trimming follows the multivariant into its children', async () => {
    const { text } = await ok('/vod.m3u8?asset_start_time=6&asset_end_time=8');
    for (const uri of uris(text)) assert.equal(uris((await ok(uri)).text).length, 1, uri);
  });

  await t.test('redundant_streams=true lists every variant again on stream2, which serves it', async () => {
    const { text } = await ok('/vod.m3u8?redundant_streams=true');
    const listed = variants(text);
    assert.equal(listed.length, 8);
    const [primary, backup] = [listed.slice(0, 4), listed.slice(4)];
    const stream2 = `http://stream2.localhost:${origin.port}`;
    assert.deepEqual(
      backup.map((variant) => variant.uri),
      primary.map((variant) => `${stream2}${variant.uri}`),
    );
    // The backup copy has its own audio and subtitle groups, on stream2 as well.
    assert.deepEqual(
      backup.map((variant) => variant.attrs),
      primary.map((variant) => ({ ...variant.attrs, AUDIO: 'audio-2', SUBTITLES: 'subs-2' })),
    );
    const backupGroups = text.split('\n').filter((line) => /GROUP-ID="(audio|subs)-2"/.test(line));
    assert.equal(backupGroups.length, 4);
    for (const line of backupGroups) assert.match(line, new RegExp(`URI="${stream2}/vod/(audio|subtitles)/`));
    for (const variant of backup) {
      const child = await ok(variant.uri);
      const firstSegment = uris(child.text)[0] ?? '';
      assert.ok(firstSegment.startsWith('/vod/media/'));
      // Relative segment URIs resolve against stream2, so the backup host serves segments too.
      const segment = await request(origin, 'stream2', firstSegment);
      assert.equal(segment.status, 200);
      assert.equal(segment.body[0], 0x47);
    }
    assert.equal(variants((await ok('/vod.m3u8?redundant_streams=false')).text).length, 4);
  });

  await t.test('redundant_streams also covers audio-only', async () => {
    const { text } = await ok('/audio-only.m3u8?redundant_streams=true');
    assert.deepEqual(
      variants(text).map((variant) => variant.uri),
      [
        '/audio-only/audio/en.m3u8?redundant_streams=true',
        `http://stream2.localhost:${origin.port}/audio-only/audio/en.m3u8?redundant_streams=true`,
      ],
    );
  });

  await t.test('unknown query parameters are ignored, as the platform ignores them', async () => {
    assert.equal(variants((await ok('/vod.m3u8?utm_source=x&roku_trick_play=true&low_latency=false')).text).length, 4);
  });

  await t.test('bad modifier values are refused with 400 and a plain-text reason naming the modifier', async () => {
    const cases: [string, RegExp][] = [
      ['max_resolution=1000p', /max_resolution=1000p is invalid: expected 270p, 360p/],
      ['max_resolution=720', /max_resolution=720 is invalid/],
      ['min_resolution=high', /min_resolution=high is invalid/],
      ['rendition_order=asc', /rendition_order=asc is invalid: expected desc/],
      ['default_subtitles_lang=e', /default_subtitles_lang=e is invalid: expected a BCP-47/],
      ['default_subtitles_lang=en_US', /default_subtitles_lang=en_US is invalid/],
      ['redundant_streams=yes', /redundant_streams=yes is invalid: expected true or false/],
      ['roku_trick_play=1', /roku_trick_play=1 is invalid/],
      ['low_latency=maybe', /low_latency=maybe is invalid/],
      ['asset_start_time=-1', /asset_start_time=-1 is invalid: expected a non-negative number/],
      ['asset_start_time=soon', /asset_start_time=soon is invalid/],
      ['asset_end_time=', /asset_end_time= is invalid/],
      ['program_start_time=yesterday', /program_start_time=yesterday is invalid/],
      ['asset_start_time=5&asset_end_time=5', /asset_end_time 5 must be after asset_start_time 5/],
      ['program_start_time=10&program_end_time=9', /program_end_time 9 must be after program_start_time 10/],
      ['min_resolution=720p&max_resolution=360p', /min_resolution 720p is above max_resolution 360p/],
    ];
    for (const [query, message] of cases) {
      const response = await refused(`/vod.m3u8?${query}`, 400, 'bad_modifier');
      assert.match(response.text, message, query);
    }
  });

  await t.test('child playlists validate modifiers too', async () => {
    await refused('/vod/rendition/720p.m3u8?max_resolution=huge', 400, 'bad_modifier');
    await refused('/vod/subtitles/en.m3u8?asset_start_time=-3', 400, 'bad_modifier');
  });
});

await test('signed playback IDs', async (t) => {
  await t.test(
    'refuse a missing, expired, mis-addressed, forged or malformed token, each with its own reason',
    async () => {
      const forger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
      const cases: [string, string | null][] = [
        ['token_missing', null],
        ['token_expired', token('signed-vod', { exp: clock / 1000 - 1 })],
        ['token_audience', token('signed-vod', {}, 't')],
        ['token_subject', token('vod-clearkey')],
        ['token_signature', origin.mintToken({ sub: 'signed-vod', aud: 'v' }, { privateKey: forger })],
        ['token_unknown_key', origin.mintToken({ sub: 'signed-vod', aud: 'v' }, { kid: 'retired-key' })],
        ['token_malformed', 'not-a-jwt'],
      ];
      for (const [reason, jwt] of cases) {
        await refused(jwt === null ? '/signed-vod.m3u8' : `/signed-vod.m3u8?token=${jwt}`, 403, reason);
      }
      assert.equal(new Set(cases.map(([reason]) => reason)).size, cases.length);
    },
  );

  await t.test('a token expires by the origin clock, on every URL it signs', async () => {
    const jwt = origin.mintToken({ sub: 'signed-vod', aud: 'v' }, { expiresIn: 60 });
    const { text } = await ok(`/signed-vod/rendition/360p.m3u8?token=${jwt}`);
    const segment = uris(text)[0] ?? '';
    const start = clock;
    try {
      clock = start + 59_000;
      await ok(segment);
      clock = start + 60_000;
      const response = await refused(segment, 403, 'token_expired');
      assert.match(response.text, /expired at 2030-01-01T00:01:00\.000Z/);
      await refused(`/signed-vod.m3u8?token=${jwt}`, 403, 'token_expired');
    } finally {
      clock = start;
    }
  });

  await t.test('a valid token plays: children and segments carry it, and need it', async () => {
    const jwt = token('signed-vod');
    const { text } = await ok(`/signed-vod.m3u8?token=${jwt}`);
    assert.equal(variants(text).length, 4);
    const children = [
      ...uris(text),
      ...media(text, 'AUDIO').map((a) => a.URI ?? ''),
      ...media(text, 'SUBTITLES').map((a) => a.URI ?? ''),
    ];
    for (const child of children) {
      assert.ok(child.endsWith(`?token=${jwt}`), child);
      const playlist = await ok(child);
      for (const uri of uris(playlist.text)) assert.ok(uri.endsWith(`?token=${jwt}`), uri);
    }
    const segment = uris((await ok(uris(text)[0] ?? '')).text)[0] ?? '';
    assert.equal((await ok(segment)).body[0], 0x47);
    await refused(segment.replace(/\?.*/, ''), 403, 'token_missing');
    assert.ok((await ok(`/signed-vod/text/en.vtt?token=${jwt}`)).text.startsWith('WEBVTT'));
  });

  await t.test('query parameters beside a token are refused: modifiers belong in the claims', async () => {
    const jwt = token('signed-vod');
    const response = await refused(`/signed-vod.m3u8?token=${jwt}&max_resolution=720p`, 403, 'params_beside_token');
    assert.match(response.text, /max_resolution/);
    await refused(`/signed-vod.m3u8?max_resolution=720p&token=${jwt}`, 403, 'params_beside_token');
    await refused(`/signed-vod/rendition/720p.m3u8?token=${jwt}&x=1`, 403, 'params_beside_token');
  });

  await t.test('modifiers come from the claims', async () => {
    const capped = token('signed-vod', {
      max_resolution: '360p',
      rendition_order: 'desc',
      default_subtitles_lang: 'fr-CA',
    });
    const { text } = await ok(`/signed-vod.m3u8?token=${capped}`);
    assert.deepEqual(renditionNames(text), ['360p', '270p']);
    assert.deepEqual(defaultSubtitles(text), ['fr']);
    for (const uri of uris(text)) assert.ok(uri.endsWith(`.m3u8?token=${capped}`), uri);

    const clipped = token('signed-vod', { asset_start_time: 3, asset_end_time: 7 });
    const child = await ok(`/signed-vod/rendition/540p.m3u8?token=${clipped}`);
    assert.deepEqual(
      uris(child.text).map((uri) => uri.replace(/\?.*/, '')),
      [1, 2, 3].map((n) => `/signed-vod/media/video/540p/${n}.ts`),
    );
  });

  await t.test('redundant_streams from the claims signs the stream2 URLs too', async () => {
    const jwt = token('signed-vod', { redundant_streams: true });
    const listed = variants((await ok(`/signed-vod.m3u8?token=${jwt}`)).text);
    assert.equal(listed.length, 8);
    const backup = listed[4]?.uri ?? '';
    assert.ok(backup.startsWith(`http://stream2.localhost:${origin.port}/signed-vod/rendition/`), backup);
    assert.ok(backup.endsWith(`?token=${jwt}`));
    await ok(backup);
  });

  await t.test('bad modifier values in the claims are 400 like in a query', async () => {
    await refused(`/signed-vod.m3u8?token=${token('signed-vod', { max_resolution: 720 })}`, 400, 'bad_modifier');
  });

  await t.test('a token on a public ID is refused', async () => {
    const response = await refused(`/vod.m3u8?token=${token('vod')}`, 403, 'token_on_public_id');
    assert.match(response.text, /"vod" is public/);
    await refused(`/vod/media/video/720p/0.ts?token=${token('vod')}`, 403, 'token_on_public_id');
  });

  await t.test('an unknown playback ID is 404, hinting at asset IDs', async () => {
    const response = await refused('/no-such-id.m3u8', 404, 'playback_id_not_found');
    assert.match(response.text, /asset ID instead of a playback ID/);
    await refused('/no-such-id/rendition/720p.m3u8', 404, 'playback_id_not_found');
  });
});

await test('static renditions', async (t) => {
  const mp4 = fixture('vod', 'highest.mp4');

  await t.test('highest.mp4 is served whole with Accept-Ranges', async () => {
    const response = await ok('/vod/highest.mp4');
    assert.equal(response.headers['content-type'], 'video/mp4');
    assert.equal(response.headers['accept-ranges'], 'bytes');
    assert.equal(response.headers['content-length'], String(mp4.length));
    assert.equal(boxType(response.body), 'ftyp');
    assert.ok(response.body.equals(mp4));
  });

  await t.test('Range requests answer 206 with Content-Range', async () => {
    const ranges: [string, number, number][] = [
      ['bytes=0-99', 0, 99],
      ['bytes=1000-', 1000, mp4.length - 1],
      ['bytes=-500', mp4.length - 500, mp4.length - 1],
      [`bytes=${mp4.length - 10}-${mp4.length + 1000}`, mp4.length - 10, mp4.length - 1],
    ];
    for (const [range, start, end] of ranges) {
      const response = await get('/vod/highest.mp4', { headers: { Range: range } });
      assert.equal(response.status, 206, range);
      assert.equal(response.headers['content-range'], `bytes ${start}-${end}/${mp4.length}`);
      assert.equal(response.headers['content-length'], String(end - start + 1));
      assert.ok(response.body.equals(mp4.subarray(start, end + 1)), range);
    }
  });

  await t.test('unsatisfiable or malformed ranges are 416 with the size', async () => {
    for (const range of [`bytes=${mp4.length}-`, 'bytes=500-100', 'items=0-1', 'bytes=-']) {
      const response = await get('/vod/highest.mp4', { headers: { Range: range } });
      assert.equal(response.status, 416, range);
      assert.equal(response.reason, 'bad_range');
      assert.equal(response.headers['content-range'], `bytes */${mp4.length}`);
    }
  });

  await t.test('HEAD answers the headers without a body', async () => {
    const response = await get('/vod/highest.mp4', { method: 'HEAD' });
    assert.equal(response.status, 200);
    assert.equal(response.headers['content-length'], String(mp4.length));
    assert.equal(response.body.length, 0);
  });

  await t.test('capped-1080p.mp4 is the highest rendition here; audio.m4a is audio/mp4', async () => {
    assert.ok((await ok('/vod/capped-1080p.mp4')).body.equals(mp4));
    const audio = await ok('/vod/audio.m4a');
    assert.equal(audio.headers['content-type'], 'audio/mp4');
    assert.ok(audio.body.equals(fixture('vod', 'audio.m4a')));
  });

  await t.test('assets without static renditions, and unknown names, are 404', async () => {
    await refused('/vod-fmp4/highest.mp4', 404, 'not_found');
    await refused('/vod/low.mp4', 404, 'not_found');
  });

  await t.test('signed IDs need a token for static renditions', async () => {
    await refused('/signed-vod/highest.mp4', 403, 'token_missing');
    const response = await get(`/signed-vod/highest.mp4?token=${token('signed-vod')}`, {
      headers: { Range: 'bytes=0-7' },
    });
    assert.equal(response.status, 206);
    assert.ok(response.body.equals(mp4.subarray(0, 8)));
  });
});

await test('CORS', async (t) => {
  const exposed = (response: TestResponse): string[] =>
    String(response.headers['access-control-expose-headers'])
      .split(',')
      .map((name) => name.trim());

  await t.test('responses allow the requesting origin and expose Range, Content-Range and Location', async () => {
    const response = await get('/vod.m3u8', { headers: { Origin: 'http://app.localhost:3000' } });
    assert.equal(response.headers['access-control-allow-origin'], 'http://app.localhost:3000');
    assert.match(String(response.headers.vary), /Origin/);
    for (const name of ['Range', 'Content-Range', 'Location', 'Content-Length', 'X-Videokit-Reason']) {
      assert.ok(exposed(response).includes(name), name);
    }
    assert.equal((await get('/vod.m3u8')).headers['access-control-allow-origin'], '*');
  });

  await t.test('refusals carry CORS headers, so a cross-origin player can read the reason', async () => {
    const response = await get('/signed-vod.m3u8', { headers: { Origin: 'http://app.localhost:3000' } });
    assert.equal(response.status, 403);
    assert.equal(response.headers['access-control-allow-origin'], 'http://app.localhost:3000');
    assert.ok(exposed(response).includes('X-Videokit-Reason'));
  });

  await t.test('range responses expose Content-Range cross-origin', async () => {
    const response = await get('/vod/highest.mp4', {
      headers: { Origin: 'http://app.localhost:3000', Range: 'bytes=0-1' },
    });
    assert.equal(response.status, 206);
    assert.equal(response.headers['access-control-allow-origin'], 'http://app.localhost:3000');
    assert.ok(exposed(response).includes('Content-Range'));
  });

  await t.test('an OPTIONS preflight answers 204 with methods and the requested headers', async () => {
    const response = await get('/vod/highest.mp4', {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://app.localhost:3000',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'range,x-custom',
      },
    });
    assert.equal(response.status, 204);
    assert.equal(response.body.length, 0);
    assert.equal(response.headers['access-control-allow-origin'], 'http://app.localhost:3000');
    assert.match(String(response.headers['access-control-allow-methods']), /\bGET\b/);
    assert.equal(response.headers['access-control-allow-headers'], 'range,x-custom');
    assert.ok(Number(response.headers['access-control-max-age']) > 0);
  });

  await t.test('a preflight for a signed ID needs no token', async () => {
    const response = await get('/signed-vod.m3u8', {
      method: 'OPTIONS',
      headers: { Origin: 'http://app.localhost:3000', 'Access-Control-Request-Method': 'GET' },
    });
    assert.equal(response.status, 204);
  });
});

// Top-level tests run one after another (each is awaited), so this runs after the last.
await origin.stop();
