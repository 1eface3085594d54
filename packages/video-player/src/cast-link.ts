import { nothing, type TemplateResult } from 'lit';
import type { CastController } from './cast/cast-controller.ts';
import type { CastPlayer } from './cast/cast-host.ts';
import type { CastMedia } from './cast/load-request.ts';
import { renderCastButton } from './cast-button.ts';
import type { RemoteMedia } from './media-surface.ts';

/** What the player lends Cast: the media to send, and where playback goes while casting. */
export interface CastHooks {
  castMedia(): CastMedia | undefined;
  setRemote(remote: RemoteMedia | undefined, resume?: { time: number; playing: boolean }): void;
}

/**
 * The player's eager side of Cast: it decides when the Cast code loads (opt-in with
 * `cast-receiver`, once media has loaded and the page is idle) and renders the button.
 * Everything else is in `cast/`, fetched only then.
 */
export class CastLink {
  #controller: CastController | undefined;
  #starting = false;
  readonly #player: CastPlayer;
  readonly #hooks: CastHooks;

  constructor(player: CastPlayer, hooks: CastHooks) {
    this.#player = player;
    this.#hooks = hooks;
  }

  start(): void {
    if (this.#starting) return;
    this.#starting = true;
    // Safari has no requestIdleCallback.
    const whenIdle =
      'requestIdleCallback' in globalThis ? globalThis.requestIdleCallback : (run: () => void) => setTimeout(run, 1);
    whenIdle(() => {
      void import('./cast/cast-host.ts').then(({ createCast }) => {
        if (!this.#starting || !this.#player.isConnected) return;
        this.#controller = createCast(this.#player, this.#hooks);
        void this.#controller.connect();
      });
    });
  }

  stop(): void {
    this.#starting = false;
    this.#controller?.disconnect();
    this.#controller = undefined;
  }

  renderButton(): TemplateResult | string | typeof nothing {
    return this.#controller ? renderCastButton(this.#controller) : nothing;
  }
}
