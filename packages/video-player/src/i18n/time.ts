/**
 * Times for the viewer: on the clock, and in words. A module of its own (re-exported by the
 * index), so code loaded on demand can use it without importing the index, whose dynamic imports
 * would make the bundler split shared modules out of the eager bundle.
 */

/** `1:05`, `1:02:03`; `-0:05` for a negative (remaining) time. */
export function clock(seconds: number): string {
  const total = Math.floor(Math.abs(Number.isFinite(seconds) ? seconds : 0));
  const parts = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  if (!parts[0]) parts.shift();
  const text = parts.map((part, index) => (index ? String(part).padStart(2, '0') : String(part))).join(':');
  return seconds < 0 ? `-${text}` : text;
}

/** Made once per language (and unit): the time slider speaks the time several times a second. */
const unitFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

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
    .map(([unit, value]) => {
      let format = unitFormats.get(lang + unit);
      if (!format)
        unitFormats.set(
          lang + unit,
          (format = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' })),
        );
      return format.format(value);
    });
  let list = listFormats.get(lang);
  if (!list) listFormats.set(lang, (list = new Intl.ListFormat(lang, { type: 'unit', style: 'narrow' })));
  return list.format(words);
}
