/**
 * The mappings from failures (HTTP responses, hls.js errors, media errors) to `PlayerError`s,
 * as their own entry: players import it when something fails, so the wording of every failure
 * is not part of the code that has to load before the first frame.
 */
export { errorFromHls, errorFromMediaError, type HlsErrorContext, type HlsErrorLike } from './hls-errors.ts';
export { errorFromHttp, errorFromResponse, readReason, REASON_HEADER, type HttpFailure } from './http-errors.ts';
export { storyboardError } from './storyboard-errors.ts';
