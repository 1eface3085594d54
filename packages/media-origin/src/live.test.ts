import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Segment } from './assets.ts';
import { ENDED_STREAM_SEGMENTS, LIVE_WINDOW_SEGMENTS, LiveTimeline } from './live.ts';
import { startOrigin } from './server.ts';
import { request, type TestResponse } from './testing.ts';

const SOURCE = fileURLToPath(new URL('../../../test/fixtures/media/live-source/', import.meta.url));
const LOOP = 6; // live-source: six 2 s segments, looped
const T0 = Date.UTC(2030, 0, 1);

let clock = T0;
const origin = await startOrigin({ port: 0, now: () => clock });

const get = (path: string): Promise<TestResponse> => request(origin, 'stream', path);

async function ok(path: string): Promise<string> {
  const response = await get(path);
  assert.equal(response.status, 200, `${path}: ${response.text}`);
  return response.text;
}

async function refused(path: string, status: number, reason: string): Promise<void> {
  const response = await get(path);
  assert.equal(response.status, status, `${path}: ${response.text}`);
  assert.equal(response.reason, reason);
}

const lines = (text: string): string[] => text.trim().split('\n');
const tagValue = (text: string, tag: string): string | undefined =>
  lines(text)
    .find((line) => line.startsWith(`${tag}:`))
    ?.slice(tag.length + 1);
const has = (text: string, tag: string): boolean => lines(text).some((line) => line.startsWith(tag));

interface LiveSegment {
  number: number;
  uri: string;
  programDateTime: number;
  duration: number;
  /** Discontinuity sequence number, from EXT-X-DISCONTINUITY-SEQUENCE plus the tags before it. */
  discontinuity: number;
  afterDiscontinuityTag: boolean;
}

function segments(text: string): LiveSegment[] {
  let discontinuity = Number(tagValue(text, '#EXT-X-DISCONTINUITY-SEQUENCE') ?? 'NaN');
  let tagged = false;
  let programDateTime = Number.NaN;
  let duration = Number.NaN;
  const result: LiveSegment[] = [];
  for (const line of lines(text)) {
    if (line === '#EXT-X-DISCONTINUITY') {
      discontinuity++;
      tagged = true;
    } else if (line.startsWith('#EXT-X-PROGRAM-DATE-TIME:')) {
      programDateTime = Date.parse(line.slice(25));
    } else if (line.startsWith('#EXTINF:')) {
      duration = Number.parseFloat(line.slice(8));
    } else if (line && !line.startsWith('#')) {
      const number = Number(/\/(\d+)\.ts/.exec(line)?.[1]);
      result.push({ number, uri: line, programDateTime, duration, discontinuity, afterDiscontinuityTag: tagged });
      tagged = false;
      programDateTime = Number.NaN;
    }
  }
  return result;
}

const numbers = (text: string): number[] => segments(text).map((segment) => segment.number);
const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);
const sourceSegment = (rendition: string, k: number): Buffer =>
  readFileSync(`${SOURCE}video/${rendition}/${k % LOOP}.ts`);

await test('live (sliding window)', async (t) => {
  t.beforeEach(() => {
    clock = T0;
  });

  await t.test('the multivariant lists both renditions with muxed audio codecs and no groups', async () => {
    const text = await ok('/live.m3u8');
    const variants = lines(text).filter((line) => line.startsWith('#EXT-X-STREAM-INF:'));
    assert.equal(variants.length, 2);
    for (const variant of variants) assert.match(variant, /CODECS="avc1\.[0-9a-f]+,mp4a\.40\.2"/);
    assert.ok(!has(text, '#EXT-X-MEDIA:'));
    assert.ok(text.includes('/live/rendition/360p.m3u8') && text.includes('/live/rendition/540p.m3u8'));
  });

  await t.test(`holds the newest ${LIVE_WINDOW_SEGMENTS} segments, with no PLAYLIST-TYPE and no ENDLIST`, async () => {
    const text = await ok('/live/rendition/360p.m3u8');
    assert.equal(tagValue(text, '#EXT-X-TARGETDURATION'), '2');
    assert.ok(!has(text, '#EXT-X-PLAYLIST-TYPE'));
    assert.ok(!has(text, '#EXT-X-ENDLIST'));
    // The stream began 60 s before the origin: 30 segments are out, the window holds 24…29.
    assert.equal(tagValue(text, '#EXT-X-MEDIA-SEQUENCE'), '24');
    assert.equal(tagValue(text, '#EXT-X-DISCONTINUITY-SEQUENCE'), '4');
    assert.deepEqual(numbers(text), range(24, 30));
    assert.deepEqual(
      segments(text).map((segment) => segment.uri),
      range(24, 30).map((k) => `/live/live/360p/${k}.ts`),
    );
  });

  await t.test('every segment has an EXT-X-PROGRAM-DATE-TIME, back to back, the newest ending now', async () => {
    const listed = segments(await ok('/live/rendition/360p.m3u8'));
    for (const [i, segment] of listed.entries()) {
      assert.ok(Number.isFinite(segment.programDateTime), `segment ${segment.number} has a PDT`);
      const next = listed[i + 1];
      if (next) assert.equal(next.programDateTime - segment.programDateTime, segment.duration * 1000);
    }
    const newest = listed.at(-1);
    assert.ok(newest);
    assert.equal(newest.programDateTime + newest.duration * 1000, T0);
  });

  await t.test('the media sequence advances one per segment duration of the injected clock', async () => {
    const sequence = async (): Promise<number> =>
      Number(tagValue(await ok('/live/rendition/360p.m3u8'), '#EXT-X-MEDIA-SEQUENCE'));
    clock = T0 + 1999;
    assert.equal(await sequence(), 24);
    clock = T0 + 2000;
    assert.equal(await sequence(), 25);
    clock = T0 + 7000;
    assert.equal(await sequence(), 27);
    clock = T0 + 60_000;
    assert.equal(await sequence(), 54);
    assert.equal(numbers(await ok('/live/rendition/360p.m3u8')).length, LIVE_WINDOW_SEGMENTS);
  });

  await t.test('discontinuities mark each loop of the source and agree across windows', async () => {
    const seen = new Map<number, LiveSegment>();
    for (let step = 0; step <= 40; step++) {
      clock = T0 + step * 1000;
      const listed = segments(await ok('/live/rendition/540p.m3u8'));
      assert.equal(listed.length, LIVE_WINDOW_SEGMENTS);
      assert.ok(!listed[0]?.afterDiscontinuityTag, 'the first segment never carries the tag: the sequence counts it');
      for (const segment of listed) {
        // A loop restarts the source's timestamps, so a player must be told.
        assert.equal(segment.afterDiscontinuityTag, segment.number % LOOP === 0 && segment !== listed[0]);
        assert.equal(segment.discontinuity, Math.floor(segment.number / LOOP), `segment ${segment.number}`);
        const earlier = seen.get(segment.number);
        if (earlier) {
          assert.equal(segment.discontinuity, earlier.discontinuity);
          assert.equal(segment.programDateTime, earlier.programDateTime);
          assert.equal(segment.duration, earlier.duration);
        }
        seen.set(segment.number, segment);
      }
    }
    assert.ok(seen.size >= 25);
  });

  await t.test('both renditions list the same segment numbers and times', async () => {
    clock = T0 + 5000;
    const low = segments(await ok('/live/rendition/360p.m3u8'));
    const high = segments(await ok('/live/rendition/540p.m3u8'));
    assert.deepEqual(
      low.map(({ number, programDateTime }) => ({ number, programDateTime })),
      high.map(({ number, programDateTime }) => ({ number, programDateTime })),
    );
  });

  await t.test('listed segments download as the looped source segments; future ones are 404', async () => {
    clock = T0 + 3000;
    const text = await ok('/live/rendition/360p.m3u8');
    for (const segment of segments(text)) {
      const response = await get(segment.uri);
      assert.equal(response.status, 200, segment.uri);
      assert.equal(response.headers['content-type'], 'video/mp2t');
      assert.ok(response.body.equals(sourceSegment('360p', segment.number)), segment.uri);
    }
    const next = (segments(text).at(-1)?.number ?? 0) + 1;
    await refused(`/live/live/360p/${next}.ts`, 404, 'not_found');
    clock = T0 + 4000;
    assert.equal((await get(`/live/live/360p/${next}.ts`)).status, 200);
  });

  await t.test('unknown live renditions and segments of on-demand IDs are 404', async () => {
    await refused('/live/rendition/1080p.m3u8', 404, 'not_found');
    await refused('/live/live/1080p/1.ts', 404, 'not_found');
    await refused('/vod/live/360p/1.ts', 404, 'not_found');
  });
});

await test('live-dvr', async (t) => {
  t.beforeEach(() => {
    clock = T0;
  });

  await t.test('is an EVENT playlist from segment 0 that only grows', async () => {
    const before = await ok('/live-dvr/rendition/360p.m3u8');
    assert.equal(tagValue(before, '#EXT-X-PLAYLIST-TYPE'), 'EVENT');
    assert.equal(tagValue(before, '#EXT-X-MEDIA-SEQUENCE'), '0');
    assert.equal(tagValue(before, '#EXT-X-DISCONTINUITY-SEQUENCE'), '0');
    assert.ok(!has(before, '#EXT-X-ENDLIST'));
    // Began 20 s before the origin: ten segments are out.
    assert.deepEqual(numbers(before), range(0, 10));
    clock = T0 + 12_000;
    const after = await ok('/live-dvr/rendition/360p.m3u8');
    assert.equal(tagValue(after, '#EXT-X-MEDIA-SEQUENCE'), '0');
    assert.deepEqual(numbers(after), range(0, 16));
    assert.ok(after.startsWith(before), 'an EVENT playlist only appends');
  });

  await t.test('marks each loop with a discontinuity and dates every segment', async () => {
    const listed = segments(await ok('/live-dvr/rendition/540p.m3u8'));
    assert.deepEqual(
      listed.filter((segment) => segment.afterDiscontinuityTag).map((segment) => segment.number),
      [6],
    );
    assert.equal(listed[0]?.programDateTime, T0 - 20_000);
    assert.ok(listed.every((segment) => Number.isFinite(segment.programDateTime)));
  });

  await t.test('program_start_time and program_end_time clip the event by program date time', async () => {
    const at = (k: number): number => (T0 - 20_000 + k * 2000) / 1000;
    const clipped = await ok(`/live-dvr/rendition/360p.m3u8?program_start_time=${at(4)}&program_end_time=${at(8)}`);
    assert.equal(tagValue(clipped, '#EXT-X-MEDIA-SEQUENCE'), '4');
    assert.deepEqual(numbers(clipped), [4, 5, 6, 7]);
    const master = await ok(`/live-dvr.m3u8?program_start_time=${at(4)}`);
    assert.ok(master.includes(`/live-dvr/rendition/360p.m3u8?program_start_time=${at(4)}`));
  });
});

await test('live streams before they start and after they end', async (t) => {
  t.beforeEach(() => {
    clock = T0;
  });

  await t.test('live-not-started answers 412 for the multivariant, media playlists and segments', async () => {
    for (const path of [
      '/live-not-started.m3u8',
      '/live-not-started/rendition/360p.m3u8',
      '/live-not-started/live/360p/0.ts',
    ]) {
      await refused(path, 412, 'not_live');
    }
    clock = T0 + 3_600_000;
    await refused('/live-not-started.m3u8', 412, 'not_live');
  });

  await t.test('a live stream is idle (412) until a segment starting at program_start_time is out', async () => {
    const start = T0 / 1000 + 5;
    for (const path of [
      `/live.m3u8?program_start_time=${start}`,
      `/live/rendition/360p.m3u8?program_start_time=${start}`,
    ]) {
      await refused(path, 412, 'not_live');
    }
    // The first segment starting at or after T0+5 s starts at T0+6 s and is out at T0+8 s.
    clock = T0 + 7999;
    await refused(`/live/rendition/360p.m3u8?program_start_time=${start}`, 412, 'not_live');
    clock = T0 + 8000;
    const text = await ok(`/live/rendition/360p.m3u8?program_start_time=${start}`);
    assert.deepEqual(numbers(text), [33]);
    assert.equal(segments(text)[0]?.programDateTime, T0 + 6000);
    await ok(`/live.m3u8?program_start_time=${start}`);
  });

  await t.test('live-ended keeps its whole event and ends with EXT-X-ENDLIST', async () => {
    const text = await ok('/live-ended/rendition/360p.m3u8');
    assert.equal(lines(text).at(-1), '#EXT-X-ENDLIST');
    assert.equal(tagValue(text, '#EXT-X-PLAYLIST-TYPE'), 'EVENT');
    assert.equal(tagValue(text, '#EXT-X-MEDIA-SEQUENCE'), '0');
    assert.deepEqual(numbers(text), range(0, ENDED_STREAM_SEGMENTS));
    assert.deepEqual(
      segments(text)
        .filter((segment) => segment.afterDiscontinuityTag)
        .map((segment) => segment.number),
      [6, 12],
    );
    clock = T0 + 600_000;
    assert.equal(await ok('/live-ended/rendition/360p.m3u8'), text);
  });

  await t.test('live-ended segments all download; none exist past the end', async () => {
    for (const segment of segments(await ok('/live-ended/rendition/540p.m3u8'))) {
      const response = await get(segment.uri);
      assert.equal(response.status, 200, segment.uri);
      assert.ok(response.body.equals(sourceSegment('540p', segment.number)));
    }
    await refused(`/live-ended/live/540p/${ENDED_STREAM_SEGMENTS}.ts`, 404, 'not_found');
  });
});

await test('signed-live', async (t) => {
  t.beforeEach(() => {
    clock = T0;
  });

  await t.test('needs a token for the playlists and the segments', async () => {
    await refused('/signed-live.m3u8', 403, 'token_missing');
    await refused('/signed-live/rendition/360p.m3u8', 403, 'token_missing');
    await refused('/signed-live/live/360p/24.ts', 403, 'token_missing');
  });

  await t.test('with a video token it plays like live, carrying the token onto every URI', async () => {
    const jwt = origin.mintToken({ sub: 'signed-live', aud: 'v' });
    const master = await ok(`/signed-live.m3u8?token=${jwt}`);
    const child = lines(master).find((line) => line.startsWith('/signed-live/rendition/')) ?? '';
    assert.ok(child.endsWith(`?token=${jwt}`), child);
    const text = await ok(child);
    assert.equal(tagValue(text, '#EXT-X-MEDIA-SEQUENCE'), '24');
    for (const segment of segments(text)) {
      assert.ok(segment.uri.endsWith(`?token=${jwt}`), segment.uri);
      assert.equal((await get(segment.uri)).status, 200);
    }
  });

  await t.test('modifiers come from the claims', async () => {
    const jwt = origin.mintToken({ sub: 'signed-live', aud: 'v', max_resolution: '360p' });
    const master = await ok(`/signed-live.m3u8?token=${jwt}`);
    assert.ok(master.includes('RESOLUTION=640x360'));
    assert.ok(!master.includes('RESOLUTION=960x540'));
  });

  await t.test('a token that lapses mid-stream stops the next playlist reload', async () => {
    const jwt = origin.mintToken({ sub: 'signed-live', aud: 'v' }, { expiresIn: 10 });
    await ok(`/signed-live/rendition/360p.m3u8?token=${jwt}`);
    clock = T0 + 10_000;
    await refused(`/signed-live/rendition/360p.m3u8?token=${jwt}`, 403, 'token_expired');
  });
});

await test('LiveTimeline', async (t) => {
  const source: Segment[] = [
    { uri: 'a.ts', duration: 1.5 },
    { uri: 'b.ts', duration: 2.5 },
    { uri: 'c.ts', duration: 2 },
  ];
  const start = 1_000_000;

  await t.test('lays segments out back to back, looping the source', () => {
    const timeline = new LiveTimeline(source, 'sliding', start);
    assert.deepEqual(
      range(0, 7).map((k) => timeline.startOf(k) - start),
      [0, 1500, 4000, 6000, 7500, 10_000, 12_000],
    );
    assert.equal(timeline.segment(4).uri, 'b.ts');
    assert.equal(timeline.loopLength, 3);
  });

  await t.test('a segment becomes available once its end has passed', () => {
    const timeline = new LiveTimeline(source, 'sliding', start);
    assert.equal(timeline.available(start - 1), 0);
    assert.equal(timeline.available(start + 1499), 0);
    assert.equal(timeline.available(start + 1500), 1);
    assert.equal(timeline.available(start + 5999), 2);
    assert.equal(timeline.available(start + 6000), 3);
    assert.equal(timeline.available(start + 2 * 6000 + 1500), 7);
  });

  await t.test('a sliding window keeps the newest segments; a DVR window keeps all', () => {
    const now = start + 6000 * 4;
    assert.deepEqual(new LiveTimeline(source, 'sliding', start).window(now, {}), range(6, 12));
    assert.deepEqual(new LiveTimeline(source, 'dvr', start).window(now, {}), range(0, 12));
  });

  await t.test('program times filter the window by each segment start', () => {
    const timeline = new LiveTimeline(source, 'dvr', start);
    const now = start + 12_000;
    assert.deepEqual(timeline.window(now, { programStartTime: (start + 4000) / 1000 }), [2, 3, 4, 5]);
    assert.deepEqual(timeline.window(now, { programStartTime: (start + 4001) / 1000 }), [3, 4, 5]);
    assert.deepEqual(timeline.window(now, { programEndTime: (start + 6000) / 1000 }), [0, 1, 2]);
    assert.deepEqual(timeline.window(now, { programStartTime: (start + 99_000) / 1000 }), []);
  });

  await t.test('an ended stream has a fixed length; one not started has none', () => {
    assert.equal(new LiveTimeline(source, 'ended', start).available(start + 10 ** 9), ENDED_STREAM_SEGMENTS);
    const clockNow = { now: () => start, startedAt: start };
    assert.equal(LiveTimeline.for(source, 'not-started', clockNow).available(start + 10 ** 9), 0);
  });

  await t.test('streams start at fixed offsets before the origin', () => {
    const clockNow = { now: () => start, startedAt: start };
    assert.equal(LiveTimeline.for(source, 'sliding', clockNow).streamStart, start - 60_000);
    assert.equal(LiveTimeline.for(source, 'dvr', clockNow).streamStart, start - 20_000);
    assert.equal(LiveTimeline.for(source, 'ended', clockNow).streamStart, start - 600_000);
  });

  await t.test('the live edge is where the newest available segment ends in the source', () => {
    const timeline = new LiveTimeline(source, 'sliding', start);
    assert.equal(timeline.edgeWithinLoop(start), 0);
    assert.equal(timeline.edgeWithinLoop(start + 1500), 1.5);
    assert.equal(timeline.edgeWithinLoop(start + 5999), 4);
    assert.equal(timeline.edgeWithinLoop(start + 6000), 6);
    assert.equal(timeline.edgeWithinLoop(start + 7500), 1.5);
  });
});

// Top-level tests run one after another (each is awaited), so this runs after the last.
await origin.stop();
