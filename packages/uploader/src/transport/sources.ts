/**
 * What the transport uploads from. A source hands out one chunk at a time as a `Blob`, so a
 * file is never read into memory: slices of a `File` are read from disk as the request sends
 * them, and a stream keeps only the bytes the server has not yet confirmed.
 */
import { UploadError } from './errors.ts';

export interface Chunk {
  start: number;
  blob: Blob;
  /** This chunk ends the upload: it carries the total in its `Content-Range`. */
  final: boolean;
}

export interface ChunkSource {
  /** Size in bytes, or `null` until a stream has ended. */
  readonly size: number | null;
  /** Up to `length` bytes from `offset` (fewer only at the end). */
  read(offset: number, length: number): Promise<Chunk>;
  /** The server holds every byte before `offset`; a stream may forget them. */
  release(offset: number): void;
  /** Stops reading; a stream is cancelled. */
  close(): void;
}

export class BlobSource implements ChunkSource {
  readonly #blob: Blob;

  constructor(blob: Blob) {
    this.#blob = blob;
  }

  get size(): number {
    return this.#blob.size;
  }

  async read(offset: number, length: number): Promise<Chunk> {
    const end = Math.min(offset + length, this.#blob.size);
    if (offset >= end) {
      throw new UploadError('protocol', `no bytes left to send at offset ${offset} of ${this.#blob.size}`, {
        offset,
      });
    }
    return { start: offset, blob: this.#blob.slice(offset, end), final: end === this.#blob.size };
  }

  release(): void {
    // A blob can be sliced again from anywhere: nothing to forget.
  }

  close(): void {
    // Nothing held open.
  }
}

type StreamPart = Uint8Array | Blob;

/**
 * A `ReadableStream` of unknown size. It reads ahead by one stream part past the chunk it
 * hands out, so it knows whether that chunk is the last (and can label it with the total)
 * without ever sending an empty final chunk.
 */
export class StreamSource implements ChunkSource {
  readonly #reader: ReadableStreamDefaultReader<StreamPart>;
  /** Unconfirmed bytes, as blobs so they live outside the JS heap. */
  #parts: Blob[] = [];
  /** Stream offset of the first byte in #parts. */
  #windowStart = 0;
  #windowLength = 0;
  #ended = false;

  constructor(stream: ReadableStream<StreamPart>) {
    this.#reader = stream.getReader();
  }

  get size(): number | null {
    return this.#ended ? this.#windowStart + this.#windowLength : null;
  }

  async read(offset: number, length: number): Promise<Chunk> {
    if (offset < this.#windowStart) {
      throw new UploadError(
        'protocol',
        `the server holds ${offset} bytes, fewer than the ${this.#windowStart} it had confirmed; a stream cannot be read again`,
        { offset },
      );
    }
    // One byte beyond the chunk tells whether more follows.
    while (!this.#ended && this.#windowStart + this.#windowLength <= offset + length) await this.#pull();
    const windowEnd = this.#windowStart + this.#windowLength;
    const end = Math.min(offset + length, windowEnd);
    if (offset >= end) {
      throw new UploadError('empty-file', 'the stream ended without any bytes to upload', { offset });
    }
    const blob = new Blob(this.#parts).slice(offset - this.#windowStart, end - this.#windowStart);
    return { start: offset, blob, final: this.#ended && end === windowEnd };
  }

  release(offset: number): void {
    let drop = offset - this.#windowStart;
    while (drop > 0 && this.#parts.length > 0) {
      const first = this.#parts[0];
      if (!first) break;
      if (first.size <= drop) {
        this.#parts.shift();
        this.#windowStart += first.size;
        this.#windowLength -= first.size;
        drop -= first.size;
      } else {
        this.#parts[0] = first.slice(drop);
        this.#windowStart += drop;
        this.#windowLength -= drop;
        drop = 0;
      }
    }
  }

  close(): void {
    this.#reader.cancel().catch(() => undefined);
  }

  async #pull(): Promise<void> {
    let result: ReadableStreamReadResult<StreamPart>;
    try {
      result = await this.#reader.read();
    } catch (cause) {
      throw new UploadError('read-failed', `reading the stream failed: ${String(cause)}`, { cause });
    }
    if (result.done) {
      this.#ended = true;
      return;
    }
    const part = result.value instanceof Blob ? result.value : new Blob([result.value as Uint8Array<ArrayBuffer>]);
    if (part.size === 0) return;
    this.#parts.push(part);
    this.#windowLength += part.size;
  }
}
