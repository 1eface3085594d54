/** Where the run's media origin listens, and helpers to drive it from a test page. */
declare global {
  interface Window {
    videokitOrigin?: { port: number };
  }
}

function originPort(): number {
  const port = window.videokitOrigin?.port;
  if (!port) throw new Error('window.videokitOrigin is missing: run browser tests with `npm run test:browser`');
  return port;
}

export const port = originPort();

/** The `custom-domain` that points the platform's URLs at the local origin. */
export const domain = `localhost:${port}`;

/** `http://{service}.localhost:{port}{path}` */
export const originUrl = (service: string, path = '/'): string => `http://${service}.localhost:${port}${path}`;

async function control<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(originUrl('control', path), {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control ${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Mints a playback token as an app's backend would (RS256, the origin's test key). */
export async function mintToken(
  claims: { sub: string; aud: string; [claim: string]: unknown },
  options: { expiresIn?: number; forged?: boolean } = {},
): Promise<string> {
  const { token } = await control<{ token: string }>('POST', '/tokens', { claims, ...options });
  return token;
}

export interface FaultRule {
  host?: string;
  method?: string;
  path?: string;
  pathPattern?: string;
  times?: number;
  status?: number;
  body?: string;
  delayMs?: number;
  drop?: 'response' | 'request';
  afterBytes?: number;
  /** Replace every match of `pattern` (a RegExp source) in the real response body. */
  rewrite?: { pattern: string; replacement: string };
  /** Extra headers on a `status` answer. */
  headers?: Record<string, string>;
}

export const addFault = (rule: FaultRule | FaultRule[]): Promise<unknown> => control('POST', '/faults', rule);
export const resetOrigin = (): Promise<unknown> => control('POST', '/reset');
export const uploadStatus = (
  id: string,
): Promise<{ received: number; total: number | null; complete: boolean; sha256: string }> =>
  control('GET', `/uploads/${id}`);
export const beacons = (): Promise<{ events: Record<string, unknown>[] }> => control('GET', '/beacons');
/** Stops the origin's clock `frozenAt` ms after its start (the live playlists stand still), or restarts it with `null`. */
export const setOriginClock = (frozenAt: number | null): Promise<unknown> => control('POST', '/clock', { frozenAt });
