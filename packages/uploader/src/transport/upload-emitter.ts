/** An upload's events: UpChunk's `on`/`once`/`off`, and one `progress` per new byte count. */
import type { ProgressMeter } from './progress-meter.ts';
import { UploadProgressEvent, type UploadEventMap, type UploadEventName } from './upload-events.ts';

export type DetailOf<K extends UploadEventName> = UploadEventMap[K] extends CustomEvent<infer D> ? D : never;

export class UploadEmitter {
  readonly #events = new EventTarget();
  readonly #meter: ProgressMeter;
  #lastLoaded = -1;

  constructor(meter: ProgressMeter) {
    this.#meter = meter;
  }

  on<K extends UploadEventName>(name: K, listener: (event: UploadEventMap[K]) => void, once = false): void {
    this.#events.addEventListener(name, listener as EventListener, { once });
  }

  off<K extends UploadEventName>(name: K, listener: (event: UploadEventMap[K]) => void): void {
    this.#events.removeEventListener(name, listener as EventListener);
  }

  dispatch<K extends Exclude<UploadEventName, 'progress'>>(name: K, detail: DetailOf<K>): void {
    this.#events.dispatchEvent(new CustomEvent(name, { detail }));
  }

  /** `loaded` bytes are sent or held; a repeat of the last count tells a listener nothing. */
  progress(loaded: number): void {
    if (loaded === this.#lastLoaded) return;
    this.#lastLoaded = loaded;
    this.#events.dispatchEvent(new UploadProgressEvent(this.#meter.update(loaded, performance.now())));
  }
}
