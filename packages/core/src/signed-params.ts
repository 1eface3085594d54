import type { InputProblem } from './modifiers.ts';

/** A parameter a URL would carry for a public playback ID. */
export interface UrlParam {
  /** What set it: an element attribute, `extra-source-params`, or the query name for image options. */
  attribute: string;
  /** The platform's query/claim name. */
  param: string;
  value: string | number | boolean;
}

/** How one parameter reads in a message: `max-resolution="360p"` or `extra-source-params asset_start_time=10`. */
function source({ attribute, param, value }: UrlParam): { shown: string; value: string } {
  if (attribute === param) return { shown: `${param}=${value}`, value: String(value) };
  if (attribute === 'extra-source-params')
    return { shown: `${attribute} ${param}=${value}`, value: `${param}=${value}` };
  return { shown: `${attribute}="${value}"`, value: String(value) };
}

/**
 * Signed URLs carry only `token` (seed "Note on query parameters after signing"): every parameter
 * must be a claim of the token instead. One warning per parameter says so and names the claim.
 * `stops`: the caller refuses to play rather than play without the parameter (the stream), so the
 * message says playback stops; otherwise (images) the parameter is left out and the image loads.
 */
export function paramsMovedToClaims(
  params: readonly UrlParam[],
  tokenAttribute: string,
  stops = false,
): InputProblem[] {
  return params.map((entry) => {
    const { shown, value } = source(entry);
    const claim = `add ${JSON.stringify(entry.param)}: ${JSON.stringify(entry.value)} to the token's claims on your server`;
    return {
      attribute: entry.attribute,
      value,
      message: stops
        ? `${shown} cannot be used with ${tokenAttribute}, so playback stops: signed URLs carry only the token; ${claim} and remove ${shown}`
        : `${shown} is left out of the URL because ${tokenAttribute} is set: signed URLs carry only the token, so ${claim}`,
    };
  });
}

/** `?a=1&b=2`, or '' when there are no parameters. */
export function queryString(params: URLSearchParams): string {
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The query for a URL: `?token=…` alone when signed, else the parameters. */
export function signedOrPublic(
  params: readonly UrlParam[],
  token: string | undefined,
  tokenAttribute: string,
  stops = false,
): { query: string; warnings: InputProblem[] } {
  if (token) {
    return {
      query: queryString(new URLSearchParams({ token })),
      warnings: paramsMovedToClaims(params, tokenAttribute, stops),
    };
  }
  const query = new URLSearchParams();
  for (const { param, value } of params) query.append(param, String(value));
  return { query: queryString(query), warnings: [] };
}
