import type { RequestContext } from './context.ts';
import { HttpError, own, readJson, sendJson } from './http.ts';
import { authorize } from './playback-access.ts';

const CDM_NAMES: Record<string, string> = {
  widevine: 'Widevine',
  playready: 'PlayReady',
  fairplay: 'FairPlay',
};

/** Answers a W3C ClearKey license request (`{"kids":[…]}`) with the fixture's key. */
async function clearKeyLicense(ctx: RequestContext, playbackId: string): Promise<void> {
  const access = authorize(ctx.state, playbackId, ctx.url, 'd');
  const encryption = ctx.state.assets.get(access.entry.asset).encryption;
  if (!encryption) throw new HttpError(400, 'not_drm', `playback ID "${playbackId}" is not DRM protected`);
  if (ctx.req.method !== 'POST') throw new HttpError(405, 'method_not_allowed', 'POST the license request');
  const request = (await readJson(ctx.req)) as { kids?: unknown };
  if (!Array.isArray(request.kids) || !request.kids.every((kid) => typeof kid === 'string')) {
    throw new HttpError(
      400,
      'bad_license_request',
      'expected a ClearKey license request {"kids": ["<base64url KID>"]}',
    );
  }
  const kid = Buffer.from(encryption.keyId, 'hex').toString('base64url');
  if (!request.kids.includes(kid)) {
    throw new HttpError(400, 'unknown_kid', `no key for KIDs ${request.kids.join(', ')}; this asset's KID is ${kid}`);
  }
  sendJson(ctx.res, 200, {
    keys: [{ kty: 'oct', kid, k: Buffer.from(encryption.key, 'hex').toString('base64url') }],
    type: 'temporary',
  });
}

/** `license.{domain}`: ClearKey licenses here; Widevine, PlayReady and FairPlay need CDMs this origin lacks. */
export async function handleLicense(ctx: RequestContext): Promise<void> {
  const match = /^\/(license|appcert)\/([a-z]+)\/([^/]+)$/.exec(ctx.url.pathname);
  if (!match) throw new HttpError(404, 'not_found', `no license resource at ${ctx.url.pathname}`);
  const [, kind, system = '', playbackId = ''] = match;
  if (kind === 'license' && system === 'clearkey') return clearKeyLicense(ctx, playbackId);
  const name = own(CDM_NAMES, system);
  if (!name || (kind === 'appcert' && system !== 'fairplay')) {
    throw new HttpError(404, 'not_found', `no ${kind} endpoint for key system "${system}"`);
  }
  authorize(ctx.state, playbackId, ctx.url, 'd');
  throw new HttpError(
    403,
    'cdm_unavailable',
    `this origin has no ${name} license server; use ClearKey for local tests`,
  );
}
