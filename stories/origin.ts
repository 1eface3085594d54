/**
 * The one place stories learn where the local media origin is, and the few calls they make to
 * its control host (what an app's backend would do: mint tokens, create uploads).
 *
 * The domain is, first match wins: `?videokit-origin=localhost:5555` on the preview URL, the
 * `videokitOriginDomain` global (set in the preview head from `VIDEOKIT_ORIGIN` at build time, and
 * replaced by a server that serves the built Storybook against another origin), or
 * `localhost:4000`, where `npm run storybook` starts it.
 */
import { controlClient, type FaultRule } from '@videokit/media-origin/control-client';

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

const client = controlClient(ORIGIN_DOMAIN);

/** `http://{host}.{domain}{path}` on the local origin. */
export const originUrl = (host: string, path: string): string => client.url(host, path);

export type Audience = 'v' | 't' | 'g' | 's' | 'd';

/** A token signed by the origin's key, as an app's backend mints it; negative `expiresIn` is expired. */
export const mintToken = (sub: string, aud: Audience, expiresIn?: number): Promise<string> =>
  client.mintToken({ claims: { sub, aud }, expiresIn });

/** A fresh direct upload URL, as an app's backend creates one. */
export const createUploadUrl = client.createUploadUrl;

/** Injects a fault on the origin (see packages/media-origin/src/faults.ts). */
export async function injectFault(rule: FaultRule): Promise<void> {
  await client.addFault(rule);
}

/**
 * Drives the encoder of a low-latency live ID (`disconnect`, `{ slate: true }` with it, `reconnect`,
 * `end`), as the platform's encoder would behave.
 */
export async function liveEncoder(playbackId: string, action: string, body: object = {}): Promise<void> {
  await client.liveEncoder(playbackId, action, body);
}

/** A fresh, connected encoder for one low-latency live ID (the others keep theirs). */
export async function restartLiveEncoder(playbackId: string): Promise<void> {
  await client.liveEncoder(playbackId, 'restart');
}
