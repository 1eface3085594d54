import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sendRequest } from '../requests.ts';
import type { ControlsController } from './controls.ts';
import { keyIntent, parseHotkeyBlocklist, targetHandlesKey } from './hotkeys.ts';
import type { LocaleController } from './locale.ts';
import type { MediaState } from './media-state.ts';
import type { PreferencesController } from './preferences.ts';

export interface KeyboardHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly mediaState: MediaState;
  nohotkeys: boolean;
  hotkeys?: string | undefined;
  forwardSeekOffset: number;
  backwardSeekOffset: number;
  playbackRates: number[];
}

/** Keys pressed while the player has focus become requests, through the one table in `hotkeys.ts`. */
export class KeyboardController implements ReactiveController {
  #listeners: AbortController | undefined;
  readonly #host: KeyboardHost;
  readonly #parts: { controls: ControlsController; locale: LocaleController; preferences: PreferencesController };

  constructor(
    host: KeyboardHost,
    parts: { controls: ControlsController; locale: LocaleController; preferences: PreferencesController },
  ) {
    this.#host = host;
    this.#parts = parts;
    host.addController(this);
  }

  hostConnected(): void {
    this.#listeners = new AbortController();
    this.#host.addEventListener('keydown', (event) => this.#onKeydown(event), { signal: this.#listeners.signal });
  }

  hostDisconnected(): void {
    this.#listeners?.abort();
  }

  #onKeydown(event: KeyboardEvent): void {
    const host = this.#host;
    if (host.nohotkeys || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (targetHandlesKey(event)) return;
    const { locale } = this.#parts.locale;
    const intent = keyIntent(event, {
      s: host.mediaState,
      forwardOffset: host.forwardSeekOffset,
      backwardOffset: host.backwardSeekOffset,
      rates: host.playbackRates,
      captionLanguages: [this.#parts.preferences.captions, locale.lang, navigator.language.split('-')[0]],
      rtl: locale.dir === 'rtl',
      blocked: parseHotkeyBlocklist(host.hotkeys),
    });
    if (!intent) return;
    event.preventDefault();
    if (intent[0] === 'help') this.#parts.controls.toggleHelp();
    else sendRequest(host.renderRoot, ...intent);
  }
}
