/**
 * Token checks load with the first token: most pages play public playback IDs and never need
 * them, so they stay out of the eager bundle. Until loaded, a source with a token waits
 * (`status: 'checking'`) and its derived poster is not requested: nothing is fetched before the check.
 */
import type { TokenCheck } from '@videokit/core';

let loaded: TokenCheck | undefined;
let loading: Promise<TokenCheck> | undefined;

/** The check, once it has loaded. */
export const loadedTokenCheck = (): TokenCheck | undefined => loaded;

/** Loads the check (once per page). */
export function loadTokenCheck(): Promise<TokenCheck> {
  loading ??= import('./token-check-code.ts').then((module) => (loaded = module.checkToken));
  return loading;
}
