/// <reference types="google_interactive_media_ads_types" preserve="true" />

/** Google's loader for the IMA HTML5 SDK. */
export const DEFAULT_SDK_SRC = 'https://imasdk.googleapis.com/js/sdkloader/ima3.js';

export type Ima = typeof google.ima;

/** The SDK script did not load: an ad blocker, a network failure or a wrong `sdk-src`. */
export class SdkBlockedError extends Error {
  constructor(
    readonly src: string,
    reason: string,
  ) {
    super(`the IMA SDK did not load from ${src}: ${reason}`);
    this.name = 'SdkBlockedError';
  }
}

const pending = new Map<string, Promise<Ima>>();

const loadedIma = (): Ima | undefined => (window as { google?: { ima?: Ima } }).google?.ima;

/**
 * Loads the SDK once per `src` with a classic `<script>` (as Google's loader expects), resolving
 * with `google.ima`. A failed or timed-out load is forgotten, so a later call tries again.
 */
export function loadImaSdk(src: string, timeoutMs = 10_000): Promise<Ima> {
  const existing = pending.get(src);
  if (existing) return existing;
  const promise = new Promise<Ima>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    script.dataset.imaSdk = '';
    const finish = (error?: Error): void => {
      clearTimeout(timer);
      script.removeEventListener('load', onLoad);
      script.removeEventListener('error', onError);
      if (!error) {
        const ima = loadedIma();
        if (ima) return resolve(ima);
        error = new SdkBlockedError(src, 'the script ran but defined no google.ima');
      }
      script.remove();
      pending.delete(src);
      reject(error);
    };
    const onLoad = (): void => finish();
    const onError = (): void => finish(new SdkBlockedError(src, 'the request failed or was blocked'));
    const timer = setTimeout(() => finish(new SdkBlockedError(src, `no answer within ${timeoutMs} ms`)), timeoutMs);
    script.addEventListener('load', onLoad);
    script.addEventListener('error', onError);
    document.head.append(script);
  });
  pending.set(src, promise);
  return promise;
}
