/**
 * One HTTP request over XMLHttpRequest: the only browser API that reports upload progress
 * for an ordinary request body. A stall (no progress and no answer for `stallMs`) and an
 * abort both end the request as a `RequestFailure`, never as a response.
 */

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Blob | null;
  /** Abandon the request when nothing moves for this long (ms). */
  stallMs: number;
  signal: AbortSignal;
  /** Body bytes sent so far. */
  onProgress?: (sent: number) => void;
}

export interface HttpResponse {
  status: number;
  header(name: string): string | null;
  /** Every response header the page may read, names in lower case. */
  headers: Record<string, string>;
  text: string;
}

/** A response as UpChunk's events carry it (the `xhr` package's shape). */
export interface ChunkResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  method: string;
  url: string;
}

export const toChunkResponse = (response: HttpResponse, method: string, url: string): ChunkResponse => ({
  statusCode: response.status,
  headers: response.headers,
  body: response.text,
  method,
  url,
});

/** `getAllResponseHeaders()` as an object with lower-case names. */
export function parseHeaders(raw: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of raw.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = Object.hasOwn(headers, name) ? `${headers[name] ?? ''}, ${value}` : value;
  }
  return headers;
}

/** `network`: no answer (connection lost, offline, refused, CORS); `stall`; `abort`: we stopped it. */
export type FailureKind = 'network' | 'stall' | 'abort';

export class RequestFailure extends Error {
  override readonly name = 'RequestFailure';
  constructor(readonly kind: FailureKind) {
    super(
      kind === 'stall'
        ? 'the request made no progress and was abandoned'
        : kind === 'abort'
          ? 'the request was stopped'
          : 'the connection failed before the server answered',
    );
  }
}

export function send(request: HttpRequest): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    if (request.signal.aborted) {
      reject(new RequestFailure('abort'));
      return;
    }
    const xhr = new XMLHttpRequest();
    let stallTimer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const finish = (): boolean => {
      if (settled) return false;
      settled = true;
      clearTimeout(stallTimer);
      request.signal.removeEventListener('abort', onAbort);
      return true;
    };
    // Settles before calling xhr.abort(), whose synchronous abort event must not win.
    const fail = (kind: FailureKind): void => {
      if (!finish()) return;
      reject(new RequestFailure(kind));
      xhr.abort();
    };
    const armStall = (): void => {
      clearTimeout(stallTimer);
      stallTimer = setTimeout(() => {
        fail('stall');
      }, request.stallMs);
    };
    const onAbort = (): void => {
      fail('abort');
    };

    xhr.open(request.method, request.url);
    for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      armStall();
      request.onProgress?.(event.loaded);
    };
    xhr.onprogress = armStall;
    xhr.onload = () => {
      if (!finish()) return;
      resolve({
        status: xhr.status,
        header: (name) => xhr.getResponseHeader(name),
        headers: parseHeaders(xhr.getAllResponseHeaders()),
        text: xhr.responseText,
      });
    };
    xhr.onerror = () => {
      fail('network');
    };
    // Our own xhr.abort() calls settle first; this catches any other abort.
    xhr.onabort = () => {
      fail('abort');
    };
    request.signal.addEventListener('abort', onAbort);
    armStall();
    xhr.send(request.body);
  });
}
