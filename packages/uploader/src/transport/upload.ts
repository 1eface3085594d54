/**
 * A resumable chunked upload (DESIGN §3) with UpChunk 3.5's API. One loop sends one chunk at
 * a time (`ChunkExchange`). A fresh upload starts at byte 0 without asking; after that every
 * offset it sends from is one the server stated (a `308`'s or 2xx's `Range`, a `bytes *\/TOTAL`
 * probe after a failure, pause, offline or resume) or, for servers that answer a bare 2xx to
 * each chunk, the end of the last chunk it accepted. No claim is believed that this upload
 * cannot account for: never more bytes than its requests ever carried, and success only for
 * a 2xx to the final chunk (or a probe after it) whose reported size and digest, when given,
 * match the file (the CRC32C is computed while the chunks are sent: `ChecksummedSource`).
 */
import { ChecksummedSource } from './checksummed-source.ts';
import { ChunkExchange } from './chunk-exchange.ts';
import { chunkSizeProblem } from './chunk-size.ts';
import { completionProblem, serverReport } from './completion-check.ts';
import { UploadError, UploadOptionError } from './errors.ts';
import { formatDuration } from './format-duration.ts';
import { RequestFailure, type HttpResponse } from './http.ts';
import { NetworkWatch } from './network-watch.ts';
import {
  normalizeOptions,
  type Endpoint,
  type NormalizedOptions,
  type UploadOptions,
  type UploadSource,
} from './options.ts';
import { ProgressMeter, type ProgressSnapshot } from './progress-meter.ts';
import { RetryBudget } from './retry-budget.ts';
import { MAX_RETRY_DELAY_MS, nextDelay } from './retry-policy.ts';
import { RunGate } from './run-gate.ts';
import { Retriable, Stopped } from './server-answer.ts';
import { BlobSource, StreamSource } from './sources.ts';
import { UploadEmitter } from './upload-emitter.ts';
import type { UploadEventMap, UploadEventName } from './upload-events.ts';
import { UploadTarget } from './upload-target.ts';

export type UploadState = 'uploading' | 'success' | 'failed' | 'cancelled';

export class Upload {
  /** UpChunk's static entry point: starts uploading at once. */
  static createUpload(options: UploadOptions): Upload {
    return new Upload(options);
  }

  readonly #options: NormalizedOptions;
  readonly #source: ChecksummedSource;
  readonly #meter: ProgressMeter;
  readonly #events: UploadEmitter;
  readonly #target: UploadTarget;
  readonly #exchange: ChunkExchange;
  /** Where the loop waits; stopped when the upload is cancelled. */
  readonly #gate = new RunGate();
  readonly #network = new NetworkWatch((offline) => {
    this.#setOffline(offline);
  });
  #state: UploadState = 'uploading';
  #paused = false;
  /** `abort()` was called: the request in flight, or about to leave, is abandoned. */
  #aborting = false;
  #offline: boolean;

  constructor(options: UploadOptions) {
    this.#options = normalizeOptions(options);
    const source = this.#options.source;
    this.#source =
      source instanceof Blob
        ? new ChecksummedSource(new BlobSource(source), source)
        : new ChecksummedSource(new StreamSource(source), null);
    this.#meter = new ProgressMeter(this.#source.size);
    this.#events = new UploadEmitter(this.#meter);
    this.#target = new UploadTarget(this.#options);
    this.#exchange = new ChunkExchange({
      options: this.#options,
      source: this.#source,
      meter: this.#meter,
      target: this.#target,
      events: this.#events,
      holdRequests: () => this.#aborting || this.#offline || this.#state === 'cancelled',
      cancelled: () => this.#state === 'cancelled',
    });
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
    return this.#exchange.chunkSizeKib;
  }

  set chunkSize(kib: number) {
    const problem = chunkSizeProblem(kib);
    if (problem) {
      throw new UploadOptionError(
        `chunkSize ${String(kib)} must be a positive number in multiples of 256: ${problem}`,
        { option: 'chunkSize', value: kib },
      );
    }
    this.#exchange.chunkSizeKib = kib;
  }

  get chunkByteSize(): number {
    return this.#exchange.chunkByteSize;
  }

  /** Fraction (0–1) of the file the server has confirmed. */
  get successfulPercentage(): number {
    const size = this.#source.size;
    return size ? this.#exchange.offset / size : 0;
  }

  on<K extends UploadEventName>(name: K, listener: (event: UploadEventMap[K]) => void): void {
    this.#events.on(name, listener);
  }

  once<K extends UploadEventName>(name: K, listener: (event: UploadEventMap[K]) => void): void {
    this.#events.on(name, listener, true);
  }

  off<K extends UploadEventName>(name: K, listener: (event: UploadEventMap[K]) => void): void {
    this.#events.off(name, listener);
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
    this.#exchange.abortRequest();
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
    this.#exchange.abortRequest();
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
    return this.#exchange.offset;
  }

  get progress(): ProgressSnapshot {
    return this.#meter.snapshot;
  }

  /** After an error: tries again from what the server holds (never from zero). */
  retry(): void {
    if (this.#state !== 'failed') return;
    this.#state = 'uploading';
    this.#exchange.needProbe = this.#target.url !== null;
    this.#network.listen(true);
    void this.#run();
  }

  // The loop.

  async #run(): Promise<void> {
    const exchange = this.#exchange;
    const budget = new RetryBudget(this.#options.retry.attempts);
    try {
      if (this.#target.url === null) {
        await this.#target.resolve(() => this.#state === 'cancelled');
        exchange.needProbe = this.#target.resumed;
      }
      for (;;) {
        await this.#gate.until(() => !this.#paused && !this.#offline);
        const before = exchange.offset;
        try {
          const final = exchange.needProbe ? await exchange.probe() : await exchange.sendChunk(budget.failures + 1);
          if (final) return await this.#finish(final);
          if (exchange.offset < before) {
            throw new Retriable(`the server went back from ${before} to ${exchange.offset} bytes held`);
          }
          budget.confirmed(exchange.offset);
        } catch (error) {
          if (error instanceof RequestFailure && error.kind === 'abort') {
            // Aborted, offline or cancelled: the gate decides; a probe realigns afterwards.
            exchange.needProbe = true;
            continue;
          }
          if (error instanceof UploadError && isGone(error) && (await exchange.replaceResumeUrl())) continue;
          const retriable = error instanceof RequestFailure ? new Retriable(error.message) : error;
          if (!(retriable instanceof Retriable)) throw error;
          exchange.needProbe = true;
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
    const offset = this.#exchange.offset;
    const extra = {
      ...(failure.status === undefined ? {} : { status: failure.status }),
      ...(failure.response ? { response: failure.response } : {}),
    };
    if (!budget.spend()) {
      const { attempts } = budget;
      throw new UploadError(
        'attempts-exhausted',
        `gave up after ${attempts} attempt${attempts === 1 ? '' : 's'} at byte ${offset}: ${failure.message}`,
        { offset, ...extra },
      );
    }
    const delay = nextDelay(budget.failures, this.#options.retry, failure.retryAfter);
    if (delay > MAX_RETRY_DELAY_MS) {
      throw new UploadError(
        'rejected',
        `${failure.message}, and the server asked to wait ${formatDuration(delay)} before trying again (Retry-After: ${failure.retryAfter ?? ''}), longer than the ${formatDuration(MAX_RETRY_DELAY_MS)} an upload waits; call retry() later`,
        { offset, ...extra },
      );
    }
    const chunkNumber = this.#exchange.chunkCount;
    this.#events.dispatch('attemptFailure', {
      message: `An error occurred uploading chunk ${chunkNumber}: ${failure.message}. ${budget.left} retries left, next in ${Math.round(delay)} ms.`,
      chunkNumber,
      attemptsLeft: budget.left,
      delay,
      ...extra,
    });
    await this.#gate.sleep(delay);
  }

  /**
   * The server says the upload is complete: believed only if every byte was sent and what it
   * reports of the stored file (size, SHA-256) matches the file.
   */
  async #finish(answer: HttpResponse): Promise<void> {
    const size = this.#source.size;
    const sent = this.#target.sent;
    if (size === null ? !this.#exchange.sentFinal : sent < size) {
      throw this.#exchange.protocol(
        `the server reports the upload complete, but this upload has sent only ${sent} of ${size ?? 'its'} bytes; the upload URL may hold another upload's bytes`,
        answer,
      );
    }
    this.#target.holding();
    const total = size ?? sent;
    const file = this.#options.source instanceof Blob ? this.#options.source : null;
    const problem = await completionProblem(serverReport(answer.text, answer.header('X-Goog-Hash')), total, {
      crc32c: () => this.#source.crc32c(total),
      // Only for a server that reports a SHA-256 and no CRC32C: the file is read again.
      sha256: async () => (file ? (await import('./sha256.ts')).sha256OfBlob(file) : null),
    });
    if (this.#state === 'cancelled') throw new Stopped();
    if (problem) throw this.#exchange.protocol(`${problem}; the upload URL may hold another upload's bytes`, answer);
    this.#succeed();
  }

  #succeed(): void {
    this.#state = 'success';
    this.#paused = false;
    this.#network.listen(false);
    this.#source.close();
    const size = this.#source.size ?? this.#exchange.offset;
    this.#meter.setTotal(size);
    this.#events.progress(size);
    this.#target.completed();
    this.#events.dispatch('success', { url: this.#target.url ?? '', size });
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
    const chunkNumber = this.#exchange.chunkCount;
    this.#events.dispatch('error', {
      message: error.message,
      chunk: chunkNumber,
      chunkNumber,
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
      this.#exchange.abortRequest();
      this.#events.dispatch('offline', undefined);
    } else {
      this.#meter.restartRate();
      this.#events.dispatch('online', undefined);
      this.#gate.wakeUp();
    }
  }
}

/** A 404/410: the upload URL is gone (a resumed one is replaced by a new upload). */
const isGone = (error: UploadError): boolean => error.details.status === 404 || error.details.status === 410;

/** UpChunk's name for the class, so `instanceof UpChunk` and `UpChunk.createUpload` work. */
export { Upload as UpChunk };

/** UpChunk's entry point: starts uploading at once. */
export function createUpload(options: UploadOptions): Upload {
  return new Upload(options);
}
