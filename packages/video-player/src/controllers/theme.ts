import { adoptStyles, type CSSResultOrNative, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { loadTheme } from '../themes/registry.ts';

export interface ThemeHost extends ReactiveControllerHost, HTMLElement {
  theme?: string | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Applies the `theme` attribute: loads the theme's CSS (a separate chunk for the built-ins) and
 * adopts it after the element's own styles, so it overrides them; switching back drops it.
 */
export class ThemeController implements ReactiveController {
  readonly #host: ThemeHost;
  readonly #base: () => readonly CSSResultOrNative[];
  #applied: string | undefined = 'default';

  constructor(host: ThemeHost, base: () => readonly CSSResultOrNative[]) {
    this.#host = host;
    this.#base = base;
    host.addController(this);
  }

  hostUpdated(): void {
    const wanted = this.#host.theme?.trim() ? this.#host.theme.trim() : 'default';
    if (wanted === this.#applied) return;
    this.#applied = wanted;
    loadTheme(wanted).then(
      (styles) => {
        const root = this.#host.renderRoot;
        if (this.#applied !== wanted || !(root instanceof ShadowRoot)) return;
        adoptStyles(root, [...this.#base(), ...[styles].flat()]);
        this.#host.dispatchEvent(new Event('themechange'));
      },
      (error: unknown) => {
        // A theme that cannot load leaves the default look; the page learns which name was wrong.
        console.error(error instanceof Error ? error.message : error);
      },
    );
  }
}
