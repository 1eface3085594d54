/**
 * The one place stories learn where the local media origin is, and the few calls they make to
 * its control host (what an app's backend would do: mint tokens, create uploads).
 *
 * The domain is, first match wins: `?videokit-origin=localhost:5555` on the preview URL, the
 * `videokitOriginDomain` global (set in the preview head from `VIDEOKIT_ORIGIN` at build time, and
 * replaced by a server that serves the built Storybook against another origin), or
 * `localhost:4000`, where `npm run storybook` starts it.
 */
declare global {
  interface Window {
    videokitOriginDomain?: string;
  }
}

function originDomain(): string {
  if (typeof window === 'undefined') return 'localhost:4000';
  const fromQuery = new URLSearchParams(window.location.search).get('videokit-origin');
  return fromQuery ?? window.videokitOriginDomain ?? 'localhost:4000';
}

export const ORIGIN_DOMAIN = originDomain();

/** `http://{host}.{domain}{path}` on the local origin. */
export const originUrl = (host: string, path: string): string => `http://${host}.${ORIGIN_DOMAIN}${path}`;

async function control<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(originUrl('control', path), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control ${path}: ${String(response.status)} ${await response.text()}`);
  return (await response.json()) as T;
}

export type Audience = 'v' | 't' | 'g' | 's' | 'd';

/** A token signed by the origin's key, as an app's backend mints it; negative `expiresIn` is expired. */
export async function mintToken(sub: string, aud: Audience, expiresIn?: number): Promise<string> {
  const { token } = await control<{ token: string }>('/tokens', { claims: { sub, aud }, expiresIn });
  return token;
}

/** A fresh direct upload URL, as an app's backend creates one. */
export async function createUploadUrl(): Promise<string> {
  const response = await fetch(originUrl('upload', '/uploads'), { method: 'POST' });
  if (!response.ok) throw new Error(`POST /uploads: ${String(response.status)}`);
  const { url } = (await response.json()) as { url: string };
  return url;
}

/** Injects a fault on the origin (see packages/media-origin/src/faults.ts). */
export async function injectFault(rule: {
  host?: string;
  method?: string;
  path?: string;
  times?: number;
  status?: number;
  delayMs?: number;
}): Promise<void> {
  await control('/faults', rule);
}

/**
 * Drives the encoder of a low-latency live ID (`disconnect`, `{ slate: true }` with it, `reconnect`,
 * `end`), as the platform's encoder would behave.
 */
export async function liveEncoder(playbackId: string, action: string, body: object = {}): Promise<void> {
  await control(`/live/${playbackId}/${action}`, body);
}

/** A fresh, connected encoder for one low-latency live ID (the others keep theirs). */
export async function restartLiveEncoder(playbackId: string): Promise<void> {
  await control(`/live/${playbackId}/restart`, {});
}
