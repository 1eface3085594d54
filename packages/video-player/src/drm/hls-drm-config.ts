import { fairplayCertificateUrl, isLocalDomain, licenseUrl, DEFAULT_DOMAIN } from '@videokit/core';
import type { HlsConfig } from 'hls.js';
import type { DrmSource } from './drm-source.ts';

type RequestAccess = (
  keySystem: string,
  configurations: MediaKeySystemConfiguration[],
) => Promise<MediaKeySystemAccess>;

const WIDEVINE = 'com.widevine.alpha';

/** The same configurations, asking for hardware-secure video decoding. */
function hardwareSecure(configurations: MediaKeySystemConfiguration[]): MediaKeySystemConfiguration[] {
  return configurations.map((configuration) => ({
    ...configuration,
    videoCapabilities: configuration.videoCapabilities?.map((capability) => ({
      ...capability,
      robustness: 'HW_SECURE_ALL',
    })),
  }));
}

/**
 * Widevine first with hardware-secure robustness (studios' highest tier, where the device has
 * it), then with what hls.js asked for; every other key system as asked.
 */
export function robustnessFallback(request: RequestAccess): RequestAccess {
  return async (keySystem, configurations) => {
    if (keySystem !== WIDEVINE) return request(keySystem, configurations);
    try {
      return await request(keySystem, hardwareSecure(configurations));
    } catch {
      return request(keySystem, configurations);
    }
  };
}

/**
 * hls.js EME settings for a DRM playback ID: Widevine, PlayReady and FairPlay licences from the
 * platform's licence service, plus ClearKey when the licences come from a local origin (the
 * platform itself never serves ClearKey; the local origin does, so DRM is testable in any browser).
 */
export function hlsDrmConfig(
  drm: DrmSource,
  request: RequestAccess = (keySystem, configurations) =>
    navigator.requestMediaKeySystemAccess(keySystem, configurations),
): Partial<HlsConfig> {
  const { playbackId, token } = drm;
  const domain = drm.domain ?? DEFAULT_DOMAIN;
  const license = (keySystem: 'widevine' | 'playready' | 'fairplay' | 'clearkey'): string =>
    licenseUrl({ keySystem, playbackId, domain, token });
  return {
    emeEnabled: true,
    drmSystems: {
      'com.widevine.alpha': { licenseUrl: license('widevine') },
      'com.microsoft.playready': { licenseUrl: license('playready') },
      'com.apple.fps': {
        licenseUrl: license('fairplay'),
        serverCertificateUrl: fairplayCertificateUrl({ playbackId, domain, token }),
      },
      ...(isLocalDomain(domain) ? { 'org.w3.clearkey': { licenseUrl: license('clearkey') } } : {}),
    },
    requestMediaKeySystemAccessFunc: robustnessFallback(request),
  };
}
