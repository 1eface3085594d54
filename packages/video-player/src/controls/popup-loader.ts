import { nothing } from 'lit';
import type * as Popups from './popups.ts';

/**
 * The controls' popups (the menus, the shortcuts help) load when one is first wanted, or when a
 * menu button is pointed at or focused: most viewers never open one, so they are not part of the
 * code before the first frame.
 */
/** The player as its popups need it: where their styles go, and how to render once they have loaded. */
export interface PopupHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  requestUpdate(): void;
}

export class PopupLoader {
  #popups: typeof Popups | undefined;
  #loading = false;
  readonly #host: PopupHost;

  constructor(host: PopupHost) {
    this.#host = host;
  }

  /** Starts loading the popups' code, once (bound: menu buttons call it on pointer or focus). */
  readonly load = (): void => {
    if (this.#loading) return;
    this.#loading = true;
    void import('./popups.ts').then((popups) => {
      this.#popups = popups;
      const root = this.#host.renderRoot;
      if (root instanceof ShadowRoot) popups.adoptPopupStyles(root);
      this.#host.requestUpdate();
    });
  };

  /** `draw` with the popups' code; the first time, nothing until it has loaded (then the host renders again). */
  render(draw: (popups: typeof Popups) => unknown): unknown {
    if (this.#popups) return draw(this.#popups);
    this.load();
    return nothing;
  }
}
