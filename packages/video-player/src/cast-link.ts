import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CastController } from './cast/cast-controller.ts';
import type { CastMedia } from './cast/load-request.ts';
import type { PlaybackTarget } from './targets/target.ts';

/** What Cast needs from its player: the media to send, and where playback goes while casting. */
export interface CastHost {
  readonly element: HTMLElement & { castReceiver?: string | undefined; castSdkSrc?: string | undefined };
  /** The media to send when a session starts; undefined when nothing is loaded. */
  castMedia(): CastMedia | undefined;
  /** Casting started (the receiver becomes the target) or ended (with where and how to resume locally). */
  setRemote(remote: PlaybackTarget | undefined, resume?: { time: number; playing: boolean }): void;
  /** Availability or casting changed: render again. */
  requestUpdate(): void;
}

/**
 * The player's eager side of Cast: it decides when the Cast code loads (opt-in with
 * `cast-receiver`, once media has loaded and the page is idle) and renders the button.
 * The controller and its button (`cast/`) are fetched only then.
 */
export class CastLink implements ReactiveController {
  #controller: CastController | undefined;
  #starting = false;
  readonly #host: CastHost;

  constructor(controllerHost: ReactiveControllerHost, host: CastHost) {
    this.#host = host;
    controllerHost.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  start(): void {
    if (this.#starting) return;
    this.#starting = true;
    // Safari has no requestIdleCallback.
    const whenIdle =
      'requestIdleCallback' in globalThis ? globalThis.requestIdleCallback : (run: () => void) => setTimeout(run, 1);
    whenIdle(() => {
      void import('./cast/cast-controller.ts').then(({ CastController }) => {
        if (!this.#starting || !this.#host.element.isConnected) return;
        this.#controller = new CastController(this.#host);
        void this.#controller.connect();
      });
    });
  }

  stop(): void {
    this.#starting = false;
    this.#controller?.disconnect();
    this.#controller = undefined;
  }

  /** The button in the player's words (`t` from its locale). */
  renderButton(t: (key: 'cast' | 'stopCast') => string): TemplateResult | string | typeof nothing {
    return this.#controller?.renderButton({ cast: t('cast'), stopCast: t('stopCast') }) ?? nothing;
  }
}
