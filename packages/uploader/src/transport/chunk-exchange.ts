/**
 * One request at a time with the server, and what its answer means for the upload: a chunk
 * sent, or a `bytes *\/TOTAL` status probe. Owns what the server has confirmed (`offset`) and
 * what it has shown of itself, and refuses any claim beyond the bytes this upload ever sent.
 */
import { kibToBytes, nextChunkSize } from './chunk-size.ts';
import { chunkOutcome, probeOutcome, RESUME_INCOMPLETE } from './chunk-outcome.ts';
import { chunkRange, probeRange } from './content-range.ts';
import { UploadError } from './errors.ts';
import { send, toChunkResponse, type ChunkResponse, type HttpResponse } from './http.ts';
import type { HeaderMap, NormalizedOptions } from './options.ts';
import type { ProgressMeter } from './progress-meter.ts';
import { isRetriableStatus } from './retry-policy.ts';
import { unsettled } from './server-answer.ts';
import type { Chunk, ChunkSource } from './sources.ts';
import type { UploadEmitter } from './upload-emitter.ts';
import type { UploadTarget } from './upload-target.ts';

export interface ExchangeContext {
  readonly options: NormalizedOptions;
  readonly source: ChunkSource;
  readonly meter: ProgressMeter;
  readonly target: UploadTarget;
  readonly events: UploadEmitter;
  /** A request about to leave is abandoned at once (abort, offline, cancel); a pause lets it go. */
  holdRequests(): boolean;
  cancelled(): boolean;
}

export class ChunkExchange {
  readonly #context: ExchangeContext;
  /** Bytes the server has confirmed holding. */
  #offset = 0;
  #chunkCount = 0;
  chunkSizeKib: number;
  /** Ask the server what it holds before the next chunk (after a resume, failure, abort or offline). */
  needProbe = false;
  /** What the server has shown of itself, for reading a 2xx to a probe. */
  #saw308 = false;
  #sawNonFinal2xx = false;
  #sentFinal = false;
  #answeredChunks = 0;
  /** The request in flight, aborted by `abort()`, offline and `cancel()`. */
  #request: AbortController | null = null;
  #started = false;

  constructor(context: ExchangeContext) {
    this.#context = context;
    this.chunkSizeKib = context.options.chunkSizeKib;
  }

  get offset(): number {
    return this.#offset;
  }

  get chunkCount(): number {
    return this.#chunkCount;
  }

  /** The final chunk has gone out at least once. */
  get sentFinal(): boolean {
    return this.#sentFinal;
  }

  get chunkByteSize(): number {
    return kibToBytes(this.chunkSizeKib);
  }

  abortRequest(): void {
    this.#request?.abort();
  }

  /**
   * A resumed URL the server no longer knows or will not describe, before any chunk of this
   * page was answered: a new URL replaces it.
   */
  async replaceResumeUrl(): Promise<boolean> {
    const replaced = await this.#context.target.replaceResumed(this.#answeredChunks, () => this.#context.cancelled());
    if (replaced) this.needProbe = false;
    return replaced;
  }

  protocol(message: string, response?: HttpResponse): UploadError {
    return new UploadError('protocol', message, {
      offset: this.#offset,
      ...(response ? { status: response.status, response: this.#response(response) } : {}),
    });
  }

  /**
   * Asks the server how much it holds (an empty request with `bytes *\/TOTAL`). Resolves with
   * the answer when it says the upload is complete, else `null`.
   */
  async probe(): Promise<HttpResponse | null> {
    const { source, options, target } = this.#context;
    const size = source.size;
    const response = await this.#send(null, { 'Content-Range': probeRange(size) });
    this.needProbe = false;
    if (response.status === RESUME_INCOMPLETE) this.#saw308 = true;
    const outcome = probeOutcome({
      status: response.status,
      range: response.header('Range'),
      size,
      trustsComplete: this.#saw308 || (this.#sentFinal && !this.#sawNonFinal2xx),
      retriable: isRetriableStatus(response.status, options.retry),
    });
    if (outcome.kind === 'unknown') {
      // The server answers 2xx to anything: continue from the last chunk it accepted.
      if (await this.replaceResumeUrl()) return null;
      this.#announceStart(this.#offset);
      return null;
    }
    if (outcome.kind === 'complete') {
      this.#announceStart(size ?? this.#offset);
      return response;
    }
    if (outcome.kind === 'advanced') {
      if (outcome.held > target.sent) {
        throw this.protocol(
          `the server claims to hold ${outcome.held} bytes, but this upload has sent only ${target.sent}; the upload URL may hold another upload's bytes`,
          response,
        );
      }
      this.#announceStart(outcome.held);
      this.#moveTo(outcome.held);
      return null;
    }
    this.needProbe = true;
    throw unsettled(outcome, response, this.#response(response), 'the status check', this.#offset);
  }

  /** Sends one chunk; resolves with the answer when it completes the upload, else `null`. */
  async sendChunk(attempt: number): Promise<HttpResponse | null> {
    const { source, meter, options, events, target } = this.#context;
    const size = source.size;
    if (size !== null && this.#offset >= size) {
      throw this.protocol(`the server holds all ${size} bytes but does not report the upload complete`);
    }
    this.#announceStart(this.#offset);
    const chunk = await source.read(this.#offset, this.chunkByteSize);
    const length = chunk.blob.size;
    const total = chunk.final ? chunk.start + length : source.size;
    if (total !== null) meter.setTotal(total);
    const headers: HeaderMap = { 'Content-Range': chunkRange(chunk.start, length, total) };
    if (options.contentType) headers['Content-Type'] = options.contentType;
    events.dispatch('attempt', {
      chunkNumber: this.#chunkCount,
      totalChunks: total === null ? null : this.#chunkCount + Math.ceil((total - chunk.start) / this.chunkByteSize),
      chunkSize: this.chunkSizeKib,
      start: chunk.start,
      length,
    });
    if (chunk.final) this.#sentFinal = true;
    target.reached(chunk.start + length);
    const startedAt = performance.now();
    const response = await this.#send(chunk.blob, headers, (sent) => {
      events.progress(chunk.start + Math.min(sent, length));
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
      retriable: isRetriableStatus(response.status, this.#context.options.retry),
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
      // A probe that catches the server in an impossible claim ends the upload.
      const before = this.#offset;
      const complete = await this.probe().catch((error: unknown) => {
        if (error instanceof UploadError && error.reason !== 'rejected') throw error;
        return undefined;
      });
      if (complete) return complete;
      if (complete === null && this.#offset !== before) return null;
    }
    throw unsettled(outcome, response, this.#response(response), `bytes ${chunk.start}-${end - 1}`, this.#offset);
  }

  #chunkSucceeded(chunk: Chunk, response: HttpResponse, attempt: number, seconds: number): void {
    const { options, events } = this.#context;
    const sizeKib = this.chunkSizeKib;
    this.#chunkCount += 1;
    events.dispatch('chunkSuccess', {
      chunk: this.#chunkCount - 1,
      chunkSize: sizeKib,
      attempts: attempt,
      timeInterval: seconds,
      received: this.#offset,
      response: this.#response(response),
    });
    if (options.dynamicChunkSize && !chunk.final) {
      this.chunkSizeKib = nextChunkSize(sizeKib, chunk.blob.size, seconds, {
        min: options.minChunkSizeKib,
        max: options.maxChunkSizeKib,
      });
    }
  }

  /** The server holds `held` bytes: the next chunk starts there. */
  #moveTo(held: number): void {
    const { source, target, events } = this.#context;
    const size = source.size;
    if (size !== null && held > size) throw this.protocol(`the server claims ${held} bytes of a ${size}-byte file`);
    if (held > 0) target.holding();
    this.#offset = held;
    source.release(held);
    events.progress(held);
  }

  /** `start` fires once, when it is known where the upload begins. */
  #announceStart(held: number): void {
    if (this.#started) return;
    this.#started = true;
    const { target, events } = this.#context;
    events.dispatch('start', { url: target.url ?? '', offset: held, resumed: target.resumed && held > 0 });
  }

  async #headers(): Promise<HeaderMap> {
    const { headers } = this.#context.options;
    try {
      // UpChunk accepts a headers function that returns nothing.
      const value: HeaderMap | undefined = typeof headers === 'function' ? await headers() : headers;
      return value ?? {};
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      throw new UploadError('invalid-option', `the headers function failed: ${message}`, { option: 'headers', cause });
    }
  }

  async #send(body: Blob | null, extra: HeaderMap, onProgress?: (sent: number) => void): Promise<HttpResponse> {
    const { options, target } = this.#context;
    const headers = { ...(await this.#headers()), ...extra };
    const controller = new AbortController();
    this.#request = controller;
    if (this.#context.holdRequests()) controller.abort();
    try {
      return await send({
        method: options.method,
        url: target.url ?? '',
        headers,
        body,
        stallMs: options.stallMs,
        signal: controller.signal,
        ...(onProgress ? { onProgress } : {}),
      });
    } finally {
      if (this.#request === controller) this.#request = null;
    }
  }

  #response(response: HttpResponse): ChunkResponse {
    return toChunkResponse(response, this.#context.options.method, this.#context.target.url ?? '');
  }
}
