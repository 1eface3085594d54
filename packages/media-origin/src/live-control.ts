import { CATALOG } from './catalog.ts';
import type { RequestContext } from './context.ts';
import { HttpError, own, readJson, sendJson } from './http.ts';
import { EncoderConflict, type LiveEncoder } from './live-encoder.ts';
import { lastPartOf, liveSnapshot } from './ll-timeline.ts';

type Action = (encoder: LiveEncoder, now: number, body: Record<string, unknown>) => void;

const ACTIONS: Record<string, Action> = {
  disconnect: (encoder, now, body) => encoder.disconnect(now, body.slate === true),
  slate: (encoder, now) => encoder.insertSlate(now),
  reconnect: (encoder, now) => encoder.reconnect(now),
  end: (encoder, now) => encoder.end(now),
};

/** What a test or the demo sees of a low-latency stream: the encoder's state and the newest part. */
function report(ctx: RequestContext, playbackId: string, encoder: LiveEncoder): Record<string, unknown> {
  const entry = own(CATALOG, playbackId);
  const now = ctx.state.clock.now();
  const snapshot = liveSnapshot(encoder, now, entry?.live === 'dvr', ctx.state.lowLatency.source.pictureParts);
  const last = lastPartOf(snapshot);
  return {
    playbackId,
    state: encoder.state(),
    now,
    /** Wall-clock time of media time 0: a frame at media time t was captured at streamStart + t·1000. */
    streamStart: encoder.streamStart,
    lastMsn: last?.msn ?? null,
    lastPart: last?.index ?? null,
    runs: encoder.runs,
  };
}

/**
 * `control.{domain}/live/{id}[/{action}]`: drive the encoder of a low-latency live ID —
 * `disconnect` (`{"slate": true}` to fill in with a slate), `slate`, `reconnect`, `end`, `restart`
 * (a fresh, connected encoder for this ID); `GET`
 * reports its state.
 */
export async function handleLiveControl(
  ctx: RequestContext,
  playbackId: string,
  action: string | undefined,
): Promise<void> {
  if (!own(CATALOG, playbackId)?.lowLatency) {
    const ids = Object.keys(CATALOG).filter((id) => CATALOG[id]?.lowLatency);
    throw new HttpError(
      404,
      'not_controllable',
      `"${playbackId}" has no encoder to drive; use one of ${ids.join(', ')}`,
    );
  }
  const method = ctx.req.method ?? 'GET';
  // A fresh encoder for this ID alone: connected, as if the origin had just started.
  if (action === 'restart' && method === 'POST') {
    ctx.state.lowLatency.reset(playbackId);
    return sendJson(ctx.res, 200, report(ctx, playbackId, ctx.state.lowLatency.encoder(playbackId)));
  }
  const encoder = ctx.state.lowLatency.encoder(playbackId);
  if (action === undefined) {
    if (method !== 'GET') throw new HttpError(405, 'method_not_allowed', `use GET for /live/${playbackId}`);
    return sendJson(ctx.res, 200, report(ctx, playbackId, encoder));
  }
  const run = own(ACTIONS, action);
  if (!run || method !== 'POST') {
    throw new HttpError(
      404,
      'not_found',
      `no live control "${method} ${action}"; POST one of ${[...Object.keys(ACTIONS), 'restart'].join(', ')}`,
    );
  }
  const body = await readJson(ctx.req);
  try {
    run(encoder, ctx.state.clock.now(), body && typeof body === 'object' ? (body as Record<string, unknown>) : {});
  } catch (error) {
    if (error instanceof EncoderConflict) throw new HttpError(409, 'encoder_conflict', `${action}: ${error.message}`);
    throw error;
  }
  return sendJson(ctx.res, 200, report(ctx, playbackId, encoder));
}
