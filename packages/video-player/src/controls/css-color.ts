/**
 * Colour attributes (`primary-color`, `secondary-color`, `accent-color`) reach CSS custom
 * properties, so a value must be a colour and nothing else: not a declaration list, not an image,
 * not a `var()`/`env()`/`attr()` whose fallback could carry one (CSS accepts those as the value of
 * every property), and no escapes that could spell such a function. Loaded by the controls with
 * the first colour set, so players without colours do not carry it.
 */
import { warnOnce } from '../mux-spellings.ts';

const NOT_A_COLOR = /\\|\b(?:var|env|attr)\(/i;

/** `value` when it is a CSS colour; otherwise undefined, with one warning naming the attribute. */
export function cssColor(attribute: string, value: string | undefined): string | undefined {
  if (value === undefined || (!NOT_A_COLOR.test(value) && CSS.supports('color', value))) return value;
  warnOnce(
    `${attribute}="${value}" is not a CSS colour and is ignored: use one such as "#ffd60a" or "rgb(0 0 0 / 60%)"`,
  );
  return undefined;
}

/** The colour attributes of a player, as the controls layer's custom properties (set one by one, never as text). */
export function applyColors(
  host: { primaryColor?: string | undefined; secondaryColor?: string | undefined; accentColor?: string | undefined },
  layer: HTMLElement,
): void {
  for (const [attribute, value] of [
    ['primary-color', host.primaryColor],
    ['secondary-color', host.secondaryColor],
    ['accent-color', host.accentColor],
  ] as const) {
    const color = cssColor(attribute, value);
    if (color) layer.style.setProperty(`--video-player-${attribute}`, color);
    else layer.style.removeProperty(`--video-player-${attribute}`);
  }
}
