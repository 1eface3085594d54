import { fileURLToPath } from 'node:url';
import type { RequestContext } from './context.ts';
import { HttpError, sendFile } from './http.ts';

const SENDER = fileURLToPath(new URL('../stand-ins/cast_sender.js', import.meta.url));

/**
 * `cast.{domain}`: the local stand-in for Google's Cast sender framework, at the path the real
 * one has (`/cv/js/sender/v1/cast_sender.js`), so players can point their SDK URL here in tests.
 */
export async function handleCast(ctx: RequestContext): Promise<void> {
  if (ctx.url.pathname !== '/cv/js/sender/v1/cast_sender.js') {
    throw new HttpError(
      404,
      'not_found',
      `no cast resource at ${ctx.url.pathname}; the sender is /cv/js/sender/v1/cast_sender.js`,
    );
  }
  await sendFile(ctx.req, ctx.res, SENDER);
}
