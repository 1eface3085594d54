import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { languageOf } from '@videokit/core';
import { property, query } from 'lit/decorators.js';
import { accepts } from './accept.ts';
import {
  ChunkAttemptEvent,
  ChunkSuccessEvent,
  FileReadyEvent,
  LocaleChangeEvent,
  OfflineEvent,
  OnlineEvent,
  PausedChangeEvent,
  UploadStartEvent,
  UploaderCancelEvent,
  UploaderErrorEvent,
  UploaderProgressEvent,
  UploaderResetEvent,
  UploaderSuccessEvent,
} from './events.ts';
import { formatPercent } from './format.ts';
import { isLocaleLoaded, loadLocale, supportedLanguage, translate, type Strings } from './locales.ts';
import { errorMessage } from './messages.ts';
import { UploadError } from './transport/errors.ts';
import type { Endpoint } from './transport/options.ts';
import type { Upload } from './transport/upload.ts';
import { DeferredUpload } from './deferred-upload.ts';
import type { ProgressType } from './parts/progress.ts';
import { UploadQueue, type QueueItem, type UploadControl } from './upload-queue.ts';
import { UPLOADER_CONNECTED, type UploaderApi, type UploaderView } from './uploader-api.ts';
import { computeView } from './uploader-view.ts';
import { defineElements, uploaderParts } from './parts/registry.ts';
import { reflectUploadState } from './state-attributes.ts';
import { styles } from './video-uploader.styles.ts';

const optionalNumber = {
  fromAttribute: (value: string | null): number | undefined => (value === null ? undefined : Number(value)),
  toAttribute: (value: number | undefined): string | null => (value === undefined ? null : String(value)),
};

/**
 * @summary Chunked, resumable direct uploads: drop zone, file button, progress, status and controls.
 *
 * @slot - Extra content after the built-in parts.
 * @slot file-select - Replaces the file button (Mux Uploader); clicking it opens the file picker.
 * @slot heading - Replaces the drop zone's prompt.
 * @slot separator - Replaces the word between prompt and button.
 * @fires reset - After `retry()` (`UploaderResetEvent`); a `reset` dispatched at the element clears finished files.
 * @fires localechange - The `locale` attribute changed (`LocaleChangeEvent`).
 * @fires file-ready - A file passed the checks and is about to upload (`FileReadyEvent`).
 * @fires uploadstart - The server said where the upload starts; `resumed` after a reload (`UploadStartEvent`).
 * @fires chunkattempt - A chunk is being sent (`ChunkAttemptEvent`).
 * @fires chunksuccess - The server confirmed a chunk (`ChunkSuccessEvent`).
 * @fires progress - Bytes sent, percent, rate and ETA of one file (`UploaderProgressEvent`).
 * @fires pausedchange - Paused or resumed (`PausedChangeEvent`).
 * @fires offline - The browser lost its connection during an upload (`OfflineEvent`).
 * @fires online - The connection came back; uploads continue (`OnlineEvent`).
 * @fires uploaderror - A file was refused or an upload stopped; `message` says why in the page language (`UploaderErrorEvent`).
 * @fires success - The server reported a file complete (`UploaderSuccessEvent`).
 * @fires cancel - An upload was cancelled (`UploaderCancelEvent`).
 * @csspart container - Everything inside the element.
 * @csspart drop - The drop zone.
 * @csspart prompt - The drop zone's text.
 * @csspart or - The word between prompt and button.
 * @csspart file-select - The file button part.
 * @csspart file-select-button - Its native button.
 * @csspart progress - Both progress parts.
 * @csspart progress-percentage - The percentage part.
 * @csspart percentage - Its text.
 * @csspart progress-bar - The main indicator (`type`).
 * @csspart progress-track - The bar's track.
 * @csspart progress-fill - The bar's fill.
 * @csspart status - The status part. Screen readers hear the same line from a visually hidden
 *   `<video-uploader-sr-text>`, rendered also with `no-status`.
 * @csspart status-message - Its text.
 * @csspart controls - The row of buttons.
 * @csspart pause-button - Pause or resume.
 * @csspart cancel-button - Cancel.
 * @csspart retry-button - Retry.
 * @csspart list - The file list (with `multiple`).
 * @csspart item - One file in the list.
 * @csspart item-name - Its name.
 * @csspart item-state - Its state.
 * @cssproperty --video-uploader-accent - Buttons, bar and focus accents.
 * @cssproperty --video-uploader-radius - Corner radius.
 * @cssproperty --video-uploader-font - Font shorthand.
 * @cssproperty --video-uploader-error-color - Error text.
 * @cssproperty --video-uploader-focus-ring - Outline of focused controls.
 */
export class VideoUploader extends LitElement implements UploaderApi {
  static override styles = styles;

  /** The upload URL, or (as a property) an async function that creates one per file. */
  @property({ attribute: 'endpoint' }) endpoint: Endpoint | undefined;
  /** Chunk size in KiB, a multiple of 256 (default 30720). */
  @property({ attribute: 'chunk-size', converter: optionalNumber, reflect: true }) chunkSize: number | undefined;
  @property({ attribute: 'dynamic-chunk-size', type: Boolean }) dynamicChunkSize = false;
  /** Mux Uploader's UpChunk switch for a Safari large-file read bug; chunks here are always Blob slices, so it changes nothing. */
  @property({ attribute: 'use-large-file-workaround', type: Boolean, reflect: true }) useLargeFileWorkaround = false;
  /** Largest accepted file, in KiB. */
  @property({ attribute: 'max-file-size', converter: optionalNumber, reflect: true }) maxFileSize: number | undefined;
  /** Accepted types, as for `<input type=file>`; enforced on dropped files too. */
  @property() accept = 'video/*,audio/*';
  /** Accept several files, uploaded `concurrency` at a time. */
  @property({ type: Boolean }) multiple = false;
  @property({ type: Number }) concurrency = 2;
  // Reflected, as in Mux Uploader, whose pages set the property and style on the attribute.
  @property({ attribute: 'no-drop', type: Boolean, reflect: true }) noDrop = false;
  @property({ attribute: 'no-progress', type: Boolean, reflect: true }) noProgress = false;
  @property({ attribute: 'no-status', type: Boolean, reflect: true }) noStatus = false;
  @property({ attribute: 'no-retry', type: Boolean, reflect: true }) noRetry = false;
  @property({ type: Boolean, reflect: true }) pausable = false;
  @property() override lang = '';
  /** Mux Uploader's name for the language (de, en, es, fr, it, pt, zh); wins over `lang`. */
  @property({ reflect: true }) locale: string | null = null;
  /** The main progress indicator: `bar` (default), `percentage` or `radial`; the percentage shows anyway. */
  @property({ reflect: true }) type: ProgressType | undefined;
  /** The phase, reflected for CSS (`video-uploader[state='error']`). */
  @property({ reflect: true }) state: UploaderView['phase'] = 'idle';

  @query('input[type=file]') private readonly input!: HTMLInputElement | null;

  readonly #listeners = new Set<() => void>();
  readonly #uploads = new WeakMap<QueueItem, Upload>();
  readonly #queue = new UploadQueue(
    (item) => this.#start(item),
    () => this.#changed(),
    this.concurrency,
  );
  #offline = false;
  #view: UploaderView = computeView({
    items: [],
    lang: 'en',
    offline: false,
    multiple: false,
    pausable: false,
    retryable: true,
  });

  get view(): UploaderView {
    return this.#view;
  }

  /** Whether an upload is paused; setting it pauses or resumes (Mux Uploader). */
  get paused(): boolean {
    return this.#queue.paused;
  }

  set paused(value: boolean) {
    if (value) this.pause();
    else this.resume();
  }

  /** The transport of the upload under way (the UpChunk-compatible `Upload`), if any (Mux Uploader). */
  get upload(): Upload | undefined {
    const item = this.#queue.pending[0] ?? this.#queue.items.at(-1);
    return item ? this.#uploads.get(item) : undefined;
  }

  get resolvedLang(): string {
    // `locale` (Mux Uploader's name) first; an empty lang attribute means "unknown" and falls through.
    return supportedLanguage(languageOf(this, this.locale, this.lang));
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  t(key: keyof Strings, params?: Record<string, string | number>): string {
    const lang = this.resolvedLang;
    // Other languages load on first use; English shows meanwhile, then everything re-renders.
    if (!isLocaleLoaded(lang)) void loadLocale(lang).then(() => this.#changed());
    return translate(lang, key, params);
  }

  openFilePicker(): void {
    this.input?.click();
  }

  /** Checks and queues files (only the first unless `multiple`). */
  addFiles(files: Iterable<File>): void {
    this.#addFiles(files, true);
  }

  /** `announce`: fire `file-ready` (not when the page dispatched it at us). */
  #addFiles(files: Iterable<File>, announce: boolean): void {
    if (!this.#view.canSelect) return;
    const chosen = [...files].slice(0, this.multiple ? undefined : 1);
    if (!chosen.length) return;
    if (this.#queue.pending.length === 0) this.#queue.clearFinished();
    for (const file of chosen) {
      const refusal = this.#refusal(file);
      if (refusal) {
        this.#queue.addRejected(file, refusal);
        this.#reportError(refusal, file);
        continue;
      }
      if (announce) this.dispatchEvent(new FileReadyEvent(file));
      const item = this.#queue.add(file);
      if (item.status === 'error' && item.error) this.#reportError(item.error, file);
    }
  }

  pause(): void {
    if (!this.#queue.pending.length || this.#queue.paused) return;
    this.#queue.pause();
    this.dispatchEvent(new PausedChangeEvent(true));
  }

  resume(): void {
    if (!this.#queue.paused) return;
    this.#queue.resume();
    this.dispatchEvent(new PausedChangeEvent(false));
  }

  cancel(): void {
    for (const item of this.#queue.cancel()) this.dispatchEvent(new UploaderCancelEvent(item.file));
  }

  /**
   * Failed uploads continue from what the server holds; they never restart from zero. Fires
   * `reset`, Mux Uploader's word for "the error state is over" (refused files are cleared).
   */
  retry(): void {
    this.#queue.retry();
    this.dispatchEvent(new UploaderResetEvent());
  }

  /** Clears finished and failed files, back to choosing (Mux Uploader's `reset`); uploads under way go on. */
  reset(): void {
    this.#queue.clearFinished();
    if (this.input) this.input.value = '';
  }

  override connectedCallback(): void {
    // It renders its parts, so it works without `define` (the class alone, a React wrapper).
    defineElements(uploaderParts);
    super.connectedCallback();
    this.addEventListener('file-ready', this.#onFileReady);
    this.addEventListener('reset', this.#onReset);
    this.addEventListener('click', this.#onFileSelectSlotClick);
    this.#changed();
    document.dispatchEvent(new Event(UPLOADER_CONNECTED));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('file-ready', this.#onFileReady);
    this.removeEventListener('reset', this.#onReset);
    this.removeEventListener('click', this.#onFileSelectSlotClick);
    // Removing the element ends its uploads; the same file chosen again later resumes.
    for (const item of this.#queue.cancel({ keepResumable: true }))
      this.dispatchEvent(new UploaderCancelEvent(item.file));
  }

  /** A `file-ready` the page dispatched at the element uploads its File, as in Mux Uploader. */
  readonly #onFileReady = (event: Event): void => {
    if (event instanceof FileReadyEvent || !(event instanceof CustomEvent)) return;
    const { detail } = event as CustomEvent<unknown>;
    if (detail instanceof File) this.#addFiles([detail], false);
  };

  /** A page's own button in the `file-select` slot opens the picker, as in Mux Uploader. */
  readonly #onFileSelectSlotClick = (event: Event): void => {
    const slotted = event.target instanceof Element ? event.target.closest('[slot="file-select"]') : null;
    if (slotted?.parentElement === this) this.openFilePicker();
  };

  /** A `reset` the page dispatched at the element clears it, as in Mux Uploader. */
  readonly #onReset = (event: Event): void => {
    if (!(event instanceof UploaderResetEvent)) this.reset();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && this.hasUpdated) this.dispatchEvent(new LocaleChangeEvent(this.locale));
    if (changed.has('concurrency')) this.#queue.concurrency = Math.max(1, Math.floor(this.concurrency) || 1);
    if (['lang', 'locale', 'multiple', 'pausable', 'noRetry'].some((key) => changed.has(key as keyof VideoUploader)))
      this.#recompute();
  }

  override render(): TemplateResult {
    const fileSelect = html`<slot name="file-select"
      ><video-uploader-file-select
        part="file-select"
        exportparts="button: file-select-button"
      ></video-uploader-file-select
    ></slot>`;
    return html`
      <input type="file" hidden accept=${this.accept} ?multiple=${this.multiple} @change=${this.#onInputChange} />
      <div part="container">
        ${
          this.noDrop
            ? fileSelect
            : html`<video-uploader-drop part="drop" overlay>
                <slot name="heading"><span part="prompt">${this.t('dropPrompt')}</span></slot
                ><slot name="separator"><span part="or">${this.t('or')}</span></slot
                >${fileSelect}
              </video-uploader-drop>`
        }
        ${
          this.noProgress
            ? nothing
            : html`<video-uploader-progress
                  part="progress progress-percentage"
                  type="percentage"
                  exportparts="percentage: percentage"
                ></video-uploader-progress
                ><video-uploader-progress
                  part="progress progress-bar"
                  type=${this.type ?? 'bar'}
                  exportparts="track: progress-track, bar: progress-fill"
                ></video-uploader-progress>`
        }
        ${this.noStatus ? nothing : html`<video-uploader-status part="status" exportparts="message: status-message"></video-uploader-status>`}
        <video-uploader-sr-text></video-uploader-sr-text>
        <div part="controls">
          ${this.pausable ? html`<video-uploader-pause part="pause" exportparts="button: pause-button"></video-uploader-pause>` : nothing}
          <video-uploader-cancel part="cancel" exportparts="button: cancel-button"></video-uploader-cancel>
          ${this.noRetry ? nothing : html`<video-uploader-retry part="retry" exportparts="button: retry-button"></video-uploader-retry>`}
        </div>
        ${this.multiple ? this.#renderList() : nothing}
        <slot></slot>
      </div>
    `;
  }

  #renderList(): TemplateResult {
    const lang = this.resolvedLang;
    const state = (item: QueueItem): string => {
      if (item.status === 'queued') return this.t('queued');
      if (item.status === 'error') return this.t('failed');
      if (item.status === 'cancelled') return this.t('cancelled');
      return formatPercent(lang, item.status === 'success' ? 100 : (item.progress.loaded / item.file.size) * 100);
    };
    return html`<ul part="list">
      ${this.#queue.items.map(
        (item) =>
          html`<li part=${item.status === 'error' ? 'item item-error' : 'item'}>
            <span part="item-name">${item.file.name}</span><span part="item-state">${state(item)}</span>
          </li>`,
      )}
    </ul>`;
  }

  readonly #onInputChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.files) this.addFiles(input.files);
    // Choosing the same file again must fire `change` again (to resume it).
    input.value = '';
  };

  #refusal(file: File): UploadError | null {
    if (!accepts(this.accept, file)) {
      return new UploadError(
        'file-type',
        `${file.name} (${file.type || 'no type'}) does not match accept="${this.accept}"`,
        {
          value: this.accept,
        },
      );
    }
    if (!this.endpoint) {
      return new UploadError('invalid-option', 'no endpoint: set the endpoint attribute or property', {
        option: 'endpoint',
      });
    }
    return null;
  }

  #start(item: QueueItem): UploadControl {
    const { file } = item;
    const upload = new DeferredUpload(
      {
        endpoint: this.endpoint ?? '',
        file,
        chunkSize: this.chunkSize,
        maxFileSize: this.maxFileSize,
        dynamicChunkSize: this.dynamicChunkSize,
        useLargeFileWorkaround: this.useLargeFileWorkaround,
        // The element keeps trying through every transient failure (429, any 5xx), backing off.
        retryCodes: 'transient',
        backoff: 'exponential',
      },
      (loaded) => this.#uploads.set(item, loaded),
    );
    upload.on('start', ({ detail }) => {
      this.#queue.update(item, { resumedFrom: detail.offset });
      this.dispatchEvent(new UploadStartEvent({ file, chunkSize: upload.chunkSize, ...detail }));
    });
    upload.on('attempt', ({ detail }) => this.dispatchEvent(new ChunkAttemptEvent({ file, ...detail })));
    upload.on('chunkSuccess', ({ detail }) => this.dispatchEvent(new ChunkSuccessEvent({ file, ...detail })));
    upload.on('progress', (event) => {
      const progress = {
        loaded: event.loaded,
        total: event.total,
        percent: event.percent,
        rate: event.rate,
        eta: event.eta,
      };
      this.#queue.update(item, { progress });
      this.dispatchEvent(new UploaderProgressEvent({ file, ...progress }));
    });
    upload.on('offline', () => this.#setOffline(true));
    upload.on('online', () => this.#setOffline(false));
    upload.on('success', ({ detail }) => {
      this.#queue.settle(item, { status: 'success' });
      this.dispatchEvent(new UploaderSuccessEvent({ file, url: detail.url, size: detail.size }));
    });
    upload.on('error', ({ detail }) => {
      // The bar of a failed upload shows what the server holds, not bytes sent into the refusal.
      const held = upload.upload?.bytesConfirmed ?? 0;
      if (held < item.progress.loaded) {
        const percent = file.size ? (held / file.size) * 100 : 0;
        this.#queue.update(item, { progress: { ...item.progress, loaded: held, percent, rate: 0, eta: null } });
      }
      this.#queue.settle(item, { status: 'error', error: detail.error });
      this.#reportError(detail.error, file, { chunkNumber: detail.chunkNumber, attempts: detail.attempts });
    });
    return upload;
  }

  #reportError(error: UploadError, file?: File, chunk?: { chunkNumber: number; attempts: number }): void {
    const message = errorMessage(this.resolvedLang, error, file);
    this.dispatchEvent(
      new UploaderErrorEvent({ ...(file ? { file } : {}), reason: error.reason, message, error, ...chunk }),
    );
  }

  #setOffline(offline: boolean): void {
    if (this.#offline === offline) return;
    this.#offline = offline;
    this.dispatchEvent(offline ? new OfflineEvent() : new OnlineEvent());
    this.#changed();
  }

  #changed(): void {
    this.#recompute();
    for (const listener of this.#listeners) listener();
  }

  #recompute(): void {
    this.#view = computeView({
      items: this.#queue.items,
      lang: this.resolvedLang,
      offline: this.#offline,
      multiple: this.multiple,
      pausable: this.pausable,
      retryable: !this.noRetry,
    });
    this.state = this.#view.phase;
    reflectUploadState(this, this.#view, this.#queue.paused);
    this.requestUpdate();
  }
}
