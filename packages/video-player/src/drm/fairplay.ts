import { errorFromResponse, fairplayCertificateUrl, licenseUrl, PlayerError } from '@videokit/core';
import type { DrmSource } from './drm-source.ts';

/** What the FairPlay exchange needs from the browser; injectable so the exchange is testable anywhere. */
export interface FairPlayEnvironment {
  requestAccess(keySystem: string, configurations: MediaKeySystemConfiguration[]): Promise<MediaKeySystemAccess>;
  fetch(input: string, init?: RequestInit): Promise<Response>;
  /** Safari before EME had only `WebKitMediaKeys`; its presence explains a failed modern request. */
  hasLegacyWebKitKeys: boolean;
}

const browserEnvironment = (): FairPlayEnvironment => ({
  requestAccess: (keySystem, configurations) => navigator.requestMediaKeySystemAccess(keySystem, configurations),
  fetch: (input, init) => fetch(input, init),
  hasLegacyWebKitKeys: 'WebKitMediaKeys' in globalThis,
});

const drmError = (
  code: 'DRM_UNSUPPORTED' | 'DRM_CERTIFICATE' | 'DRM_KEY',
  message: string,
  cause?: unknown,
): PlayerError => new PlayerError(code, message, { category: 'drm', fatal: true, cause });

/**
 * FairPlay on the browser's own HLS (Safari): on `encrypted`, get key-system access, set the
 * application certificate, create a session, POST its SPC to the licence URL and update the
 * session with the CKC — the platform's documented native flow. Returns a teardown that closes
 * the sessions and detaches the keys.
 */
export function attachFairPlay(
  media: HTMLMediaElement,
  drm: DrmSource,
  onError: (error: PlayerError) => void,
  environment: FairPlayEnvironment = browserEnvironment(),
): () => Promise<void> {
  const sessions: MediaKeySession[] = [];
  const urls = {
    certificate: fairplayCertificateUrl({ playbackId: drm.playbackId, domain: drm.domain, token: drm.token }),
    license: licenseUrl({ keySystem: 'fairplay', playbackId: drm.playbackId, domain: drm.domain, token: drm.token }),
  };
  let keys: Promise<MediaKeys> | undefined;

  const mediaKeys = async (initDataType: string): Promise<MediaKeys> => {
    let access: MediaKeySystemAccess;
    try {
      access = await environment.requestAccess('com.apple.fps', [
        {
          initDataTypes: [initDataType],
          videoCapabilities: [{ contentType: 'application/vnd.apple.mpegurl', robustness: '' }],
          distinctiveIdentifier: 'not-allowed',
          persistentState: 'not-allowed',
          sessionTypes: ['temporary'],
        },
      ]);
    } catch (cause) {
      throw drmError(
        'DRM_UNSUPPORTED',
        environment.hasLegacyWebKitKeys
          ? 'this browser offers FairPlay only through the legacy WebKitMediaKeys API, which the player does not use; update Safari'
          : 'this browser has no FairPlay (com.apple.fps) support; play this stream in Safari, or in a browser with Widevine or PlayReady',
        cause,
      );
    }
    const created = await access.createMediaKeys();
    const response = await environment.fetch(urls.certificate);
    if (!response.ok)
      throw await errorFromResponse(response, { category: 'drm', playbackId: drm.playbackId, url: urls.certificate });
    try {
      await created.setServerCertificate(await response.arrayBuffer());
    } catch (cause) {
      throw drmError('DRM_CERTIFICATE', 'the CDM rejected the FairPlay application certificate', cause);
    }
    await media.setMediaKeys(created);
    return created;
  };

  const license = async (message: ArrayBuffer): Promise<ArrayBuffer> => {
    const response = await environment.fetch(urls.license, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: message,
    });
    if (!response.ok)
      throw await errorFromResponse(response, { category: 'drm', playbackId: drm.playbackId, url: urls.license });
    return response.arrayBuffer();
  };

  const onEncrypted = async (event: MediaEncryptedEvent): Promise<void> => {
    if (!event.initData) return;
    keys ??= mediaKeys(event.initDataType);
    const session = (await keys).createSession('temporary');
    sessions.push(session);
    const spc = new Promise<ArrayBuffer>((resolve) => {
      session.addEventListener('message', (message) => resolve(message.message), { once: true });
    });
    await session.generateRequest(event.initDataType, event.initData);
    try {
      await session.update(await license(await spc));
    } catch (cause) {
      if (cause instanceof PlayerError) throw cause;
      throw drmError('DRM_KEY', 'the CDM rejected the FairPlay licence', cause);
    }
  };

  const listener = (event: Event): void => {
    onEncrypted(event as MediaEncryptedEvent).catch((error: unknown) => {
      onError(error instanceof PlayerError ? error : drmError('DRM_KEY', `FairPlay failed: ${String(error)}`, error));
    });
  };
  media.addEventListener('encrypted', listener);

  return async () => {
    media.removeEventListener('encrypted', listener);
    await Promise.allSettled(sessions.map((session) => session.close()));
    if (keys) await media.setMediaKeys(null).catch(() => undefined);
  };
}
