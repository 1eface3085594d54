/**
 * Player strings by locale, through core's translation kit: English is bundled; other locales
 * (and the kit's loader with them) load on demand with `import()` and fall back to English key
 * by key. Times are spelled out with `Intl`, so they read in the locale's own words ("1 minute 5 seconds").
 */
import { baseLanguage, directionOf, fill, type PlayerError } from '@videokit/core';
import type { Translations } from '@videokit/core/translations';
import { en, type StringKey, type Strings } from './en.ts';

export type { StringKey, Strings } from './en.ts';

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

/** `1:05`, `1:02:03`; `-0:05` for a negative (remaining) time. */
export function clock(seconds: number): string {
  const total = Math.floor(Math.abs(Number.isFinite(seconds) ? seconds : 0));
  const parts = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  if (!parts[0]) parts.shift();
  const text = parts.map((part, index) => (index ? String(part).padStart(2, '0') : String(part))).join(':');
  return seconds < 0 ? `-${text}` : text;
}

/** Seconds in words in the locale: "1 minute 5 seconds". */
export function spokenTime(seconds: number, lang: string): string {
  const total = Math.round(Math.abs(Number.isFinite(seconds) ? seconds : 0));
  const units: [string, number][] = [
    ['hour', Math.floor(total / 3600)],
    ['minute', Math.floor(total / 60) % 60],
    ['second', total % 60],
  ];
  const words = units
    .filter(([unit, value]) => value || (unit === 'second' && total === 0))
    .map(([unit, value]) => new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(value));
  return new Intl.ListFormat(lang, { type: 'unit', style: 'narrow' }).format(words);
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
