/** How attributes whose values are not plain strings or numbers become properties. */
import { accepted } from './mux-spellings.ts';

export type Preload = 'none' | 'metadata' | 'auto';
export const PRELOADS: readonly string[] = ['none', 'metadata', 'auto'];
export const STREAM_TYPES: readonly string[] = ['on-demand', 'live', 'unknown'];

/** An enumerated attribute: an unknown value warns once (naming the accepted ones) and reads as unset. */
export const choiceConverter = (attribute: string, values: readonly string[]) => ({
  fromAttribute: (value: string | null): string | undefined =>
    value !== null && accepted(attribute, value, values) ? value : undefined,
});

/** A query string reads back as an object of its parameters (a URL stays as written, to be refused). */
export const queryConverter = {
  fromAttribute: (value: string | null): string | Record<string, string> | undefined =>
    value === null
      ? undefined
      : /^[a-z][a-z0-9+.-]*:/i.test(value.trim())
        ? value
        : Object.fromEntries(new URLSearchParams(value.trim().replace(/^[?&]/, ''))),
};

export const DEFAULT_RATES = [0.5, 0.75, 1, 1.25, 1.5, 2];

/** `playback-rates="0.5 1 1.5 2"` (spaces or commas); the defaults when nothing valid is listed. */
export const ratesConverter = {
  fromAttribute: (value: string | null): number[] => {
    const rates = (value ?? '')
      .split(/[\s,]+/)
      .map(Number)
      .filter((rate) => rate > 0);
    return rates.length ? rates : DEFAULT_RATES;
  },
};

/** `autoplay` (true), `autoplay="muted"`/`"any"` (that string), absent (false). */
export const autoplayConverter = {
  fromAttribute: (value: string | null): string | boolean => (value === null ? false : value || true),
  toAttribute: (value: string | boolean): string | null => (value === false ? null : value === true ? '' : value),
};
