/** Where the run's media origin listens, and its control client for test pages. */
import { controlClient, type TokenRequest, type UploadReport } from '@videokit/media-origin/control-client';

export type { FaultRule } from '@videokit/media-origin/control-client';

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

const client = controlClient(domain);

/** `http://{service}.localhost:{port}{path}` */
export const originUrl = client.url;

/** Mints a playback token as an app's backend would (RS256, the origin's test key). */
export const mintToken = (
  claims: TokenRequest['claims'],
  options: { expiresIn?: number; forged?: boolean } = {},
): Promise<string> => client.mintToken({ claims, ...options });

export const addFault = client.addFault;
export const resetOrigin = client.reset;
export const uploadStatus = (id: string): Promise<UploadReport> => client.uploadStatus(id);
export const beacons = client.beacons;
export const setOriginClock = client.setClock;
