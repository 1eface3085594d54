/**
 * A resumable chunked upload (DESIGN §3) with UpChunk 3.5's API. One loop sends one chunk at
 * a time. A fresh upload starts at byte 0 without asking; after that every offset it sends
 * from is one the server stated (a `308`'s or 2xx's `Range`, a `bytes *\/TOTAL` probe after a
 * failure, pause, offline or resume) or, for servers that answer a bare 2xx to each chunk, the
 * end of the last chunk it accepted. No claim is believed that this upload cannot account for:
 * never more bytes than its requests ever carried, and success only for a 2xx to the final
 * chunk (or a probe after it) whose reported size and digest, when given, match the file.
 */
import { kibToBytes, nextChunkSize, chunkSizeProblem } from './chunk-size.ts';
import { chunkOutcome, probeOutcome, RESUME_INCOMPLETE } from './chunk-outcome.ts';
import { completionProblem, serverReport } from './completion-check.ts';
import { chunkRange, probeRange } from './content-range.ts';
import { UploadError, UploadOptionError } from './errors.ts';
import { RequestFailure, send, toChunkResponse, type ChunkResponse, type HttpResponse } from './http.ts';
import { NetworkWatch } from './network-watch.ts';
import {
  normalizeOptions,
  type Endpoint,
  type HeaderMap,
  type NormalizedOptions,
  type UploadOptions,
  type UploadSource,
} from './options.ts';
import { ProgressMeter, type ProgressSnapshot } from './progress-meter.ts';
import { RetryBudget } from './retry-budget.ts';
import { isRetriableStatus, MAX_RETRY_DELAY_MS, nextDelay } from './retry-policy.ts';
import { RunGate } from './run-gate.ts';
import { Retriable, Stopped, unsettled } from './server-answer.ts';
import { BlobSource, StreamSource, type Chunk, type ChunkSource } from './sources.ts';
import { UploadProgressEvent, type UploadEventMap, type UploadEventName } from './upload-events.ts';
import { UploadTarget } from './upload-target.ts';

export type UploadState = 'uploading' | 'success' | 'failed' | 'cancelled';

export class Upload {
  /** UpChunk's static entry point: starts uploading at once. */
  static createUpload(options: UploadOptions): Upload {
    return new Upload(options);
  }

  readonly #options: NormalizedOptions;
  readonly #events = new EventTarget();
  readonly #source: ChunkSource;
  readonly #meter: ProgressMeter;
  readonly #target: UploadTarget;
  /** Where the loop waits; stopped when the upload is cancelled. */
  readonly #gate = new RunGate();
  readonly #network = new NetworkWatch((offline) => {
    this.#setOffline(offline);
  });
  #state: UploadState = 'uploading';
  #chunkSizeKib: number;
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
  #started = false;
  #lastLoaded = -1;

  constructor(options: UploadOptions) {
    this.#options = normalizeOptions(options);
    const source = this.#options.source;
    this.#source = source instanceof Blob ? new BlobSource(source) : new StreamSource(source);
    this.#chunkSizeKib = this.#options.chunkSizeKib;
    this.#meter = new ProgressMeter(this.#source.size);
    this.#target = new UploadTarget(this.#options);
    this.#offline = NetworkWatch.offline;
    this.#network.listen(true);
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
    this.#gate.wakeUp();
  }

  /**
   * Ends the upload for good. The saved resume point is forgotten unless `keepResumable`,
   * so choosing the same file later starts a new upload; the URL is free for another file.
   */
  cancel(options: { keepResumable?: boolean } = {}): void {
    if (this.#state === 'success' || this.#state === 'cancelled') return;
    this.#state = 'cancelled';
    this.#gate.stop();
    this.#request?.abort();
    this.#network.listen(false);
    this.#source.close();
    this.#target.cancelled(options.keepResumable ?? false);
  }

  // Beyond UpChunk.

  get state(): UploadState {
    return this.#state;
  }

  /** The upload URL once known. */
  get url(): string | null {
    return this.#target.url;
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
    this.#needProbe = this.#target.url !== null;
    this.#network.listen(true);
    void this.#run();
  }

  // The loop.

  async #run(): Promise<void> {
    const budget = new RetryBudget(this.#options.retry.attempts);
    try {
      if (this.#target.url === null) {
        await this.#target.resolve(() => this.#state === 'cancelled');
        this.#needProbe = this.#target.resumed;
      }
      for (;;) {
        await this.#gate.until(() => !this.#paused && !this.#offline);
        const before = this.#offset;
        try {
          const final = this.#needProbe ? await this.#probe() : await this.#sendChunk(budget.failures + 1);
          if (final) return await this.#finish(final);
          if (this.#offset < before) {
            throw new Retriable(`the server went back from ${before} to ${this.#offset} bytes held`);
          }
          budget.confirmed(this.#offset);
        } catch (error) {
          if (error instanceof RequestFailure && error.kind === 'abort') {
            // Aborted, offline or cancelled: the gate decides; a probe realigns afterwards.
            this.#needProbe = true;
            continue;
          }
          if (error instanceof UploadError && (await this.#replaceGoneResumeUrl(error))) continue;
          const retriable = error instanceof RequestFailure ? new Retriable(error.message) : error;
          if (!(retriable instanceof Retriable)) throw error;
          this.#needProbe = true;
          if (NetworkWatch.offline) {
            // Waiting for the network costs no attempt.
            this.#setOffline(true);
            continue;
          }
          await this.#retryLater(retriable, budget);
        }
      }
    } catch (error) {
      if (error instanceof Stopped || this.#state === 'cancelled') return;
      this.#fail(error, budget.failures);
    }
  }

  /** Spends one attempt and waits before the next; throws once none is left or the wait is too long. */
  async #retryLater(failure: Retriable, budget: RetryBudget): Promise<void> {
    const extra = {
      ...(failure.status === undefined ? {} : { status: failure.status }),
      ...(failure.response ? { response: failure.response } : {}),
    };
    if (!budget.spend()) {
      const { attempts } = budget;
      throw new UploadError(
        'attempts-exhausted',
        `gave up after ${attempts} attempt${attempts === 1 ? '' : 's'} at byte ${this.#offset}: ${failure.message}`,
        { offset: this.#offset, ...extra },
      );
    }
    const delay = nextDelay(budget.failures, this.#options.retry, failure.retryAfter);
    if (delay > MAX_RETRY_DELAY_MS) {
      throw new UploadError(
        'rejected',
        `${failure.message}, and the server asked to wait ${formatDuration(delay)} before trying again (Retry-After: ${failure.retryAfter ?? ''}), longer than the ${formatDuration(MAX_RETRY_DELAY_MS)} an upload waits; call retry() later`,
        { offset: this.#offset, ...extra },
      );
    }
    this.#dispatch('attemptFailure', {
      message: `An error occurred uploading chunk ${this.#chunkCount}: ${failure.message}. ${budget.left} retries left, next in ${Math.round(delay)} ms.`,
      chunkNumber: this.#chunkCount,
      attemptsLeft: budget.left,
      delay,
      ...extra,
    });
    await this.#gate.sleep(delay);
  }

  /**
   * A resumed URL that the server no longer knows (404/410): start a new upload instead.
   */
  async #replaceGoneResumeUrl(error: UploadError): Promise<boolean> {
    const gone = error.details.status === 404 || error.details.status === 410;
    return gone && this.#replaceResumeUrl();
  }

  async #replaceResumeUrl(): Promise<boolean> {
    const replaced = await this.#target.replaceResumed(this.#answeredChunks, () => this.#state === 'cancelled');
    if (replaced) this.#needProbe = false;
    return replaced;
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
        url: this.#target.url ?? '',
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
    return toChunkResponse(response, this.#options.method, this.#target.url ?? '');
  }

  #protocol(message: string, response?: HttpResponse): UploadError {
    return new UploadError('protocol', message, {
      offset: this.#offset,
      ...(response ? { status: response.status, response: this.#response(response) } : {}),
    });
  }

  /**
   * Asks the server how much it holds (an empty request with `bytes *\/TOTAL`). Resolves with
   * the answer when it says the upload is complete, else `null`.
   */
  async #probe(): Promise<HttpResponse | null> {
    const size = this.#source.size;
    const response = await this.#send(this.#options.method, null, { 'Content-Range': probeRange(size) });
    this.#needProbe = false;
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
      if (await this.#replaceResumeUrl()) return null;
      this.#announceStart(this.#offset);
      return null;
    }
    if (outcome.kind === 'complete') {
      this.#announceStart(size ?? this.#offset);
      return response;
    }
    if (outcome.kind === 'advanced') {
      const sent = this.#target.sent;
      if (outcome.held > sent) {
        throw this.#protocol(
          `the server claims to hold ${outcome.held} bytes, but this upload has sent only ${sent}; the upload URL may hold another upload's bytes`,
          response,
        );
      }
      this.#announceStart(outcome.held);
      this.#moveTo(outcome.held);
      return null;
    }
    this.#needProbe = true;
    throw unsettled(outcome, response, this.#response(response), 'the status check', this.#offset);
  }

  /** `start` fires once, when it is known where the upload begins. */
  #announceStart(held: number): void {
    if (this.#started) return;
    this.#started = true;
    const resumed = this.#target.resumed && held > 0;
    this.#dispatch('start', { url: this.#target.url ?? '', offset: held, resumed });
  }

  /** Sends one chunk; resolves with the answer when it completes the upload, else `null`. */
  async #sendChunk(attempt: number): Promise<HttpResponse | null> {
    const size = this.#source.size;
    if (size !== null && this.#offset >= size) {
      throw this.#protocol(`the server holds all ${size} bytes but does not report the upload complete`);
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
    this.#target.reached(chunk.start + length);
    const startedAt = performance.now();
    const response = await this.#send(this.#options.method, chunk.blob, headers, (sent) => {
      this.#progress(chunk.start + Math.min(sent, length));
    });
    this.#answeredChunks += 1;
    const seconds = (performance.now() - startedAt) / 1000;
    return this.#settleChunk(chunk, response, attempt, seconds);
  }

  async #settleChunk(
    chunk: Chunk,
    response: HttpResponse,
    attempt: number,
    seconds: number,
  ): Promise<HttpResponse | null> {
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
      return response;
    }
    if (outcome.kind === 'advanced') {
      if (response.status !== RESUME_INCOMPLETE) this.#sawNonFinal2xx = true;
      this.#moveTo(outcome.held);
      this.#chunkSucceeded(chunk, response, attempt, seconds);
      return null;
    }
    if (outcome.kind === 'refused' && response.status === 400) {
      // A 400 may mean another request already moved the server on (a response lost in
      // transit); if the server's offset changed, continue from it, else report the refusal.
      const before = this.#offset;
      const complete = await this.#probe().catch((error: unknown) => {
        if (error instanceof UploadError && error.reason === 'protocol') throw error;
        return undefined;
      });
      if (complete) return complete;
      if (complete === null && this.#offset !== before) return null;
    }
    throw unsettled(outcome, response, this.#response(response), `bytes ${chunk.start}-${end - 1}`, this.#offset);
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
    if (size !== null && held > size) throw this.#protocol(`the server claims ${held} bytes of a ${size}-byte file`);
    if (held > 0) this.#target.holding();
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

  /**
   * The server says the upload is complete: believed only if every byte was sent and what it
   * reports of the stored file (size, SHA-256) matches the file.
   */
  async #finish(answer: HttpResponse): Promise<void> {
    const size = this.#source.size;
    const sent = this.#target.sent;
    if (size === null ? !this.#sentFinal : sent < size) {
      throw this.#protocol(
        `the server reports the upload complete, but this upload has sent only ${sent} of ${size ?? 'its'} bytes; the upload URL may hold another upload's bytes`,
        answer,
      );
    }
    this.#target.holding();
    const file = this.#options.source instanceof Blob ? this.#options.source : null;
    const problem = await completionProblem(serverReport(answer.text), size ?? sent, file);
    if (this.#state === 'cancelled') throw new Stopped();
    if (problem) throw this.#protocol(`${problem}; the upload URL may hold another upload's bytes`, answer);
    this.#succeed();
  }

  #succeed(): void {
    this.#state = 'success';
    this.#paused = false;
    this.#network.listen(false);
    this.#source.close();
    const size = this.#source.size ?? this.#offset;
    this.#meter.setTotal(size);
    this.#progress(size);
    this.#target.completed();
    this.#dispatch('success', { url: this.#target.url ?? '', size });
  }

  #fail(cause: unknown, attempts: number): void {
    this.#state = 'failed';
    this.#network.listen(false);
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
      this.#gate.wakeUp();
    }
  }

  #dispatch<K extends Exclude<UploadEventName, 'progress'>>(
    name: K,
    detail: UploadEventMap[K] extends CustomEvent<infer D> ? D : never,
  ): void {
    this.#events.dispatchEvent(new CustomEvent(name, { detail }));
  }
}

/** "31,710 years", "2 hours", "1 hour": a wait in words for messages. */
function formatDuration(ms: number): string {
  const units: [string, number][] = [
    ['year', 365 * 24 * 3600_000],
    ['day', 24 * 3600_000],
    ['hour', 3600_000],
    ['minute', 60_000],
  ];
  for (const [unit, size] of units) {
    if (ms >= size) {
      const count = Math.round(ms / size);
      return `${count.toLocaleString('en')} ${unit}${count === 1 ? '' : 's'}`;
    }
  }
  return `${Math.round(ms / 1000)} s`;
}

/** UpChunk's name for the class, so `instanceof UpChunk` and `UpChunk.createUpload` work. */
export { Upload as UpChunk };

/** UpChunk's entry point: starts uploading at once. */
export function createUpload(options: UploadOptions): Upload {
  return new Upload(options);
}
