/**
 * An upload whose transport arrives by `import()` when the first file is added: the element's
 * first paint (drop zone, file button) needs none of the chunking, retry and resume code, so the
 * eager bundle carries none of it. Calls and listeners made before it arrives are replayed in order.
 */
import { asUploadError, UploadError } from './transport/errors.ts';
import type { UploadOptions } from './transport/options.ts';
import type { Upload, UploadState } from './transport/upload.ts';
import type { ErrorDetail, UploadEventMap, UploadEventName } from './transport/upload-events.ts';
import type { UploadControl } from './upload-queue.ts';

type Listener = (upload: Upload) => void;

export class DeferredUpload implements UploadControl {
  readonly #options: UploadOptions;
  readonly #ready: Listener[] = [];
  readonly #onLoad: (upload: Upload) => void;
  #upload: Upload | undefined;
  #state: UploadState = 'uploading';
  readonly #registrations: Listener[] = [];
  /** Told when the transport cannot start (it never loaded, or refused the options). */
  readonly #errorListeners: ((event: UploadEventMap['error']) => void)[] = [];

  constructor(options: UploadOptions, onLoad: (upload: Upload) => void = () => undefined) {
    this.#options = options;
    this.#onLoad = onLoad;
    this.#load();
  }

  /** The transport's `Upload`, once it has arrived. */
  get upload(): Upload | undefined {
    return this.#upload;
  }

  get state(): UploadState {
    return this.#upload?.state ?? this.#state;
  }

  get chunkSize(): number {
    return this.#upload?.chunkSize ?? this.#options.chunkSize ?? 0;
  }

  on<K extends UploadEventName>(name: K, listener: (event: UploadEventMap[K]) => void): void {
    const register: Listener = (upload) => upload.on(name, listener);
    if (this.#upload) register(this.#upload);
    else this.#registrations.push(register);
    if (name === 'error') this.#errorListeners.push(listener as (event: UploadEventMap['error']) => void);
  }

  pause(): void {
    this.#whenReady((upload) => upload.pause());
  }

  resume(): void {
    this.#whenReady((upload) => upload.resume());
  }

  cancel(options?: { keepResumable?: boolean }): void {
    if (!this.#upload) this.#state = 'cancelled';
    this.#whenReady((upload) => upload.cancel(options));
  }

  retry(): void {
    if (this.#upload) this.#upload.retry();
    else if (this.#state === 'failed') {
      this.#state = 'uploading';
      this.#load();
    }
  }

  #whenReady(call: Listener): void {
    if (this.#upload) call(this.#upload);
    else this.#ready.push(call);
  }

  #load(): void {
    import('./transport/upload.ts').then(
      ({ createUpload }) => {
        if (this.#state === 'cancelled') return;
        let upload: Upload;
        try {
          upload = createUpload(this.#options);
        } catch (error) {
          this.#fail(asUploadError(error));
          return;
        }
        this.#upload = upload;
        for (const register of this.#registrations.splice(0)) register(upload);
        this.#onLoad(upload);
        for (const call of this.#ready.splice(0)) call(upload);
      },
      // Offline before the transport ever loaded: a failure `retry()` can recover from.
      (error: unknown) =>
        this.#fail(
          new UploadError(
            'attempts-exhausted',
            'the upload code could not be loaded; retry when the connection is back',
            {
              cause: error,
            },
          ),
        ),
    );
  }

  #fail(error: UploadError): void {
    this.#state = 'failed';
    const detail: ErrorDetail = {
      message: error.message,
      chunk: 0,
      chunkNumber: 0,
      attempts: 1,
      reason: error.reason,
      error,
    };
    for (const listener of this.#errorListeners) listener(new CustomEvent('error', { detail }));
  }
}
