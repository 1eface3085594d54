/**
 * Why a storyboard did not load, worded once for every preview. A storyboard is optional (the
 * video plays on without it), so the error is never fatal; its message and context pass through
 * the token redactor, since a signed storyboard's URL carries its token.
 */
import { errorFromHttp, errorFromResponse } from './http-errors.ts';
import { ErrorCode, PlayerError } from './player-error.ts';
import { redactTokens } from './redact.ts';

/** Thrown while reading metadata that is not a storyboard (the preview's parser names it so). */
const PARSE_ERROR = 'StoryboardParseError';

async function describe(failure: unknown, url: string | undefined): Promise<PlayerError> {
  if (failure instanceof PlayerError) return failure;
  if (typeof Response !== 'undefined' && failure instanceof Response) {
    return errorFromResponse(failure, { category: 'storyboard', url: url ?? failure.url });
  }
  // fetch() rejects with a TypeError when no response came (network, CORS, offline).
  if (failure instanceof TypeError && url) return errorFromHttp({ status: 0, url, category: 'storyboard' });
  const parse = failure instanceof Error && failure.name === PARSE_ERROR;
  return new PlayerError(
    parse ? ErrorCode.MANIFEST_INVALID : ErrorCode.NETWORK,
    failure instanceof Error ? failure.message : String(failure),
    { context: url ? { url } : {} },
  );
}

/**
 * A failed storyboard load as a `PlayerError`: category `storyboard`, `fatal: false`; a refused
 * `Response` by its status and reason (core's HTTP wording), a fetch that got no response as
 * `NETWORK`, unreadable metadata as `MANIFEST_INVALID`. No cause is kept: it may hold the URL.
 */
export async function storyboardError(failure: unknown, url?: string): Promise<PlayerError> {
  const error = await describe(failure, url);
  return new PlayerError(error.code, redactTokens(`<storyboard-preview> storyboard: ${error.message}`), {
    category: 'storyboard',
    fatal: false,
    // A context is a flat record (URL, status, reason, playback ID): each string is redacted.
    context: Object.fromEntries(
      Object.entries(error.context ?? {}).map(([key, value]) => [
        key,
        typeof value === 'string' ? redactTokens(value) : value,
      ]),
    ),
  });
}
