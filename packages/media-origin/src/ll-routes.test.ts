import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { readFragmentedMp4 } from './fmp4.ts';
import { PART_MS } from './live-encoder.ts';
import { LOW_LATENCY_TIMING } from './ll-playlist.ts';
import { startOrigin } from './server.ts';
import { request, type TestResponse } from './testing.ts';

// The real clock: blocking reload is about when responses leave.
const origin = await startOrigin({ port: 0 });
after(() => origin.stop());

const get = (path: string): Promise<TestResponse> => request(origin, 'stream', path);
const control = (path: string, body: unknown = {}): Promise<TestResponse> =>
  request(origin, 'control', path, { method: 'POST', body: JSON.stringify(body) });

async function ok(path: string): Promise<TestResponse> {
  const response = await get(path);
  assert.equal(response.status, 200, `${path}: ${response.text}`);
  return response;
}

interface Part {
  uri: string;
  duration: number;
  independent: boolean;
}
interface Segment {
  msn: number;
  programDateTime: number;
  parts: Part[];
  duration: number | undefined;
  uri: string | undefined;
  discontinuity: boolean;
}
interface Playlist {
  text: string;
  tags: Map<string, string>;
  segments: Segment[];
  hint: string | undefined;
  reports: string[];
  ended: boolean;
}

/** Parses a low-latency media playlist into segments, each with its parts. */
function parse(text: string): Playlist {
  const tags = new Map<string, string>();
  const segments: Segment[] = [];
  let msn = Number.NaN;
  let current: Segment | undefined;
  let hint: string | undefined;
  const reports: string[] = [];
  const open = (): Segment => {
    current ??= {
      msn: msn++,
      programDateTime: Number.NaN,
      parts: [],
      duration: undefined,
      uri: undefined,
      discontinuity: false,
    };
    return current;
  };
  const lines = text.trim().split('\n');
  for (const [i, line] of lines.entries()) {
    const [tag = '', value = ''] = line.split(/:(.*)/s);
    if (tag === '#EXT-X-MEDIA-SEQUENCE') msn = Number(value);
    if (line === '#EXT-X-DISCONTINUITY') open().discontinuity = true;
    else if (tag === '#EXT-X-PROGRAM-DATE-TIME') open().programDateTime = Date.parse(value);
    else if (tag === '#EXT-X-PART') {
      open().parts.push({
        uri: /URI="([^"]+)"/.exec(value)?.[1] ?? '',
        duration: Number(/DURATION=([\d.]+)/.exec(value)?.[1]),
        independent: value.includes('INDEPENDENT=YES'),
      });
    } else if (tag === '#EXTINF') {
      const segment = open();
      segment.duration = Number.parseFloat(value);
      segment.uri = lines[i + 1];
      segments.push(segment);
      current = undefined;
    } else if (tag === '#EXT-X-PRELOAD-HINT') hint = /URI="([^"]+)"/.exec(value)?.[1];
    else if (tag === '#EXT-X-RENDITION-REPORT') reports.push(value);
    else if (tag.startsWith('#EXT') && !tags.has(tag)) tags.set(tag, value);
  }
  if (current) segments.push(current);
  return { text, tags, segments, hint, reports, ended: lines.includes('#EXT-X-ENDLIST') };
}

const attribute = (list: string | undefined, name: string): string | undefined =>
  new RegExp(`(?:^|,)${name}=([^,]+)`).exec(list ?? '')?.[1];

async function playlist(path = '/live-ll/rendition/360p.m3u8'): Promise<Playlist> {
  return parse((await ok(path)).text);
}

/** End of a playlist's newest part on the wall clock. */
function newestPartEnd(list: Playlist): number {
  const tail = list.segments.at(-1);
  assert.ok(tail, 'tail');
  return tail.programDateTime + tail.parts.length * PART_MS;
}

const lastPartRef = (list: Playlist): { msn: number; part: number } => {
  const tail = list.segments.at(-1);
  assert.ok(tail, 'tail');
  return { msn: tail.msn, part: tail.parts.length - 1 };
};

void test('the multivariant lists both renditions with codecs for muxed H.264 + AAC', async () => {
  const { text } = await ok('/live-ll.m3u8');
  assert.match(text, /CODECS="avc1\.4d401e,mp4a\.40\.2",RESOLUTION=640x360/);
  assert.match(text, /RESOLUTION=960x540/);
  assert.match(text, /^\/live-ll\/rendition\/540p\.m3u8$/m);
});

void test('resolution modifiers filter and order the renditions, and the rendition reports follow', async () => {
  const variants = (text: string): string[] => text.match(/RESOLUTION=\d+x\d+/g) ?? [];
  assert.deepEqual(variants((await ok('/live-ll.m3u8')).text), ['RESOLUTION=640x360', 'RESOLUTION=960x540']);
  assert.deepEqual(variants((await ok('/live-ll.m3u8?max_resolution=360p')).text), ['RESOLUTION=640x360']);
  assert.deepEqual(variants((await ok('/live-ll.m3u8?min_resolution=540p')).text), ['RESOLUTION=960x540']);
  assert.deepEqual(variants((await ok('/live-ll.m3u8?rendition_order=desc')).text), [
    'RESOLUTION=960x540',
    'RESOLUTION=640x360',
  ]);
  const capped = await ok('/live-ll.m3u8?max_resolution=360p');
  assert.match(capped.text, /^\/live-ll\/rendition\/360p\.m3u8\?max_resolution=360p$/m);
  const media = await ok('/live-ll/rendition/360p.m3u8?max_resolution=360p');
  assert.doesNotMatch(media.text, /EXT-X-RENDITION-REPORT:URI="[^"]*540p/);
});

void test('the media playlist carries the low-latency tags with values the spec allows', async () => {
  const list = await playlist();
  const partTarget = Number(attribute(list.tags.get('#EXT-X-PART-INF'), 'PART-TARGET'));
  const target = Number(list.tags.get('#EXT-X-TARGETDURATION'));
  const control = list.tags.get('#EXT-X-SERVER-CONTROL');
  assert.equal(partTarget, 0.5);
  assert.equal(attribute(control, 'CAN-BLOCK-RELOAD'), 'YES');
  // §4.4.3.8: PART-HOLD-BACK at least twice the part target (three times recommended).
  assert.ok(Number(attribute(control, 'PART-HOLD-BACK')) >= 3 * partTarget);
  assert.ok(Number(attribute(control, 'HOLD-BACK')) >= 3 * target);
  assert.match(list.tags.get('#EXT-X-MAP') ?? '', /URI="\/live-ll\/ll\/360p\/init\.mp4"/);
  assert.equal(list.tags.has('#EXT-X-PLAYLIST-TYPE'), false, 'sliding window: no playlist type');
  assert.ok(list.hint?.startsWith('/live-ll/ll/360p/part/'), 'list.hint?.startsWith("/live-ll/ll/360p/part/")');
  const parted = list.segments.filter((segment) => segment.parts.length);
  assert.ok(parted.length >= 3, 'the newest segments list their parts');
  for (const segment of list.segments) {
    if (segment.duration !== undefined)
      assert.ok(Math.round(segment.duration) <= target, 'Math.round(segment.duration) <= target');
    for (const [i, part] of segment.parts.entries()) {
      assert.ok(part.duration <= partTarget, 'part.duration <= partTarget');
      // Each segment starts with a keyframe; the fixture's other picture parts do not.
      assert.equal(part.independent, i === 0, `${part.uri} INDEPENDENT`);
    }
    if (segment.parts.length && segment.duration !== undefined) {
      const sum = segment.parts.reduce((total, part) => total + part.duration, 0);
      assert.ok(Math.abs(sum - segment.duration) < 1e-3, 'a segment is the sum of its parts');
    }
  }
});

void test('program date times follow the origin clock: the newest part ended within the last part duration', async () => {
  const before = Date.now();
  const list = await playlist();
  const after = Date.now();
  const end = newestPartEnd(list);
  assert.ok(end <= after, 'no part from the future');
  assert.ok(end > before - PART_MS - 50, `newest part ended ${before - end} ms before the request`);
  // Consecutive segments are 2 s apart on the clock, as their durations say.
  const complete = list.segments.filter((segment) => segment.duration !== undefined);
  for (let i = 1; i < complete.length; i++) {
    const previous = complete[i - 1];
    const segment = complete[i];
    assert.ok(previous && segment, 'previous && segment');
    assert.equal(segment.programDateTime - previous.programDateTime, (previous.duration ?? 0) * 1000);
  }
});

void test('media timestamps match the program date times, and a segment is exactly its parts', async () => {
  const list = await playlist();
  const init = (await ok('/live-ll/ll/360p/init.mp4')).body;
  const [a, b] = list.segments.filter((segment) => segment.duration !== undefined).slice(-2);
  assert.ok(a?.uri && b?.uri, 'a?.uri && b?.uri');
  const decode = async (uri: string): Promise<number> => {
    const media = (await ok(uri)).body;
    const fragment = readFragmentedMp4(Buffer.concat([init, media])).fragments[0];
    const video = fragment?.tracks.find((track) => track.timescale === 15360) ?? fragment?.tracks[0];
    assert.ok(video, 'video');
    return (video.decodeTime / video.timescale) * 1000;
  };
  assert.equal((await decode(b.uri)) - (await decode(a.uri)), b.programDateTime - a.programDateTime);
  const parts = await Promise.all(b.parts.map(async (part) => (await ok(part.uri)).body));
  if (parts.length) assert.deepEqual((await ok(b.uri)).body, Buffer.concat(parts));
});

void test('a blocking reload returns as soon as the part exists, not before', async () => {
  const list = await playlist();
  const { msn, part } = lastPartRef(list);
  // The next part: the one being produced now.
  const next = part === 3 ? { msn: msn + 1, part: 0 } : { msn, part: part + 1 };
  const due = newestPartEnd(list) + PART_MS;
  const response = await ok(`/live-ll/rendition/360p.m3u8?_HLS_msn=${next.msn}&_HLS_part=${next.part}`);
  const arrived = Date.now();
  assert.ok(arrived >= due, `answered ${due - arrived} ms before the part's end`);
  assert.ok(arrived - due < 150, `answered ${arrived - due} ms after the part existed`);
  const updated = parse(response.text);
  assert.deepEqual(lastPartRef(updated), next);
  assert.ok(newestPartEnd(updated) <= arrived, 'never a part that is not complete');
});

void test('a blocking reload for a part that exists returns at once; one too far ahead is refused', async () => {
  const list = await playlist();
  const { msn, part } = lastPartRef(list);
  const started = Date.now();
  await ok(`/live-ll/rendition/360p.m3u8?_HLS_msn=${msn}&_HLS_part=${part}`);
  assert.ok(Date.now() - started < 100, 'Date.now() - started < 100');
  const far = await get(`/live-ll/rendition/360p.m3u8?_HLS_msn=${msn + 3}`);
  assert.equal(far.status, 400);
  assert.equal(far.reason, 'bad_directive');
  const partOnly = await get('/live-ll/rendition/360p.m3u8?_HLS_part=1');
  assert.equal(partOnly.status, 400);
  assert.match(partOnly.text, /_HLS_part needs _HLS_msn/);
});

void test('the preload hint is held until its part is complete, then served whole', async () => {
  const list = await playlist();
  assert.ok(list.hint, 'list.hint');
  const due = newestPartEnd(list) + PART_MS;
  const hinted = await ok(list.hint);
  assert.ok(Date.now() >= due, 'the hinted part arrives only once complete');
  const fragments = readFragmentedMp4(Buffer.concat([(await ok('/live-ll/ll/360p/init.mp4')).body, hinted.body]));
  assert.equal(fragments.fragments.length, 1);
  const later = await playlist();
  assert.ok(
    later.segments.some((segment) => segment.parts.some((part) => part.uri === list.hint)),
    'later.segments.some((segment) => segment.parts.some((part) => part.uri === list.hint))',
  );
  assert.equal((await get('/live-ll/ll/360p/part/999999.m4s')).status, 404);
});

void test('rendition reports say where the other rendition stands', async () => {
  const list = await playlist();
  const { msn, part } = lastPartRef(list);
  assert.deepEqual(list.reports, [`URI="/live-ll/rendition/540p.m3u8",LAST-MSN=${msn},LAST-PART=${part}`]);
});

void test('low_latency=false: the same segments as plain live HLS, and the modifier reaches the child playlists', async () => {
  const multivariant = (await ok('/live-ll.m3u8?low_latency=false')).text;
  assert.match(multivariant, /^\/live-ll\/rendition\/360p\.m3u8\?low_latency=false$/m);
  const list = await playlist('/live-ll/rendition/360p.m3u8?low_latency=false');
  assert.equal(list.tags.has('#EXT-X-PART-INF'), false);
  assert.equal(list.tags.has('#EXT-X-SERVER-CONTROL'), false);
  assert.equal(list.hint, undefined);
  assert.deepEqual(list.reports, []);
  assert.ok(
    list.segments.every((segment) => segment.parts.length === 0 && segment.uri),
    'list.segments.every((segment) => segment.parts.length === 0 && segment.uri)',
  );
  const bad = await get('/live-ll.m3u8?low_latency=maybe');
  assert.equal(bad.status, 400);
});

void test('the DVR variant is an EVENT playlist that keeps its start', async () => {
  const list = await playlist('/live-ll-dvr/rendition/360p.m3u8');
  assert.equal(list.tags.get('#EXT-X-PLAYLIST-TYPE'), 'EVENT');
  assert.equal(list.segments[0]?.msn, 0);
});

void test('disconnect: the playlist stops growing; a blocked request waits and returns when the encoder reconnects', async () => {
  await control('/live/live-ll-dvr/disconnect');
  const stalled = await playlist('/live-ll-dvr/rendition/360p.m3u8');
  assert.equal(stalled.hint, undefined, 'no hint while nothing is produced');
  const { msn } = lastPartRef(stalled);
  const blocked = get(`/live-ll-dvr/rendition/360p.m3u8?_HLS_msn=${msn + 1}&_HLS_part=0`);
  await new Promise((resolve) => setTimeout(resolve, 600));
  assert.deepEqual(lastPartRef(await playlist('/live-ll-dvr/rendition/360p.m3u8')), lastPartRef(stalled));
  const state = (await control('/live/live-ll-dvr/reconnect')).json<{ state: string }>();
  assert.equal(state.state, 'live');
  const resumed = parse((await blocked).text);
  const tail = resumed.segments.at(-1);
  assert.equal(tail?.msn, msn + 1, 'sequence numbers stay consecutive');
  assert.equal(tail.discontinuity, true, 'the gap is a discontinuity');
  assert.equal(tail.parts[0]?.independent, true);
  assert.ok(tail.programDateTime > newestPartEnd(stalled), 'the program date time jumps over the gap');
});

void test('slate: parts keep coming (the last frame, then the slate), independent, without a discontinuity', async () => {
  const before = await playlist();
  const disconnected = await control('/live/live-ll/slate');
  assert.equal(disconnected.json<{ state: string }>().state, 'slate');
  const { msn, part } = lastPartRef(before);
  const wanted = part === 3 ? { msn: msn + 2, part: 0 } : { msn: msn + 1, part: 1 };
  const during = parse((await ok(`/live-ll/rendition/360p.m3u8?_HLS_msn=${wanted.msn}&_HLS_part=${wanted.part}`)).text);
  const after = during.segments.filter((segment) => segment.msn > msn);
  assert.ok(after.length > 0, 'after.length > 0');
  assert.ok(
    during.segments.every((segment) => !segment.discontinuity),
    'during.segments.every((segment) => !segment.discontinuity)',
  );
  assert.ok(
    after.flatMap((segment) => segment.parts).every((p) => p.independent),
    'after.flatMap((segment) => segment.parts).every((p) => p.independent)',
  );
  assert.ok(during.hint, 'the slate is produced like any part');
  await control('/live/live-ll/reconnect');
});

void test('end: ENDLIST, no hint, blocked requests return at once, and the encoder takes no more commands', async () => {
  const ended = await control('/live/live-ll/end');
  assert.equal(ended.json<{ state: string }>().state, 'ended');
  const list = await playlist();
  assert.equal(list.ended, true);
  assert.equal(list.hint, undefined);
  const { msn } = lastPartRef(list);
  const started = Date.now();
  const blocked = parse((await ok(`/live-ll/rendition/360p.m3u8?_HLS_msn=${msn + 1}&_HLS_part=0`)).text);
  assert.ok(Date.now() - started < 100, 'Date.now() - started < 100');
  assert.equal(blocked.ended, true);
  const refused = await control('/live/live-ll/reconnect');
  assert.equal(refused.status, 409);
  assert.match(refused.text, /ended/);
  await request(origin, 'control', '/reset', { method: 'POST' });
  assert.equal((await playlist()).ended, false, 'a reset starts the encoders again');
});

void test('control refuses IDs without an encoder and unknown actions', async () => {
  const vod = await control('/live/vod/disconnect');
  assert.equal(vod.status, 404);
  assert.match(vod.text, /live-ll, live-ll-dvr/);
  assert.equal((await control('/live/live-ll/explode')).status, 404);
  const state = await request(origin, 'control', '/live/live-ll');
  assert.equal(state.json<{ state: string }>().state, 'live');
});

void test(`a request blocked on a disconnected stream gives up with 503 after ${LOW_LATENCY_TIMING.blockLimitMs / 1000} s`, async () => {
  await control('/live/live-ll/disconnect');
  const { msn } = lastPartRef(await playlist());
  const started = Date.now();
  const response = await get(`/live-ll/rendition/360p.m3u8?_HLS_msn=${msn + 1}&_HLS_part=0`);
  assert.equal(response.status, 503);
  assert.equal(response.reason, 'stream_stalled');
  assert.ok(
    Date.now() - started >= LOW_LATENCY_TIMING.blockLimitMs - 20,
    'Date.now() - started >= LOW_LATENCY_TIMING.blockLimitMs - 20',
  );
  await control('/live/live-ll/reconnect');
});

void test('restart: one ID gets a fresh, connected encoder; the others keep theirs', async () => {
  await control('/live/live-ll-ended/end');
  await control('/live/live-ll-slate/disconnect', { slate: true });
  assert.equal((await ok('/live-ll-ended.m3u8')).status, 200);
  const restarted = await control('/live/live-ll-ended/restart');
  assert.equal(restarted.json<{ state: string }>().state, 'live');
  const list = parse((await ok('/live-ll-ended/rendition/360p.m3u8')).text);
  assert.equal(list.ended, false);
  assert.ok(list.hint, 'parts are produced again');
  const other = await request(origin, 'control', '/live/live-ll-slate');
  assert.equal(other.json<{ state: string }>().state, 'slate');
  await control('/live/live-ll-slate/restart');
});
