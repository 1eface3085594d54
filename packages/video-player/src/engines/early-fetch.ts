import type { EarlyResponse } from './startup-loader.ts';

/**
 * A request hls.js will make, made now: the body as bytes and the timings hls.js would have
 * measured. Rejects on a non-2xx answer (hls.js then asks again and reports what it gets).
 */
export function earlyFetch(url: string, signal: AbortSignal): Promise<EarlyResponse> {
  const start = performance.now();
  const response = fetch(url, { signal, priority: 'high' }).then(async (answer) => {
    if (!answer.ok) throw new Error(`HTTP ${String(answer.status)}`);
    const first = performance.now();
    const data = await answer.arrayBuffer();
    return { url: answer.url, status: answer.status, data, start, first, end: performance.now() };
  });
  // Its failure is hls.js's to meet; nobody else waits on it.
  response.catch(() => undefined);
  return response;
}
