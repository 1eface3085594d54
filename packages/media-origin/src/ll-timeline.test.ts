import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EncoderConflict, LiveEncoder, PART_MS } from './live-encoder.ts';
import { lastPartOf, liveSnapshot, LL_WINDOW_SEGMENTS } from './ll-timeline.ts';

const START = Date.UTC(2030, 0, 1);
const LOOP = 16;
/** The wall-clock time `parts` parts (plus `ms`) after the stream began. */
const at = (parts: number, ms = 0): number => START + parts * PART_MS + ms;

void test('a connected encoder lists complete segments, the parts of the one in progress and a hint', () => {
  const encoder = new LiveEncoder(START);
  const snapshot = liveSnapshot(encoder, at(42, 100), false, LOOP);
  // Parts 0…41 are complete: segments 0…9 (parts 0…39), and segment 10 has parts 40, 41.
  assert.equal(snapshot.segments.length, LL_WINDOW_SEGMENTS + 1);
  const tail = snapshot.segments.at(-1);
  assert.equal(tail?.msn, 10);
  assert.equal(tail.complete, false);
  assert.deepEqual(
    tail.parts.map((part) => [part.number, part.independent]),
    [
      [40, true],
      [41, false],
    ],
  );
  assert.deepEqual(snapshot.next, { msn: 10, index: 2, number: 42 });
  assert.deepEqual(lastPartOf(snapshot), { msn: 10, index: 1 });
  assert.equal(snapshot.segments[0]?.msn, 10 - LL_WINDOW_SEGMENTS);
});

void test('never lists a part before its end: at the exact boundary the part is complete, a millisecond before it is not', () => {
  const encoder = new LiveEncoder(START);
  assert.deepEqual(lastPartOf(liveSnapshot(encoder, at(10) - 1, false, LOOP)), { msn: 2, index: 0 });
  assert.deepEqual(lastPartOf(liveSnapshot(encoder, at(10), false, LOOP)), { msn: 2, index: 1 });
});

void test('a disconnect loses the part in progress, closes the segment short and stops the hints', () => {
  const encoder = new LiveEncoder(START);
  encoder.disconnect(at(42, 200), false);
  assert.equal(encoder.state(), 'disconnected');
  const snapshot = liveSnapshot(encoder, at(60), false, LOOP);
  const tail = snapshot.segments.at(-1);
  assert.equal(tail?.msn, 10);
  assert.equal(tail.complete, true, 'the short segment is closed with its two parts');
  assert.deepEqual(
    tail.parts.map((part) => part.number),
    [40, 41],
  );
  assert.equal(snapshot.next, undefined);
});

void test('a reconnect resumes at the next segment boundary with a discontinuity and consecutive sequence numbers', () => {
  const encoder = new LiveEncoder(START);
  encoder.disconnect(at(42, 200), false);
  encoder.reconnect(at(57, 10)); // resumes at part 60, segment slot 15
  assert.equal(encoder.state(), 'live');
  const waiting = liveSnapshot(encoder, at(59, 400), false, LOOP);
  assert.equal(waiting.next, undefined, 'nothing is produced before the boundary');
  const snapshot = liveSnapshot(encoder, at(61, 1), false, LOOP);
  const tail = snapshot.segments.at(-1);
  assert.equal(tail?.group, 15);
  assert.equal(tail.msn, 11, 'the empty slots 11…14 take no sequence numbers');
  assert.equal(tail.discontinuity, true);
  assert.equal(tail.start, at(60));
  assert.deepEqual(snapshot.next, { msn: 11, index: 1, number: 61 });
  // Later, once the gap is the first thing in the window, the count moves into the sequence tag.
  const later = liveSnapshot(encoder, at(60 + 4 * LL_WINDOW_SEGMENTS + 1), false, LOOP);
  assert.equal(later.segments[0]?.group, 15);
  assert.equal(later.discontinuitySequence, 1);
});

void test('a slate right after a disconnect repeats the last frame for one part, then shows the slate, without a gap', () => {
  const encoder = new LiveEncoder(START);
  encoder.disconnect(at(42, 200), true);
  assert.equal(encoder.state(), 'slate');
  const snapshot = liveSnapshot(encoder, at(47), false, LOOP);
  const parts = snapshot.segments.flatMap((segment) => segment.parts).filter((part) => part.number >= 40);
  assert.deepEqual(
    parts.map((part) => part.source),
    [
      { kind: 'picture', part: 40 % LOOP },
      { kind: 'picture', part: 41 % LOOP },
      { kind: 'freeze', after: 41 % LOOP },
      { kind: 'slate' },
      { kind: 'slate' },
      { kind: 'slate' },
      { kind: 'slate' },
    ],
  );
  assert.ok(
    parts.slice(2).every((part) => part.independent),
    'parts.slice(2).every((part) => part.independent)',
  );
  assert.ok(
    snapshot.segments.every((segment) => !segment.discontinuity),
    'snapshot.segments.every((segment) => !segment.discontinuity)',
  );
  // Reconnecting: the slate goes on to the boundary, then pictures (a keyframe) take over.
  encoder.reconnect(at(49, 5));
  const resumed = liveSnapshot(encoder, at(54), false, LOOP);
  const sources = resumed.segments.flatMap((segment) => segment.parts).filter((part) => part.number >= 48);
  assert.deepEqual(
    sources.map((part) => part.source.kind),
    ['slate', 'slate', 'slate', 'slate', 'picture', 'picture'],
  );
  assert.ok(
    resumed.segments.every((segment) => !segment.discontinuity),
    'resumed.segments.every((segment) => !segment.discontinuity)',
  );
});

void test('a slate inserted after a gap starts at a segment boundary, after a discontinuity', () => {
  const encoder = new LiveEncoder(START);
  encoder.disconnect(at(42, 200), false);
  encoder.insertSlate(at(45, 10));
  const snapshot = liveSnapshot(encoder, at(50), false, LOOP);
  const tail = snapshot.segments.at(-1);
  assert.equal(tail?.group, 12);
  assert.equal(tail.discontinuity, true);
  assert.deepEqual(tail.parts[0]?.source, { kind: 'slate' });
});

void test('the end closes the stream: no hint, and nothing is added later', () => {
  const encoder = new LiveEncoder(START);
  encoder.end(at(42, 300));
  const snapshot = liveSnapshot(encoder, at(100), false, LOOP);
  assert.equal(snapshot.ended, true);
  assert.equal(snapshot.next, undefined);
  assert.deepEqual(lastPartOf(snapshot), { msn: 10, index: 1 });
  assert.throws(() => encoder.reconnect(at(101)), EncoderConflict);
});

void test('control requests that do not fit the state are refused', () => {
  const encoder = new LiveEncoder(START);
  assert.throws(() => encoder.reconnect(at(5)), /connected/);
  encoder.disconnect(at(6), false);
  assert.throws(() => encoder.disconnect(at(7), false), /already disconnected/);
  encoder.insertSlate(at(8));
  assert.throws(() => encoder.insertSlate(at(9)), /already showing/);
});

void test('DVR lists every segment since the start', () => {
  const encoder = new LiveEncoder(START);
  const snapshot = liveSnapshot(encoder, at(80), true, LOOP);
  assert.equal(snapshot.segments[0]?.msn, 0);
  assert.equal(snapshot.segments.length, 20);
});
