import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
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

/**
 * An HTTP request to one service of the origin, sent to 127.0.0.1 with the service's `Host`
 * header (Node does not resolve `*.localhost` the way Chromium does).
 */
export function request(origin: Origin, service: string, path: string, init: TestRequest = {}): Promise<TestResponse> {
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
      (res) => {
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
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
