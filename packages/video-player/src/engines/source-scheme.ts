/**
 * `src` in a scheme the player never loads (`javascript:`, `file:`, `about:`…) is refused by the
 * engine before it touches the media or the network, naming `src` and the scheme. It lives with
 * the engines (loaded on demand) rather than in the eager source resolution.
 */
import { PlayerError } from '@videokit/core';

const WEB_SCHEMES = ['http:', 'https:', 'blob:', 'data:'];

/** The error for a URL in a scheme the player does not load; undefined for web URLs. */
export function refusedScheme(url: string): PlayerError | undefined {
  let scheme: string;
  try {
    // The browser's own parser, so `java\tscript:` is seen as what it becomes.
    scheme = new URL(url, document.baseURI).protocol;
  } catch {
    return undefined; // not a URL: the request fails and says so
  }
  if (WEB_SCHEMES.includes(scheme)) return undefined;
  return new PlayerError(
    'INVALID_ATTRIBUTE',
    `src uses the "${scheme}" scheme, which the player never loads: use an http:, https:, blob: or data: URL`,
    { fatal: true, context: { attribute: 'src', value: scheme } },
  );
}
