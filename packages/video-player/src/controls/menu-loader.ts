import { nothing } from 'lit';
import type { ControlsContext } from './context.ts';
import type * as Menus from './menus.ts';

/**
 * The menus' contents (captions, caption style, audio, quality, rate) load when one first
 * opens: most viewers never open one, so they are not part of the code before the first frame.
 */
export class MenuLoader {
  #menus: typeof Menus | undefined;
  #loading = false;
  readonly #loaded: () => void;

  constructor(loaded: () => void) {
    this.#loaded = loaded;
  }

  /** Starts loading the menus' code, once (bound: menu buttons call it on pointer or focus). */
  readonly load = (): void => {
    if (this.#loading) return;
    this.#loading = true;
    void import('./menus.ts').then((menus) => {
      this.#menus = menus;
      this.#loaded();
    });
  };

  /** The open menu; on the first opening, nothing until its code has loaded (then `loaded` re-renders). */
  render(ctx: ControlsContext): unknown {
    if (!ctx.menu) return nothing;
    if (this.#menus) return this.#menus.openMenu(ctx);
    this.load();
    return nothing;
  }
}
