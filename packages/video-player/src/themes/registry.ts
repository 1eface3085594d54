/**
 * Themes a page adds: `registerTheme(name, styles)`. The only eager part of theming: the
 * built-in themes and the code that loads them (`load.ts`) come when a player sets `theme`.
 */
import { unsafeCSS, type CSSResultOrNative } from 'lit';

export type ThemeStyles = CSSResultOrNative | readonly CSSResultOrNative[];
export type ThemeLoader = () => Promise<ThemeStyles>;

export const pageThemes = new Map<string, ThemeLoader>();

/**
 * Makes `theme="name"` apply `styles` (a Lit `css` result, a `CSSStyleSheet`, a string of CSS,
 * or a list of them), or a function that loads them on first use: CSS over the controls'
 * classes, `::part`s and `--*-button` switches; a theme's own markup goes in the `controls` slot.
 */
export function registerTheme(name: string, styles: ThemeStyles | ThemeLoader | string): void {
  if (!/^[a-z][a-z0-9-]*$/.test(name) || name === 'default') {
    throw new Error(`registerTheme: "${name}" must be lowercase letters, digits and dashes, and not "default"`);
  }
  // A string is the CSS of a page without Lit (a \`<script>\` of the CDN bundle): the page's own.
  const sheet = typeof styles === 'string' ? unsafeCSS(styles) : styles;
  pageThemes.set(name, typeof sheet === 'function' ? sheet : () => Promise.resolve(sheet));
}
