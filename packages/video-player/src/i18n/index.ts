/**
 * Player strings by locale, through core's translation kit: English is bundled; other locales
 * (and the kit's loader with them) load on demand with `import()` and fall back to English key
 * by key. Times are spelled out with `Intl`, so they read in the locale's own words ("1 minute 5 seconds").
 */
import { baseLanguage, directionOf, fill, type PlayerError } from '@videokit/core';
import type { Translations } from '@videokit/core/translations';
import { en, type StringKey, type Strings } from './en.ts';

export type { StringKey, Strings } from './en.ts';
export { clock, spokenTime } from './time.ts';

/** A loaded locale: its language, direction and strings. */
export interface Locale {
  lang: string;
  dir: 'ltr' | 'rtl';
  strings: Strings;
}

const LOADERS: Record<string, () => Promise<Partial<Strings>>> = {
  es: () => import('./es.ts').then((module) => module.strings),
  fr: () => import('./fr.ts').then((module) => module.strings),
  de: () => import('./de.ts').then((module) => module.strings),
  ja: () => import('./ja.ts').then((module) => module.strings),
  ar: () => import('./ar.ts').then((module) => module.strings),
};

let kit: Promise<Translations<Strings>> | undefined;

export const ENGLISH: Locale = { lang: 'en', dir: 'ltr', strings: en };

/** The locale for a BCP-47 tag (`fr-CA` → `fr`); English when it has none. */
export async function loadLocale(tag: string): Promise<Locale> {
  const lang = baseLanguage(tag);
  if (!Object.hasOwn(LOADERS, lang)) return ENGLISH;
  kit ??= import('@videokit/core/translations').then(({ translations }) => translations(en, LOADERS));
  return { lang, dir: directionOf(lang), strings: await (await kit).load(lang) };
}

/** The string for `key` with `{name}` placeholders filled. */
export function t(locale: Locale, key: StringKey, values?: Record<string, string | number>): string {
  return fill(locale.strings[key], values);
}

/** A language's name in that language ("français"), or the tag when `Intl` does not know it. */
export function languageName(tag: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The viewer-facing message for a `PlayerError`, by its stable code. */
export function errorMessage(locale: Locale, error: PlayerError): string {
  const code = error.code;
  const key: StringKey =
    code === 'NETWORK' || code === 'TIMEOUT'
      ? 'errNetwork'
      : code === 'NETWORK_OFFLINE'
        ? 'errOffline'
        : code === 'NOT_FOUND'
          ? 'errNotFound'
          : code === 'TOKEN_EXPIRED'
            ? 'errExpired'
            : code === 'NOT_LIVE_YET'
              ? 'errLive'
              : code === 'LIVE_STREAM_DISCONNECTED'
                ? 'errLiveGone'
                : code === 'SERVER_ERROR' || code === 'RATE_LIMITED'
                  ? 'errServer'
                  : code.startsWith('DRM')
                    ? 'errDrm'
                    : code.startsWith('TOKEN') || code === 'FORBIDDEN'
                      ? 'errForbidden'
                      : code.startsWith('MEDIA') || code === 'MANIFEST_INVALID'
                        ? 'errMedia'
                        : code.startsWith('INVALID') || code === 'PARAMS_BESIDE_TOKEN' || code === 'BAD_REQUEST'
                          ? 'errInput'
                          : 'error';
  return t(locale, key);
}
