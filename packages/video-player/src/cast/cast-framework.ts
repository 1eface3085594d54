/// <reference types="chromecast-caf-sender" preserve="true" />

/** Google's sender framework; `cast-sdk-src` points elsewhere (a mirror, or a local stand-in in tests). */
export const DEFAULT_CAST_SDK_SRC = 'https://www.gstatic.com/cv/js/sender/v1/cast_sender.js?loadCastFramework=1';

/** The two namespaces the sender framework defines on `window`. */
export interface CastFramework {
  framework: typeof cast.framework;
  chromeCast: typeof chrome.cast;
}

let loading: Promise<CastFramework | undefined> | undefined;

/** Cast senders run in Chromium-based browsers (desktop and Android), not in iOS or Firefox. */
export function canCast(userAgent = globalThis.navigator.userAgent): boolean {
  return /(Chrome|Chromium|CrMo)\//.test(userAgent) && !/\b(iPhone|iPad|CriOS|FxiOS|; wv\))/.test(userAgent);
}

/**
 * Loads the sender framework once per page and resolves when it says it is available;
 * undefined when it cannot cast here or the script does not load (offline, blocked). Every
 * player shares the one framework, so players created and destroyed by a single-page app keep
 * working after the first is gone.
 */
export function loadCastFramework(src: string): Promise<CastFramework | undefined> {
  loading ??= new Promise((resolve) => {
    // The framework calls this global once; keep any handler the page set before us.
    const previous = Object.getOwnPropertyDescriptor(window, '__onGCastApiAvailable')?.value as
      ((available: boolean, reason?: string) => void) | undefined;
    window.__onGCastApiAvailable = (available, reason) => {
      previous?.(available, reason);
      resolve(available ? { framework: window.cast.framework, chromeCast: window.chrome.cast } : undefined);
    };
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    script.addEventListener('error', () => resolve(undefined), { once: true });
    document.head.append(script);
  });
  return loading;
}
