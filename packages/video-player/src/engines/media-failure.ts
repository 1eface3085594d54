/**
 * What a native media error means. The element reports a missing or refused file exactly as it
 * reports one it cannot play ("source not supported", code 4), so for that code the server is
 * asked: a 404 is `NOT_FOUND` naming the URL, a 403 the refusal's reason, no answer `NETWORK`.
 * Only a file the server does serve is called unplayable.
 */
import type { PlayerError } from '@videokit/core';

const SOURCE_NOT_SUPPORTED = 4;

export async function mediaFailure(
  failure: { code: number; message?: string },
  url: string,
  signal: AbortSignal,
): Promise<PlayerError> {
  const mapping = await import('@videokit/core/error-mapping');
  if (failure.code === SOURCE_NOT_SUPPORTED && /^https?:/i.test(url)) {
    let response: Response | undefined;
    try {
      // One byte is enough to learn the status; Range keeps the request CORS-simple.
      response = await fetch(url, { headers: { Range: 'bytes=0-0' }, signal, cache: 'no-store' });
    } catch {
      if (!signal.aborted) return mapping.errorFromHttp({ status: 0, url, category: 'video' });
    }
    if (response && !response.ok) return mapping.errorFromResponse(response, { category: 'video', url });
    void response?.body?.cancel();
  }
  return mapping.errorFromMediaError(failure, { url });
}
