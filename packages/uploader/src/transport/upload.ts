/**
 * A resumable chunked upload (DESIGN §3) with UpChunk 3.5's API. One loop sends one chunk at
 * a time. A fresh upload starts at byte 0 without asking; after that every offset it sends
 * from is one the server stated (a `308`'s or 2xx's `Range`, a `bytes *\/TOTAL` probe after a
 * failure, pause, offline or resume) or, for servers that answer a bare 2xx to each chunk, the
 * end of the last chunk it accepted. Success is only ever a 2xx to the final chunk.
 */
import { kibToBytes, nextChunkSize, chunkSizeProblem } from './chunk-size.ts';
import { chunkOutcome, probeOutcome, RESUME_INCOMPLETE, type Outcome } from './chunk-outcome.ts';
import { chunkRange, probeRange } from './content-range.ts';
import { UploadError, UploadOptionError } from './errors.ts';
import { fingerprintFile } from './fingerprint.ts';
import { RequestFailure, send, toChunkResponse, type ChunkResponse, type HttpResponse } from './http.ts';
import {
  normalizeOptions,
  type Endpoint,
  type HeaderMap,
  type NormalizedOptions,
  type UploadOptions,
  type UploadSource,
} from './options.ts';
import { ProgressMeter, type ProgressSnapshot } from './progress-meter.ts';
import { ResumeStore } from './resume-store.ts';
import { isRetriableStatus, nextDelay } from './retry-policy.ts';
import { BlobSource, StreamSource, type Chunk, type ChunkSource } from './sources.ts';
import { UploadProgressEvent, type UploadEventMap, type UploadEventName } from './upload-events.ts';

export type UploadState = 'uploading' | 'success' | 'failed' | 'cancelled';

/** A failure worth another attempt after a delay. */
class Retriable extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly retryAfter: string | null = null,
    readonly response?: ChunkResponse,
  ) {
    super(message);
  }
}

/** The upload was cancelled: the loop ends quietly. */
class Stopped extends Error {}

/** The server's reason for a refusal: its `X-Videokit-Reason`, else the first line of its body. */
function serverReason(response: HttpResponse): string | undefined {
  const reason = response.header('X-Videokit-Reason') ?? response.text.split('\n', 1)[0]?.trim();
  return reason ? reason.slice(0, 200) : undefined;
}

function describe(response: HttpResponse): string {
  const reason = serverReason(response);
  return reason ? `${response.status} (${reason})` : String(response.status);
}

export class Upload {
  /** UpChunk's static entry point: starts uploading at once. */
  static createUpload(options: UploadOptions): Upload {
    return new Upload(options);
  }

  readonly #options: NormalizedOptions;
  readonly #events = new EventTarget();
  readonly #source: ChunkSource;
  readonly #meter: ProgressMeter;
  readonly #store: ResumeStore | null;
  /** Aborts whatever the loop is waiting on when the upload is cancelled. */
  readonly #stop = new AbortController();
  #state: UploadState = 'uploading';
  #chunkSizeKib: number;
  #url: string | null = null;
  #resumed = false;
  #fingerprint: string | null = null;
  /** Bytes the server has confirmed holding. */
  #offset = 0;
  #chunkCount = 0;
  #paused = false;
  /** `abort()` was called: the request in flight, or about to leave, is abandoned. */
  #aborting = false;
  #offline: boolean;
  /** Ask the server what it holds before the next chunk (after a resume, failure, abort or offline). */
  #needProbe = false;
  /** What the server has shown of itself, for reading a 2xx to a probe. */
  #saw308 = false;
  #sawNonFinal2xx = false;
  #sentFinal = false;
  #answeredChunks = 0;
  /** The request in flight, aborted by `abort()`, offline and `cancel()`. */
  #request: AbortController | null = null;
  #wake: (() => void) | null = null;
  #listening = false;
  #started = false;
  #lastLoaded = -1;

  constructor(options: UploadOptions) {
    this.#options = normalizeOptions(options);
    const source = this.#options.source;
    this.#source = source instanceof Blob ? new BlobSource(source) : new StreamSource(source);
    this.#chunkSizeKib = this.#options.chunkSizeKib;
    this.#meter = new ProgressMeter(this.#source.size);
    this.#store = this.#options.resumeStorage ? new ResumeStore(this.#options.resumeStorage) : null;
    this.#offline = typeof navigator !== 'undefined' && !navigator.onLine;
    this.#listen(true);
    void this.#run();
  }

  // UpChunk's surface.

  get endpoint(): Endpoint {
    return this.#options.endpoint;
  }

  get file(): UploadSource {
    return this.#options.source;
  }

  get offline(): boolean {
    return this.#offline;
  }

  get paused(): boolean {
    return this.#paused;
  }

  /** KiB; a new size applies from the next chunk. */
  get chunkSize(): number {
    return this.#chunkSizeKib;
  }

  set chunkSize(kib: number) {
    const problem = chunkSizeProblem(kib);
    if (problem) {
      throw new UploadOptionError(
        `chunkSize ${String(kib)} must be a positive number in multiples of 256: ${problem}`,
        { option: 'chunkSize', value: kib },
      );
    }
    this.#chunkSizeKib = kib;
  }

  get chunkByteSize(): number {
    return kibToBytes(this.#chunkSizeKib);
  }

  /** Fraction (0–1) of the file the server has confirmed. */
  get successfulPercentage(): number {
    const size = this.#source.size;
    return size ? this.#offset / size : 0;
  }

  on<K extends UploadEventName>(name: K, listener: (event: UploadEventMap[K]) => void): void {
    this.#events.addEventListener(name, listener as EventListener);
  }

  once<K extends UploadEventName>(name: K, listener: (event: UploadEventMap[K]) => void): void {
    this.#events.addEventListener(name, listener as EventListener, { once: true });
  }

  off<K extends UploadEventName>(name: K, listener: (event: UploadEventMap[K]) => void): void {
    this.#events.removeEventListener(name, listener as EventListener);
  }

  /** Stops after the chunk in flight (its `chunkSuccess` still fires), as UpChunk documents. */
  pause(): void {
    if (this.#state !== 'uploading') return;
    this.#paused = true;
  }

  /** `pause()`, and the request in flight is abandoned; `resume()` continues from what the server holds. */
  abort(): void {
    if (this.#state !== 'uploading') return;
    this.#paused = true;
    this.#aborting = true;
    this.#request?.abort();
  }

  /**
   * Continues a paused or aborted upload; after an `error`, tries again from what the server
   * holds. Throws on an upload that succeeded or was cancelled: there is nothing to resume.
   */
  resume(): void {
    if (this.#state === 'success' || this.#state === 'cancelled') {
      throw new UploadError(
        'invalid-state',
        `resume() was called on an upload that ${this.#state === 'success' ? 'has succeeded' : 'was cancelled'}; call createUpload() to upload again`,
      );
    }
    const wasPaused = this.#paused;
    this.#paused = false;
    this.#aborting = false;
    if (this.#state === 'failed') {
      this.retry();
      return;
    }
    if (!wasPaused) return;
    this.#meter.restartRate();
    this.#wakeUp();
  }

  /**
   * Ends the upload for good. The saved resume point is forgotten unless `keepResumable`,
   * so choosing the same file later starts a new upload.
   */
  cancel(options: { keepResumable?: boolean } = {}): void {
    if (this.#state === 'success' || this.#state === 'cancelled') return;
    this.#state = 'cancelled';
    this.#stop.abort();
    this.#request?.abort();
    this.#wakeUp();
    this.#listen(false);
    this.#source.close();
    if (!options.keepResumable && this.#fingerprint) this.#store?.delete(this.#fingerprint);
  }

  // Beyond UpChunk.

  get state(): UploadState {
    return this.#state;
  }

  /** The upload URL once known. */
  get url(): string | null {
    return this.#url;
  }

  /** Bytes the server has confirmed holding. */
  get bytesConfirmed(): number {
    return this.#offset;
  }

  get progress(): ProgressSnapshot {
    return this.#meter.snapshot;
  }

  /** After an error: tries again from what the server holds (never from zero). */
  retry(): void {
    if (this.#state !== 'failed') return;
    this.#state = 'uploading';
    this.#needProbe = this.#url !== null;
    this.#listen(true);
    void this.#run();
  }

  // The loop.

  async #run(): Promise<void> {
    let failures = 0;
    try {
      if (this.#url === null) await this.#resolveUrl();
      for (;;) {
        await this.#runnable();
        try {
          if (this.#needProbe) {
            const before = this.#offset;
            const complete = await this.#probe();
            this.#needProbe = false;
            if (complete) return this.#succeed();
            if (this.#offset > before) failures = 0;
            continue;
          }
          const complete = await this.#sendChunk(failures + 1);
          if (complete) return this.#succeed();
          failures = 0;
        } catch (error) {
          if (error instanceof RequestFailure && error.kind === 'abort') {
            // Aborted, offline or cancelled: the gate decides; a probe realigns afterwards.
            this.#needProbe = true;
            continue;
          }
          if (error instanceof UploadError && (await this.#replaceGoneResumeUrl(error))) continue;
          const retriable = this.#asRetriable(error);
          if (!retriable) throw error;
          this.#needProbe = true;
          if (typeof navigator !== 'undefined' && !navigator.onLine) {
            // Waiting for the network costs no attempt.
            this.#setOffline(true);
            continue;
          }
          failures += 1;
          const attempts = this.#options.retry.attempts;
          if (failures >= attempts) {
            throw new UploadError(
              'attempts-exhausted',
              `gave up after ${attempts} attempt${attempts === 1 ? '' : 's'} at byte ${this.#offset}: ${retriable.message}`,
              {
                offset: this.#offset,
                ...(retriable.status === undefined ? {} : { status: retriable.status }),
                ...(retriable.response ? { response: retriable.response } : {}),
              },
            );
          }
          const delay = nextDelay(failures, this.#options.retry, retriable.retryAfter);
          this.#dispatch('attemptFailure', {
            message: `An error occurred uploading chunk ${this.#chunkCount}: ${retriable.message}. ${attempts - failures} retries left, next in ${Math.round(delay)} ms.`,
            chunkNumber: this.#chunkCount,
            attemptsLeft: attempts - failures,
            delay,
            ...(retriable.status === undefined ? {} : { status: retriable.status }),
            ...(retriable.response ? { response: retriable.response } : {}),
          });
          await this.#sleep(delay);
        }
      }
    } catch (error) {
      if (error instanceof Stopped || this.#state === 'cancelled') return;
      this.#fail(error, failures);
    }
  }

  /** Network failures, stalls and retriable statuses; everything else ends the upload. */
  #asRetriable(error: unknown): Retriable | null {
    if (error instanceof Retriable) return error;
    if (error instanceof RequestFailure) return new Retriable(error.message);
    return null;
  }

  /** Blocks while paused or offline; throws once cancelled. */
  async #runnable(): Promise<void> {
    for (;;) {
      if (this.#state === 'cancelled') throw new Stopped();
      if (!this.#paused && !this.#offline) return;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
    }
  }

  #wakeUp(): void {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const signal = this.#stop.signal;
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done);
    });
  }

  async #resolveUrl(): Promise<void> {
    const { endpoint, source } = this.#options;
    if (typeof endpoint === 'string') {
      this.#url = this.#checkUrl(endpoint, 'endpoint');
      return;
    }
    if (this.#store && source instanceof File) {
      this.#fingerprint = await fingerprintFile(source);
      const saved = this.#store.get(this.#fingerprint);
      if (saved) {
        this.#url = saved.url;
        this.#resumed = true;
        this.#needProbe = true;
        return;
      }
    }
    await this.#createUrl(endpoint);
  }

  async #createUrl(endpoint: (file?: File) => Promise<string>): Promise<void> {
    const { source } = this.#options;
    let value: unknown;
    try {
      value = await endpoint(source instanceof File ? source : undefined);
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      throw new UploadError('endpoint-failed', `Failed to get endpoint: ${message}`, { cause });
    }
    if (this.#state === 'cancelled') throw new Stopped();
    this.#url = this.#checkUrl(value, 'the endpoint function');
    this.#resumed = false;
    this.#needProbe = false;
    if (this.#fingerprint) this.#store?.set(this.#fingerprint, this.#url);
  }

  /**
   * A resumed URL that the server no longer knows (404/410), or whose server will not say
   * what it holds: start a new upload instead (a second copy costs bytes, a guess costs data).
   */
  async #replaceGoneResumeUrl(error: UploadError): Promise<boolean> {
    const gone = error.details.status === 404 || error.details.status === 410;
    return gone && this.#replaceResumeUrl();
  }

  async #replaceResumeUrl(): Promise<boolean> {
    const { endpoint } = this.#options;
    if (!this.#resumed || this.#answeredChunks > 0 || typeof endpoint !== 'function') return false;
    if (this.#fingerprint) this.#store?.delete(this.#fingerprint);
    await this.#createUrl(endpoint);
    return true;
  }

  #checkUrl(value: unknown, from: string): string {
    const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
    if (typeof value === 'string' && value.trim() !== '') {
      try {
        return new URL(value, typeof document === 'undefined' ? undefined : document.baseURI).href;
      } catch {
        // Falls through to the error below.
      }
    }
    const what = from === 'endpoint' ? 'endpoint is' : `Failed to get endpoint: ${from} resolved with`;
    throw new UploadError(
      'endpoint-no-url',
      `${what} ${shown}, which is not an upload URL; it must be (or resolve with) the URL string your server got from the upload API`,
      { value },
    );
  }

  async #headers(): Promise<HeaderMap> {
    const { headers } = this.#options;
    try {
      // UpChunk accepts a headers function that returns nothing.
      const value: HeaderMap | undefined = typeof headers === 'function' ? await headers() : headers;
      return value ?? {};
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      throw new UploadError('invalid-option', `the headers function failed: ${message}`, { option: 'headers', cause });
    }
  }

  async #send(
    method: string,
    body: Blob | null,
    extra: HeaderMap,
    onProgress?: (sent: number) => void,
  ): Promise<HttpResponse> {
    const headers = { ...(await this.#headers()), ...extra };
    const controller = new AbortController();
    this.#request = controller;
    // A pause lets a request leave and land (UpChunk); abort, offline and cancel stop it.
    if (this.#aborting || this.#offline || this.#state === 'cancelled') controller.abort();
    try {
      return await send({
        method,
        url: this.#url ?? '',
        headers,
        body,
        stallMs: this.#options.stallMs,
        signal: controller.signal,
        ...(onProgress ? { onProgress } : {}),
      });
    } finally {
      if (this.#request === controller) this.#request = null;
    }
  }

  #response(response: HttpResponse): ChunkResponse {
    return toChunkResponse(response, this.#options.method, this.#url ?? '');
  }

  /** Asks the server how much it holds (an empty request with `bytes *\/TOTAL`); `true` if complete. */
  async #probe(): Promise<boolean> {
    const size = this.#source.size;
    const response = await this.#send(this.#options.method, null, { 'Content-Range': probeRange(size) });
    if (response.status === RESUME_INCOMPLETE) this.#saw308 = true;
    const outcome = probeOutcome({
      status: response.status,
      range: response.header('Range'),
      size,
      trustsComplete: this.#saw308 || (this.#sentFinal && !this.#sawNonFinal2xx),
      retriable: isRetriableStatus(response.status, this.#options.retry),
    });
    if (outcome.kind === 'unknown') {
      // The server answers 2xx to anything: continue from the last chunk it accepted.
      if (await this.#replaceResumeUrl()) return false;
      this.#announceStart(this.#offset);
      return false;
    }
    if (outcome.kind === 'complete') {
      this.#announceStart(size ?? this.#offset);
      return true;
    }
    if (outcome.kind === 'advanced') {
      this.#announceStart(outcome.held);
      this.#moveTo(outcome.held);
      return false;
    }
    throw this.#unsettled(outcome, response, 'the status check');
  }

  /** The error for an outcome that neither completes nor advances. */
  #unsettled(
    outcome: Exclude<Outcome, { kind: 'complete' | 'advanced' }>,
    response: HttpResponse,
    what: string,
  ): Error {
    const answer = this.#response(response);
    if (outcome.kind === 'retry') {
      const message = outcome.message ?? `${what} got ${describe(response)}`;
      return new Retriable(message, response.status, response.header('Retry-After'), answer);
    }
    if (outcome.kind === 'protocol') {
      return new UploadError('protocol', outcome.message, {
        status: response.status,
        offset: this.#offset,
        response: answer,
      });
    }
    return this.#rejected(response, what);
  }

  /** `start` fires once, when it is known where the upload begins. */
  #announceStart(held: number): void {
    if (this.#started) return;
    this.#started = true;
    this.#dispatch('start', { url: this.#url ?? '', offset: held, resumed: this.#resumed && held > 0 });
  }

  /** Sends one chunk; resolves `true` when the server says the upload is complete. */
  async #sendChunk(attempt: number): Promise<boolean> {
    const size = this.#source.size;
    if (size !== null && this.#offset >= size) {
      throw new UploadError('protocol', `the server holds all ${size} bytes but does not report the upload complete`, {
        offset: this.#offset,
      });
    }
    this.#announceStart(this.#offset);
    const chunk = await this.#source.read(this.#offset, this.chunkByteSize);
    const length = chunk.blob.size;
    const total = chunk.final ? chunk.start + length : this.#source.size;
    if (total !== null) this.#meter.setTotal(total);
    const headers: HeaderMap = { 'Content-Range': chunkRange(chunk.start, length, total) };
    if (this.#options.contentType) headers['Content-Type'] = this.#options.contentType;
    this.#dispatch('attempt', {
      chunkNumber: this.#chunkCount,
      totalChunks: total === null ? null : this.#chunkCount + Math.ceil((total - chunk.start) / this.chunkByteSize),
      chunkSize: this.#chunkSizeKib,
      start: chunk.start,
      length,
    });
    if (chunk.final) this.#sentFinal = true;
    const startedAt = performance.now();
    const response = await this.#send(this.#options.method, chunk.blob, headers, (sent) => {
      this.#progress(chunk.start + Math.min(sent, length));
    });
    this.#answeredChunks += 1;
    const seconds = (performance.now() - startedAt) / 1000;
    return this.#settleChunk(chunk, response, attempt, seconds);
  }

  async #settleChunk(chunk: Chunk, response: HttpResponse, attempt: number, seconds: number): Promise<boolean> {
    const end = chunk.start + chunk.blob.size;
    if (response.status === RESUME_INCOMPLETE) this.#saw308 = true;
    const outcome = chunkOutcome({
      status: response.status,
      range: response.header('Range'),
      start: chunk.start,
      end,
      final: chunk.final,
      retriable: isRetriableStatus(response.status, this.#options.retry),
    });
    if (outcome.kind === 'complete') {
      this.#moveTo(end);
      this.#chunkSucceeded(chunk, response, attempt, seconds);
      return true;
    }
    if (outcome.kind === 'advanced') {
      if (response.status !== RESUME_INCOMPLETE) this.#sawNonFinal2xx = true;
      this.#moveTo(outcome.held);
      this.#chunkSucceeded(chunk, response, attempt, seconds);
      return false;
    }
    if (outcome.kind === 'refused' && response.status === 400) {
      // A 400 may mean another request already moved the server on (a response lost in
      // transit); if the server's offset changed, continue from it, else report the refusal.
      const before = this.#offset;
      const complete = await this.#probe().catch(() => null);
      if (complete) return true;
      if (complete === false && this.#offset !== before) return false;
    }
    throw this.#unsettled(outcome, response, `bytes ${chunk.start}-${end - 1}`);
  }

  #rejected(response: HttpResponse, what: string): UploadError {
    const reason = serverReason(response);
    const gone = response.status === 404 || response.status === 410;
    const hint = gone ? '; the upload URL no longer exists (it may have expired), so start a new upload' : '';
    return new UploadError(
      'rejected',
      `Server responded with ${describe(response)} to ${what}. Stopping upload${hint}.`,
      {
        status: response.status,
        ...(reason ? { serverReason: reason } : {}),
        offset: this.#offset,
        response: this.#response(response),
      },
    );
  }

  #chunkSucceeded(chunk: Chunk, response: HttpResponse, attempt: number, seconds: number): void {
    const sizeKib = this.#chunkSizeKib;
    this.#chunkCount += 1;
    this.#dispatch('chunkSuccess', {
      chunk: this.#chunkCount - 1,
      chunkSize: sizeKib,
      attempts: attempt,
      timeInterval: seconds,
      received: this.#offset,
      response: this.#response(response),
    });
    if (this.#options.dynamicChunkSize && !chunk.final) {
      this.#chunkSizeKib = nextChunkSize(sizeKib, chunk.blob.size, seconds, {
        min: this.#options.minChunkSizeKib,
        max: this.#options.maxChunkSizeKib,
      });
    }
  }

  /** The server holds `held` bytes: the next chunk starts there. */
  #moveTo(held: number): void {
    const size = this.#source.size;
    if (size !== null && held > size) {
      throw new UploadError('protocol', `the server claims ${held} bytes of a ${size}-byte file`, { offset: held });
    }
    this.#offset = held;
    this.#source.release(held);
    this.#progress(held);
  }

  /** One `progress` per new byte count: a repeat tells a listener nothing. */
  #progress(loaded: number): void {
    if (loaded === this.#lastLoaded) return;
    this.#lastLoaded = loaded;
    this.#events.dispatchEvent(new UploadProgressEvent(this.#meter.update(loaded, performance.now())));
  }

  #succeed(): void {
    this.#state = 'success';
    this.#paused = false;
    this.#listen(false);
    this.#source.close();
    const size = this.#source.size ?? this.#offset;
    this.#meter.setTotal(size);
    this.#progress(size);
    if (this.#fingerprint) this.#store?.delete(this.#fingerprint);
    this.#dispatch('success', { url: this.#url ?? '', size });
  }

  #fail(cause: unknown, attempts: number): void {
    this.#state = 'failed';
    this.#listen(false);
    const error =
      cause instanceof UploadError
        ? cause
        : new UploadError(
            'read-failed',
            `the upload stopped: ${cause instanceof Error ? cause.message : String(cause)}`,
            { cause },
          );
    this.#dispatch('error', {
      message: error.message,
      chunk: this.#chunkCount,
      chunkNumber: this.#chunkCount,
      attempts,
      reason: error.reason,
      ...(error.details.status === undefined ? {} : { status: error.details.status }),
      ...(error.details.response ? { response: error.details.response } : {}),
      error,
    });
  }

  #setOffline(offline: boolean): void {
    if (this.#offline === offline) return;
    this.#offline = offline;
    if (offline) {
      this.#request?.abort();
      this.#dispatch('offline', undefined);
    } else {
      this.#meter.restartRate();
      this.#dispatch('online', undefined);
      this.#wakeUp();
    }
  }

  readonly #onOnline = (): void => {
    this.#setOffline(false);
  };

  readonly #onOffline = (): void => {
    this.#setOffline(true);
  };

  #listen(on: boolean): void {
    if (typeof window === 'undefined' || on === this.#listening) return;
    this.#listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('online', this.#onOnline);
    window[method]('offline', this.#onOffline);
  }

  #dispatch<K extends Exclude<UploadEventName, 'progress'>>(
    name: K,
    detail: UploadEventMap[K] extends CustomEvent<infer D> ? D : never,
  ): void {
    this.#events.dispatchEvent(new CustomEvent(name, { detail }));
  }
}

/** UpChunk's name for the class, so `instanceof UpChunk` and `UpChunk.createUpload` work. */
export { Upload as UpChunk };

/** UpChunk's entry point: starts uploading at once. */
export function createUpload(options: UploadOptions): Upload {
  return new Upload(options);
}
