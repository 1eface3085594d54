/**
 * The origin's control host (`control.{domain}`) as tests, stories and demo pages call it: what
 * an app's backend would do (mint tokens, create uploads) and what a test drives (faults, the
 * clock, live encoders, beacons). Browser-safe: `fetch` only.
 */

/** A fault as `POST /faults` takes it (see faults.ts). */
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

export interface TokenRequest {
  claims: { sub: string; aud: string; [claim: string]: unknown };
  /** Seconds; negative mints an expired token. */
  expiresIn?: number | undefined;
  /** Signed with a key the origin does not trust. */
  forged?: boolean | undefined;
}

export interface UploadReport {
  received: number;
  total: number | null;
  complete: boolean;
  sha256: string;
}

/** A client of the origin whose domain is `domain` (e.g. `localhost:4000`). */
export function controlClient(domain: string) {
  /** `http://{service}.{domain}{path}` */
  const url = (service: string, path = '/'): string => `http://${service}.${domain}${path}`;

  async function control<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(url('control', path), {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`control ${method} ${path}: ${String(response.status)} ${await response.text()}`);
    return (await response.json()) as T;
  }

  return {
    url,
    /** A token signed by the origin's key, as an app's backend mints it. */
    mintToken: async (request: TokenRequest): Promise<string> =>
      (await control<{ token: string }>('POST', '/tokens', request)).token,
    /** A fresh direct upload URL, as an app's backend creates one. */
    createUploadUrl: async (): Promise<string> => {
      const response = await fetch(url('upload', '/uploads'), { method: 'POST' });
      if (!response.ok) throw new Error(`POST /uploads: ${String(response.status)}`);
      return ((await response.json()) as { url: string }).url;
    },
    addFault: (rule: FaultRule | FaultRule[]): Promise<unknown> => control('POST', '/faults', rule),
    /** Clears faults and beacons, restarts the live encoders and the clock. */
    reset: (): Promise<unknown> => control('POST', '/reset'),
    uploadStatus: (id: string): Promise<UploadReport> => control('GET', `/uploads/${id}`),
    beacons: (): Promise<{ events: Record<string, unknown>[] }> => control('GET', '/beacons'),
    /** Stops the origin's clock `frozenAt` ms after its start (live playlists stand still), or restarts it with `null`. */
    setClock: (frozenAt: number | null): Promise<unknown> => control('POST', '/clock', { frozenAt }),
    /** The state of a low-latency live ID's encoder. */
    liveState: (playbackId: string): Promise<{ state?: string }> => control('GET', `/live/${playbackId}`),
    /**
     * Drives the encoder of a low-latency live ID (`disconnect`, with `{ slate: true }` for a slate,
     * `reconnect`, `end`, `restart`), as the platform's encoder would behave.
     */
    liveEncoder: (playbackId: string, action: string, body: object = {}): Promise<unknown> =>
      control('POST', `/live/${playbackId}/${action}`, body),
  };
}

export type ControlClient = ReturnType<typeof controlClient>;
