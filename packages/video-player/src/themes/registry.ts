/**
 * Themes: a name → its CSS, loaded only when a player asks for it. The built-in layouts are
 * separate chunks; a page adds its own with `registerTheme()` (CSS over the same controls,
 * `::part`s and `--*-button` switches, plus its own markup in the `controls` slot).
 */
import type { CSSResultOrNative } from 'lit';

export type ThemeStyles = CSSResultOrNative | readonly CSSResultOrNative[];
type ThemeLoader = () => Promise<ThemeStyles>;

export const BUILT_IN_THEMES = ['default', 'classic', 'minimal', 'microvideo'] as const;

const loaders = new Map<string, ThemeLoader>([
  ['classic', () => import('./classic.ts').then((module) => module.classicTheme)],
  ['minimal', () => import('./minimal.ts').then((module) => module.minimalTheme)],
  ['microvideo', () => import('./microvideo.ts').then((module) => module.microvideoTheme)],
]);
const loaded = new Map<string, Promise<ThemeStyles>>();

/**
 * Makes `theme="name"` apply `styles` (a Lit `css` result, a `CSSStyleSheet`, or a list of
 * them), or a function that loads them on first use. Players already showing `name` restyle
 * when they next update.
 */
export function registerTheme(name: string, styles: ThemeStyles | ThemeLoader): void {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) {
    throw new Error(`registerTheme: theme name "${name}" must be lowercase letters, digits and dashes`);
  }
  if (name === 'default') throw new Error('registerTheme: "default" is the built-in look; pick another name');
  loaders.set(name, typeof styles === 'function' ? styles : () => Promise.resolve(styles));
  loaded.delete(name);
}

/** The theme's styles (nothing for `default`); rejects with a message naming the known themes. */
export function loadTheme(name: string): Promise<ThemeStyles> {
  if (name === 'default' || name === '') return Promise.resolve([]);
  let styles = loaded.get(name);
  if (!styles) {
    const loader = loaders.get(name);
    if (!loader) {
      const known = [
        ...BUILT_IN_THEMES,
        ...[...loaders.keys()].filter((key) => !BUILT_IN_THEMES.includes(key as never)),
      ];
      return Promise.reject(
        new Error(
          `<video-player> theme "${name}" is not known: use one of ${known.join(', ')}, or call registerTheme("${name}", css) first`,
        ),
      );
    }
    styles = loader();
    loaded.set(name, styles);
  }
  return styles;
}
