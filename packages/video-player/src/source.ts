import {
  hlsUrl,
  parseExtraSourceParams,
  parseModifierAttributes,
  PlayerError,
  posterWithCheck,
  type InputProblem,
  type TokenCheck,
} from '@videokit/core';
import type { DrmSource } from './drm/drm-source.ts';
import { loadTokenCheck, loadedTokenCheck } from './token-check.ts';

/** The element's inputs that decide what plays, as plain values. */
export interface SourceInputs {
  playbackId: string | undefined;
  src: string | undefined;
  domain: string | undefined;
  playbackToken: string | undefined;
  drmToken: string | undefined;
  thumbnailToken: string | undefined;
  /** Modifier attributes by their kebab-case names. */
  modifierAttributes: Record<string, string | null>;
  extraSourceParams: string | Record<string, string | number | boolean> | undefined;
  thumbnailTime: number | undefined;
  now: number;
}

export type ResolvedSource =
  | { status: 'empty' }
  /** A token waits for the token check to load (see token-check.ts). */
  | { status: 'checking' }
  | { status: 'invalid'; error: PlayerError; problems: InputProblem[] }
  | { status: 'ready'; url: string; kind: 'hls' | 'mp4'; warnings: InputProblem[]; drm?: DrmSource };

const MP4 = /\.(mp4|m4a|m4v|mov|webm)(\?|#|$)/i;

function invalid(problems: InputProblem[]): ResolvedSource {
  const [first] = problems;
  const error = new PlayerError('INVALID_ATTRIBUTE', problems.map((problem) => problem.message).join('\n'), {
    fatal: true,
    context: { attribute: first?.attribute, value: first?.value },
  });
  return { status: 'invalid', error, problems };
}

/**
 * Turns attributes into the URL to play, or into the precise reason it cannot play, before any
 * request is made: a bad modifier, an expired or mismatched token, a modifier beside a token.
 * `check` is the token check, undefined while it loads.
 */
export function resolveSource(inputs: SourceInputs, check: TokenCheck | undefined): ResolvedSource {
  if (inputs.src) return { status: 'ready', url: inputs.src, kind: MP4.test(inputs.src) ? 'mp4' : 'hls', warnings: [] };
  const playbackId = inputs.playbackId?.trim();
  if (!playbackId) return { status: 'empty' };

  const { modifiers, problems } = parseModifierAttributes(inputs.modifierAttributes);
  const extra = parseExtraSourceParams(inputs.extraSourceParams);
  problems.push(...extra.problems);
  if (problems.length) return invalid(problems);

  // An empty attribute means no token.
  const token = inputs.playbackToken?.trim() ? inputs.playbackToken.trim() : undefined;
  const drmToken = inputs.drmToken?.trim() ? inputs.drmToken.trim() : undefined;
  if ((token || drmToken) && !check) return { status: 'checking' };
  if (token && check) {
    const tokenError = check(token, {
      audience: 'v',
      playbackId,
      attribute: 'playback-token',
      now: inputs.now,
    });
    if (tokenError) return { status: 'invalid', error: tokenError, problems: [] };
  }
  if (drmToken && check) {
    const drmError = check(drmToken, { audience: 'd', playbackId, attribute: 'drm-token', now: inputs.now });
    if (drmError) return { status: 'invalid', error: drmError, problems: [] };
  }
  try {
    const { url, warnings } = hlsUrl({
      playbackId,
      domain: inputs.domain,
      token,
      modifiers,
      extraParams: extra.params,
    });
    // A signed URL carries the token alone; the platform refuses anything beside it.
    if (token && warnings.length) return invalid(warnings);
    const drm = drmToken ? { playbackId, domain: inputs.domain, token: drmToken } : undefined;
    return { status: 'ready', url, kind: 'hls', warnings, ...(drm ? { drm } : {}) };
  } catch (error) {
    if (error instanceof PlayerError) return { status: 'invalid', error, problems: [] };
    throw error;
  }
}

/**
 * The poster derived from the playback ID, or undefined (with the reason) when it cannot be: core's
 * one rule. With a thumbnail token, none until the token check has loaded; then `loaded` runs.
 */
export function derivedPoster(inputs: SourceInputs, loaded: () => void): { url?: string; problem?: PlayerError } {
  const check = loadedTokenCheck();
  if (inputs.thumbnailToken?.trim() && !check) {
    void loadTokenCheck().then(loaded);
    return {};
  }
  const poster = {
    playbackId: inputs.playbackId,
    domain: inputs.domain,
    playbackToken: inputs.playbackToken,
    thumbnailToken: inputs.thumbnailToken,
    thumbnailTime: inputs.thumbnailTime,
    now: inputs.now,
  };
  // Without a thumbnail token nothing is checked.
  return posterWithCheck(poster, check ?? (() => null));
}
