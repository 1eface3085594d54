/** The window's `online`/`offline` events, listened to only while an upload runs. */
export class NetworkWatch {
  readonly #onChange: (offline: boolean) => void;
  #listening = false;

  constructor(onChange: (offline: boolean) => void) {
    this.#onChange = onChange;
  }

  static get offline(): boolean {
    return typeof navigator !== 'undefined' && !navigator.onLine;
  }

  listen(on: boolean): void {
    if (typeof window === 'undefined' || on === this.#listening) return;
    this.#listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('online', this.#onOnline);
    window[method]('offline', this.#onOffline);
  }

  readonly #onOnline = (): void => {
    this.#onChange(false);
  };

  readonly #onOffline = (): void => {
    this.#onChange(true);
  };
}
