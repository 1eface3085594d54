/** How attributes whose values are not plain strings or numbers become properties. */

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
