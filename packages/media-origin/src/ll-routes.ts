import type { ServerResponse } from 'node:http';
import type { RequestContext } from './context.ts';
import { HttpError, sendPlaylist } from './http.ts';
import { PARTS_PER_SEGMENT, type LiveEncoder } from './live-encoder.ts';
import {
  LOW_LATENCY_TIMING,
  lowLatencyMediaPlaylist,
  lowLatencyMultivariant,
  type LowLatencyUris,
} from './ll-playlist.ts';
import type { LowLatencyRendition } from './ll-source.ts';
import type { Modifiers } from './modifiers.ts';
import { selectRenditions } from './playlists.ts';
import { lastPartOf, liveSnapshot, segmentAt, type LiveSnapshot } from './ll-timeline.ts';

/** A low-latency live ID's request: which ID, and whether it keeps its whole past (DVR). */
export interface LowLatencyRequest {
  playbackId: string;
  dvr: boolean;
  /** `low_latency=false` asks for plain live HLS: no parts, hints or blocking reload. */
  lowLatency: boolean;
  /** Resolution filters and order (`max_resolution`, `min_resolution`, `rendition_order`), as on demand. */
  modifiers: Modifiers;
  /** Query carried onto media URLs (`?token=…` for signed IDs). */
  query: string;
  /** Query carried onto child playlists: the request's modifiers or token. */
  childQuery: string;
}

const ROUTES: [RegExp, (ctx: RequestContext, stream: LowLatencyRequest, ...groups: string[]) => Promise<void>][] = [
  [/^\/[^/]+\.m3u8$/, multivariant],
  [/^\/[^/]+\/rendition\/([^/]+)\.m3u8$/, mediaPlaylist],
  [/^\/[^/]+\/ll\/([^/]+)\/init\.mp4$/, init],
  [/^\/[^/]+\/ll\/([^/]+)\/part\/(\d+)\.m4s$/, part],
  [/^\/[^/]+\/ll\/([^/]+)\/segment\/(\d+)\.m4s$/, segment],
];

/** `stream.{domain}` for a low-latency live ID: playlists with parts, blocking reload, parts. */
export async function handleLowLatency(ctx: RequestContext, stream: LowLatencyRequest): Promise<void> {
  for (const [pattern, handler] of ROUTES) {
    const match = pattern.exec(ctx.url.pathname);
    if (match) return handler(ctx, stream, ...match.slice(1).map(String));
  }
  throw new HttpError(404, 'not_found', `no low-latency stream resource at ${ctx.url.pathname}`);
}

function uris(stream: LowLatencyRequest, name: string): LowLatencyUris {
  const base = `/${stream.playbackId}`;
  return {
    init: `${base}/ll/${name}/init.mp4${stream.query}`,
    part: (number) => `${base}/ll/${name}/part/${number}.m4s${stream.query}`,
    segment: (group) => `${base}/ll/${name}/segment/${group}.m4s${stream.query}`,
    playlist: (other) => `${base}/rendition/${other}.m3u8${stream.childQuery}`,
  };
}

function renditionOf(ctx: RequestContext, stream: LowLatencyRequest, name: string): LowLatencyRendition {
  const rendition = ctx.state.lowLatency.source.rendition(name);
  if (!rendition) throw new HttpError(404, 'not_found', `no rendition "${name}" for "${stream.playbackId}"`);
  return rendition;
}

/**
 * The renditions the resolution modifiers leave, lowest first (the source's order), or highest
 * first for `rendition_order=desc`.
 */
function offeredRenditions(ctx: RequestContext, stream: LowLatencyRequest): LowLatencyRendition[] {
  const kept = selectRenditions(ctx.state.lowLatency.source.renditions, stream.modifiers);
  const byHeight = [...kept].sort((a, b) => a.height - b.height);
  return stream.modifiers.renditionOrder === 'desc' ? byHeight.reverse() : byHeight;
}

async function multivariant(ctx: RequestContext, stream: LowLatencyRequest): Promise<void> {
  const renditions = offeredRenditions(ctx, stream);
  sendPlaylist(
    ctx.res,
    lowLatencyMultivariant(renditions, (name) => uris(stream, name).playlist(name)),
  );
}

/** `_HLS_msn` / `_HLS_part` (RFC 8216bis §6.2.5.2), checked; undefined without a directive. */
function deliveryDirective(url: URL): { msn: number; part: number | undefined } | undefined {
  const msnText = url.searchParams.get('_HLS_msn');
  const partText = url.searchParams.get('_HLS_part');
  if (msnText === null) {
    if (partText !== null) throw new HttpError(400, 'bad_directive', '_HLS_part needs _HLS_msn beside it');
    return undefined;
  }
  const integer = (text: string, name: string): number => {
    if (!/^\d+$/.test(text))
      throw new HttpError(400, 'bad_directive', `${name} must be a non-negative integer, got "${text}"`);
    return Number(text);
  };
  return { msn: integer(msnText, '_HLS_msn'), part: partText === null ? undefined : integer(partText, '_HLS_part') };
}

function satisfies(snapshot: LiveSnapshot, wanted: { msn: number; part: number | undefined }): boolean {
  if (snapshot.ended) return true;
  if (wanted.part === undefined)
    return snapshot.segments.some((segment) => segment.complete && segment.msn >= wanted.msn);
  const last = lastPartOf(snapshot);
  return last !== undefined && (last.msn > wanted.msn || (last.msn === wanted.msn && last.index >= wanted.part));
}

/**
 * Waits until the next part boundary or a change of the encoder, whichever is first, or until
 * the client goes away. Returns false once `deadline` (real ms) has passed.
 */
async function waitForChange(ctx: RequestContext, encoder: LiveEncoder, deadline: number): Promise<boolean> {
  const remaining = deadline - Date.now();
  if (remaining <= 0 || ctx.res.destroyed) return false;
  const now = ctx.state.clock.now();
  const untilNextPart = encoder.partStart(encoder.partAt(now) + 1) - now;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, Math.max(1, Math.min(untilNextPart, remaining)));
    const stopListening = encoder.onChange(done);
    ctx.res.once('close', done);
    function done(): void {
      clearTimeout(timer);
      stopListening();
      ctx.res.off('close', done);
      resolve();
    }
  });
  return !ctx.res.destroyed;
}

async function mediaPlaylist(ctx: RequestContext, stream: LowLatencyRequest, name: string): Promise<void> {
  renditionOf(ctx, stream, name);
  const wanted = deliveryDirective(ctx.url);
  const encoder = ctx.state.lowLatency.encoder(stream.playbackId);
  // Rendition reports name only the renditions the multivariant offered.
  const others = offeredRenditions(ctx, stream)
    .map((rendition) => rendition.name)
    .filter((other) => other !== name);
  const deadline = Date.now() + LOW_LATENCY_TIMING.blockLimitMs;
  for (;;) {
    const snapshot = liveSnapshot(encoder, ctx.state.clock.now(), stream.dvr, ctx.state.lowLatency.source.pictureParts);
    if (!wanted || satisfies(snapshot, wanted)) {
      const options = { dvr: stream.dvr, lowLatency: stream.lowLatency, uris: uris(stream, name), others };
      sendPlaylist(ctx.res, lowLatencyMediaPlaylist(snapshot, options));
      return;
    }
    const newest = snapshot.segments.at(-1)?.msn ?? -1;
    if (wanted.msn > newest + 2) {
      throw new HttpError(
        400,
        'bad_directive',
        `_HLS_msn=${wanted.msn} is more than two segments past the newest (${newest}); reload without directives`,
      );
    }
    if (!(await waitForChange(ctx, encoder, deadline))) {
      if (ctx.res.destroyed) return;
      throw new HttpError(
        503,
        'stream_stalled',
        `segment ${wanted.msn}${wanted.part === undefined ? '' : ` part ${wanted.part}`} did not arrive within ${LOW_LATENCY_TIMING.blockLimitMs / 1000} s; the encoder may be disconnected`,
      );
    }
  }
}

function sendMedia(res: ServerResponse, bytes: Buffer, type: string): void {
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': bytes.length, 'Cache-Control': 'public, max-age=60' });
  res.end(res.req.method === 'HEAD' ? undefined : bytes);
}

async function init(ctx: RequestContext, stream: LowLatencyRequest, name: string): Promise<void> {
  const rendition = renditionOf(ctx, stream, name);
  sendMedia(ctx.res, ctx.state.lowLatency.source.init(rendition), 'video/mp4');
}

/**
 * A part, once complete. The part being produced (the preload hint) is held until it is; a part
 * the encoder never produced is a 404.
 */
async function part(ctx: RequestContext, stream: LowLatencyRequest, name: string, numberText: string): Promise<void> {
  const rendition = renditionOf(ctx, stream, name);
  const { lowLatency } = ctx.state;
  const encoder = lowLatency.encoder(stream.playbackId);
  const number = Number(numberText);
  const deadline = Date.now() + LOW_LATENCY_TIMING.blockLimitMs;
  for (;;) {
    const now = ctx.state.clock.now();
    const segment = segmentAt(encoder, Math.floor(number / PARTS_PER_SEGMENT), now, lowLatency.source.pictureParts);
    const found = segment?.parts.find((candidate) => candidate.number === number);
    if (found) {
      sendMedia(ctx.res, lowLatency.source.part(rendition, number, found.source), 'video/iso.segment');
      return;
    }
    const producing = encoder.runAt(number) !== undefined && !encoder.ended;
    if (!producing || number > encoder.partAt(now) + 1) {
      throw new HttpError(404, 'part_not_available', `part ${number} of "${stream.playbackId}" does not exist`);
    }
    if (!(await waitForChange(ctx, encoder, deadline))) {
      if (ctx.res.destroyed) return;
      throw new HttpError(503, 'stream_stalled', `part ${number} did not complete in time`);
    }
  }
}

async function segment(ctx: RequestContext, stream: LowLatencyRequest, name: string, groupText: string): Promise<void> {
  const rendition = renditionOf(ctx, stream, name);
  const { lowLatency } = ctx.state;
  const encoder = lowLatency.encoder(stream.playbackId);
  const found = segmentAt(encoder, Number(groupText), ctx.state.clock.now(), lowLatency.source.pictureParts);
  if (!found?.complete) {
    throw new HttpError(404, 'segment_not_available', `segment ${groupText} of "${stream.playbackId}" is not complete`);
  }
  const bytes = Buffer.concat(found.parts.map((p) => lowLatency.source.part(rendition, p.number, p.source)));
  sendMedia(ctx.res, bytes, 'video/iso.segment');
}
