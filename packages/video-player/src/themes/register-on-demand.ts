/**
 * `VideoPlayer.registerTheme`: the way a page that has only the CDN bundle (a `<script>` tag,
 * no imports) adds a theme — `customElements.get('video-player').registerTheme(name, css)`.
 * The registry arrives on first use with the theme loader (one chunk), so the eager bundle
 * carries only this function, and a `theme` set in the same task finds the theme.
 * Resolves once registered; rejects, as `registerTheme` throws, for a name it refuses.
 */
import type { ThemeLoader, ThemeStyles } from './registry.ts';

export const registerThemeOnDemand = (name: string, styles: ThemeStyles | ThemeLoader | string): Promise<void> =>
  import('./load.ts').then((themes) => themes.registerTheme(name, styles));
