/**
 * Applies a player's `theme`, loaded on its first use so a player without one pays nothing:
 * the theme's CSS (a built-in chunk or a page's registered theme) is adopted after the
 * element's own styles, so it overrides them; `default` drops it.
 */
import { adoptStyles, type CSSResultOrNative } from 'lit';
import { pageThemes, type ThemeLoader, type ThemeStyles } from './registry.ts';

export { registerTheme } from './registry.ts';

export const BUILT_IN_THEMES = ['default', 'classic', 'minimal', 'microvideo', 'news'] as const;

const builtIn = new Map<string, ThemeLoader>([
  ['classic', () => import('./classic.ts').then((module) => module.classicTheme)],
  ['minimal', () => import('./minimal.ts').then((module) => module.minimalTheme)],
  ['microvideo', () => import('./microvideo.ts').then((module) => module.microvideoTheme)],
  ['news', () => import('./news.ts').then((module) => module.newsTheme)],
]);

/** The theme's styles; rejects with a message naming the known themes. */
export function loadTheme(name: string): Promise<ThemeStyles> {
  const loader = pageThemes.get(name) ?? builtIn.get(name);
  if (loader) return loader();
  const known = [...BUILT_IN_THEMES, ...pageThemes.keys()].join(', ');
  return Promise.reject(
    new Error(
      `<video-player> theme "${name}" is not known: use one of ${known}, or call registerTheme("${name}", css) first`,
    ),
  );
}

const wanted = new WeakMap<ShadowRoot, string>();

/** Adopts `theme` into `root` after `base`; a later call wins over one still loading. */
export async function applyTheme(
  host: HTMLElement,
  root: ShadowRoot,
  base: readonly CSSResultOrNative[],
  theme: string,
): Promise<void> {
  wanted.set(root, theme);
  let styles: ThemeStyles;
  try {
    styles = theme === 'default' ? [] : await loadTheme(theme);
  } catch (error) {
    // A theme that cannot load leaves the current look; the page learns which name was wrong.
    console.error(error instanceof Error ? error.message : error);
    return;
  }
  if (wanted.get(root) !== theme) return;
  // Sheets adopted before the element's own (the popups' styles) stay where they are.
  const first = base[0] instanceof CSSStyleSheet ? base[0] : base[0]?.styleSheet;
  const adopted = root.adoptedStyleSheets;
  const before = first ? adopted.slice(0, Math.max(0, adopted.indexOf(first))) : [];
  adoptStyles(root, [...before, ...base, ...[styles].flat()]);
  host.dispatchEvent(new Event('themechange'));
}
