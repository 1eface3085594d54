/**
 * Tokens are credentials: they must never reach messages, logs or analytics beacons. These
 * helpers strip them from anything the player reports.
 */

const TOKEN_PARAM = /(\btoken=)[^&#\s]*/gi;
/** A JWT: base64url JSON header (always starts `eyJ`), payload and signature. */
const JWT = /\beyJ[\w-]*\.[\w-]*\.[\w-]*/g;

/** Replaces `token=` values and anything shaped like a JWT with `[redacted]`. */
export function redactTokens(text: string): string {
  return text.replace(TOKEN_PARAM, '$1[redacted]').replace(JWT, '[redacted]');
}
