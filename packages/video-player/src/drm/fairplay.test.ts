import { expect } from '@esm-bundle/chai';
import type { PlayerError } from '@videokit/core';
import { attachFairPlay, type FairPlayEnvironment } from './fairplay.ts';

/** A media element and CDM that record the FairPlay exchange (no FairPlay CDM exists in Chromium). */
function fakeCdm() {
  const steps: string[] = [];
  const session = Object.assign(new EventTarget(), {
    generateRequest(initDataType: string) {
      steps.push(`generateRequest:${initDataType}`);
      queueMicrotask(() => {
        const event = Object.assign(new Event('message'), { message: new TextEncoder().encode('SPC').buffer });
        session.dispatchEvent(event);
      });
      return Promise.resolve();
    },
    update(license: ArrayBuffer) {
      steps.push(`update:${new TextDecoder().decode(license)}`);
      return Promise.resolve();
    },
    close() {
      steps.push('close');
      return Promise.resolve();
    },
  });
  const keys = {
    setServerCertificate(certificate: ArrayBuffer) {
      steps.push(`certificate:${new TextDecoder().decode(certificate)}`);
      return Promise.resolve(true);
    },
    createSession() {
      steps.push('createSession');
      return session;
    },
  };
  const media = Object.assign(new EventTarget(), {
    setMediaKeys(value: unknown) {
      steps.push(value ? 'setMediaKeys' : 'setMediaKeys:null');
      return Promise.resolve();
    },
  });
  return { steps, media: media as unknown as HTMLMediaElement, keys };
}

function environment(steps: string[], keys: unknown, answers: Record<string, Response>): FairPlayEnvironment {
  return {
    hasLegacyWebKitKeys: false,
    requestAccess: (keySystem) => {
      steps.push(`access:${keySystem}`);
      return Promise.resolve({ createMediaKeys: () => Promise.resolve(keys) } as unknown as MediaKeySystemAccess);
    },
    fetch: (url, init) => {
      steps.push(`${init?.method ?? 'GET'} ${url}`);
      const answer = Object.entries(answers).find(([prefix]) => url.includes(prefix))?.[1];
      return Promise.resolve(answer ?? new Response('missing', { status: 404 }));
    },
  };
}

const encrypted = (): Event =>
  Object.assign(new Event('encrypted'), { initDataType: 'skd', initData: new Uint8Array([1, 2, 3]).buffer });

const drm = { playbackId: 'abc123', domain: 'localhost:4000', token: 'drm.jwt.token' };

describe('attachFairPlay', () => {
  it('runs the documented exchange: access, certificate, session, SPC to the licence, CKC to the session', async () => {
    const { steps, media, keys } = fakeCdm();
    const errors: PlayerError[] = [];
    const detach = attachFairPlay(
      media,
      drm,
      (error) => errors.push(error),
      environment(steps, keys, {
        '/appcert/fairplay/': new Response('CERT'),
        '/license/fairplay/': new Response('CKC'),
      }),
    );
    media.dispatchEvent(encrypted());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors).to.deep.equal([]);
    expect(steps).to.deep.equal([
      'access:com.apple.fps',
      'GET http://license.localhost:4000/appcert/fairplay/abc123?token=drm.jwt.token',
      'certificate:CERT',
      'setMediaKeys',
      'createSession',
      'generateRequest:skd',
      'POST http://license.localhost:4000/license/fairplay/abc123?token=drm.jwt.token',
      'update:CKC',
    ]);
    await detach();
    expect(steps.slice(-2)).to.deep.equal(['close', 'setMediaKeys:null']);
  });

  it('reports a refused licence with the platform reason', async () => {
    const { steps, media, keys } = fakeCdm();
    const errors: PlayerError[] = [];
    attachFairPlay(
      media,
      drm,
      (error) => errors.push(error),
      environment(steps, keys, {
        '/appcert/fairplay/': new Response('CERT'),
        '/license/fairplay/': new Response('expired', {
          status: 403,
          headers: { 'X-Videokit-Reason': 'token_expired' },
        }),
      }),
    );
    media.dispatchEvent(encrypted());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors.map((error) => [error.code, error.category])).to.deep.equal([['TOKEN_EXPIRED', 'drm']]);
  });

  it('says when FairPlay is unavailable, naming the legacy WebKit API when that is all there is', async () => {
    const { media } = fakeCdm();
    const errors: PlayerError[] = [];
    attachFairPlay(media, drm, (error) => errors.push(error), {
      hasLegacyWebKitKeys: true,
      requestAccess: () => Promise.reject(new DOMException('unsupported', 'NotSupportedError')),
      fetch: () => Promise.reject(new Error('no request expected')),
    });
    media.dispatchEvent(encrypted());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors[0]?.code).to.equal('DRM_UNSUPPORTED');
    expect(errors[0]?.message).to.include('WebKitMediaKeys');
  });
});
