import { expect } from '@esm-bundle/chai';
import { hlsDrmConfig, robustnessFallback } from './hls-drm-config.ts';

const drm = { playbackId: 'abc123', token: 'header.payload.signature' };

describe('hlsDrmConfig', () => {
  it('points Widevine, PlayReady and FairPlay at the platform licence service', () => {
    const config = hlsDrmConfig({ ...drm, domain: undefined });
    expect(config.emeEnabled).to.equal(true);
    expect(config.drmSystems).to.deep.equal({
      'com.widevine.alpha': { licenseUrl: `https://license.mux.com/license/widevine/abc123?token=${drm.token}` },
      'com.microsoft.playready': { licenseUrl: `https://license.mux.com/license/playready/abc123?token=${drm.token}` },
      'com.apple.fps': {
        licenseUrl: `https://license.mux.com/license/fairplay/abc123?token=${drm.token}`,
        serverCertificateUrl: `https://license.mux.com/appcert/fairplay/abc123?token=${drm.token}`,
      },
    });
  });

  it('uses the custom domain, and adds ClearKey only for a local one', () => {
    const custom = hlsDrmConfig({ ...drm, domain: 'video.example.com' });
    expect(custom.drmSystems?.['com.widevine.alpha']?.licenseUrl).to.equal(
      `https://license.video.example.com/license/widevine/abc123?token=${drm.token}`,
    );
    expect(custom.drmSystems).to.not.have.property('org.w3.clearkey');
    const local = hlsDrmConfig({ ...drm, domain: 'localhost:4000' });
    expect(local.drmSystems?.['org.w3.clearkey']?.licenseUrl).to.equal(
      `http://license.localhost:4000/license/clearkey/abc123?token=${drm.token}`,
    );
  });
});

describe('robustnessFallback', () => {
  const configurations: MediaKeySystemConfiguration[] = [
    { videoCapabilities: [{ contentType: 'video/mp4; codecs="avc1.64001f"', robustness: '' }] },
  ];

  it('asks Widevine for hardware-secure decoding first, then what was asked', async () => {
    const asked: string[] = [];
    const request = robustnessFallback((keySystem, configs) => {
      const robustness = configs[0]?.videoCapabilities?.[0]?.robustness ?? '';
      asked.push(`${keySystem}:${robustness}`);
      return robustness === 'HW_SECURE_ALL'
        ? Promise.reject(new Error('no L1'))
        : Promise.resolve({} as MediaKeySystemAccess);
    });
    await request('com.widevine.alpha', configurations);
    expect(asked).to.deep.equal(['com.widevine.alpha:HW_SECURE_ALL', 'com.widevine.alpha:']);
  });

  it('passes other key systems through unchanged', async () => {
    const asked: string[] = [];
    const request = robustnessFallback((keySystem, configs) => {
      asked.push(`${keySystem}:${configs[0]?.videoCapabilities?.[0]?.robustness ?? ''}`);
      return Promise.resolve({} as MediaKeySystemAccess);
    });
    await request('org.w3.clearkey', configurations);
    expect(asked).to.deep.equal(['org.w3.clearkey:']);
  });
});
