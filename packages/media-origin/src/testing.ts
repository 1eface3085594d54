import { request as httpRequest, type ClientRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { Origin } from './server.ts';

export interface TestResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
  /** `X-Videokit-Reason` of a refusal. */
  reason: string | undefined;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- a typed view of the body for assertions
  json<T = unknown>(): T;
}

export interface TestRequest {
  method?: string;
  headers?: Record<string, string | number>;
  body?: Buffer | string;
}

/** Where a test request goes: only the port matters, so a CLI-started origin works too. */
export type OriginAddress = Pick<Origin, 'port'>;

function collect(
  res: IncomingMessage,
  resolve: (response: TestResponse) => void,
  reject: (error: Error) => void,
): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('error', reject);
  res.on('end', () => {
    const bytes = Buffer.concat(chunks);
    const text = bytes.toString('utf8');
    resolve({
      status: res.statusCode ?? 0,
      headers: res.headers,
      body: bytes,
      text,
      reason: res.headers['x-videokit-reason'] as string | undefined,
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- as above
      json: <T>() => JSON.parse(text) as T,
    });
  });
}

export interface OpenRequest {
  /** Write the body piece by piece, then `end()` it, or `destroy()` it to drop the connection. */
  req: ClientRequest;
  response: Promise<TestResponse>;
}

/**
 * A request whose body the test sends itself, to stall or drop it mid-body. Without a
 * `Content-Length` header the body goes out chunked.
 */
export function openRequest(
  origin: OriginAddress,
  service: string,
  path: string,
  init: Omit<TestRequest, 'body'> = {},
): OpenRequest {
  const req = httpRequest({
    host: '127.0.0.1',
    port: origin.port,
    path,
    method: init.method ?? 'PUT',
    headers: { Host: `${service}.localhost:${origin.port}`, ...init.headers },
    // A private socket: a dropped connection must not poison the shared keep-alive pool.
    agent: false,
  });
  const response = new Promise<TestResponse>((resolve, reject) => {
    req.once('response', (res) => collect(res, resolve, reject));
    req.once('error', reject);
  });
  // Callers that only drop the request never read the response.
  response.catch(() => undefined);
  return { req, response };
}

/**
 * An HTTP request to one service of the origin, sent to 127.0.0.1 with the service's `Host`
 * header (Node does not resolve `*.localhost` the way Chromium does).
 */
export function request(
  origin: OriginAddress,
  service: string,
  path: string,
  init: TestRequest = {},
): Promise<TestResponse> {
  return new Promise((resolve, reject) => {
    const body = typeof init.body === 'string' ? Buffer.from(init.body) : init.body;
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: origin.port,
        path,
        method: init.method ?? 'GET',
        headers: {
          Host: `${service}.localhost:${origin.port}`,
          ...(body ? { 'Content-Length': body.length } : {}),
          ...init.headers,
        },
      },
      (res) => collect(res, resolve, reject),
    );
    req.on('error', reject);
    req.end(body);
  });
}
