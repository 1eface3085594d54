import { generateKeyPairSync } from 'node:crypto';
import type { RequestContext } from './context.ts';
import { faultFromJson, type FaultRule } from './faults.ts';
import { HttpError, readJson, sendJson } from './http.ts';
import { handleLiveControl } from './live-control.ts';
import { mintToken, type TokenClaims } from './tokens.ts';

interface TokenRequest {
  claims?: Partial<TokenClaims> & { sub: string; aud: string };
  expiresIn?: number;
  kid?: string;
  /** Sign with a key the origin does not know: a forged token. */
  forged?: boolean;
}

/** The rules of a `POST /faults` body, all checked before any is added. */
function faultRules(body: unknown): FaultRule[] {
  const rules: unknown[] = Array.isArray(body) ? body : [body];
  return rules.map((rule) => {
    if (!rule || typeof rule !== 'object' || Array.isArray(rule)) {
      throw new HttpError(400, 'bad_fault', 'expected a fault rule object, or an array of them');
    }
    try {
      return faultFromJson(rule);
    } catch (error) {
      throw new HttpError(400, 'bad_fault', (error as Error).message);
    }
  });
}

let forgingKey: ReturnType<typeof generateKeyPairSync>['privateKey'] | undefined;

/**
 * `control.{domain}`: what browser tests use to drive the origin — inject faults, mint
 * tokens (the part an app's backend does), read uploads, beacons and the live clock, and drive
 * the encoder of a low-latency live stream (`/live/{id}/…`).
 */
export async function handleControl(ctx: RequestContext): Promise<void> {
  const { state, res } = ctx;
  const route = `${ctx.req.method ?? 'GET'} ${ctx.url.pathname}`;
  switch (route) {
    case 'POST /faults': {
      for (const rule of faultRules(await readJson(ctx.req))) state.faults.add(rule);
      return sendJson(res, 200, { pending: state.faults.pending });
    }
    case 'DELETE /faults':
      state.faults.clear();
      return sendJson(res, 200, { pending: 0 });
    case 'GET /faults':
      return sendJson(res, 200, {
        pending: state.faults.pending,
        hits: state.faults.hits.map(({ host, method, path }) => ({ host, method, path })),
      });
    case 'GET /uploads':
      return sendJson(res, 200, state.uploads.list());
    case 'GET /beacons':
      return sendJson(res, 200, { beacons: state.beacons.entries, events: state.beacons.events() });
    case 'DELETE /beacons':
      state.beacons.clear();
      return sendJson(res, 200, { beacons: [] });
    case 'POST /tokens': {
      const request = (await readJson(ctx.req)) as TokenRequest | null;
      if (!request?.claims || typeof request.claims.sub !== 'string' || typeof request.claims.aud !== 'string') {
        throw new HttpError(
          400,
          'bad_token_request',
          'expected {"claims": {"sub": "<playback ID>", "aud": "v|t|g|s|d", …}}',
        );
      }
      forgingKey ??= request.forged ? generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey : undefined;
      const token = mintToken(state.key, request.claims, {
        expiresIn: request.expiresIn,
        kid: request.kid,
        privateKey: request.forged ? forgingKey : undefined,
      });
      return sendJson(res, 200, { token });
    }
    case 'POST /reset':
      state.faults.clear();
      state.beacons.clear();
      state.lowLatency.reset();
      state.clock.freeze(null);
      return sendJson(res, 200, { reset: true });
    case 'GET /clock':
      return sendJson(res, 200, { now: state.clock.now(), startedAt: state.clock.startedAt });
    case 'POST /clock': {
      const body = (await readJson(ctx.req)) as { frozenAt?: unknown } | null;
      const frozenAt = body?.frozenAt;
      if (frozenAt !== null && typeof frozenAt !== 'number') {
        throw new HttpError(400, 'bad_clock_request', 'expected {"frozenAt": <ms after the origin started> | null}');
      }
      try {
        state.clock.freeze(frozenAt);
      } catch (error) {
        throw new HttpError(400, 'bad_clock_request', (error as Error).message);
      }
      return sendJson(res, 200, { now: state.clock.now(), frozen: state.clock.frozen });
    }
    default: {
      const live = /^\/live\/([^/]+)(?:\/([a-z]+))?$/.exec(ctx.url.pathname);
      if (live?.[1]) return handleLiveControl(ctx, decodeURIComponent(live[1]), live[2]);
      const upload = /^GET \/uploads\/([A-Za-z0-9_-]+)$/.exec(route);
      if (upload?.[1]) return sendJson(res, 200, state.uploads.status(upload[1]));
      throw new HttpError(404, 'not_found', `no control endpoint ${route}`);
    }
  }
}
