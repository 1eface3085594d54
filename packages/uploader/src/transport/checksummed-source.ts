/**
 * A `ChunkSource` that computes the CRC32C of the upload while it is sent: each chunk it hands
 * out is checksummed in the background, in file order, while that chunk's request is in flight.
 * So the completion check has the whole file's CRC32C moments after the last answer, instead of
 * reading the file again at the end; and a stream, which cannot be read again, is checked too.
 * The bytes are read into one reused buffer (`BlobPieces`), so memory stays bounded whatever the
 * chunk size.
 */
import { crc32cUpdate } from '@videokit/core/crc32c';
import { BlobPieces } from './blob-pieces.ts';
import { UploadError } from './errors.ts';
import type { Chunk, ChunkSource } from './sources.ts';

export class ChecksummedSource implements ChunkSource {
  readonly #inner: ChunkSource;
  /** The file, when the source is one: read for bytes no chunk carried (a resumed upload starts past them). */
  readonly #file: Blob | null;
  readonly #pieces = new BlobPieces();
  #crc = 0;
  /** Bytes before this offset are in `#crc` or queued for it. */
  #queued = 0;
  #work: Promise<void> = Promise.resolve();
  /** Some bytes were never seen (a stream read from past its start): no checksum can be had. */
  #unseen = false;
  #failure: unknown = null;
  #closed = false;

  constructor(inner: ChunkSource, file: Blob | null) {
    this.#inner = inner;
    this.#file = file;
  }

  get size(): number | null {
    return this.#inner.size;
  }

  async read(offset: number, length: number): Promise<Chunk> {
    const chunk = await this.#inner.read(offset, length);
    this.#cover(chunk.start, chunk.blob);
    return chunk;
  }

  release(offset: number): void {
    this.#inner.release(offset);
  }

  close(): void {
    this.#closed = true;
    this.#inner.close();
  }

  /**
   * The CRC32C of the first `size` bytes (the whole upload, once its final chunk was read), or
   * `null` when some of them were never seen. Bytes of a file no chunk carried are read now.
   */
  async crc32c(size: number): Promise<number | null> {
    if (this.#queued < size && this.#file && !this.#unseen) this.#queue(this.#file, this.#queued, size);
    await this.#work;
    if (this.#failure !== null) {
      const cause = this.#failure;
      const why = cause instanceof Error ? `${cause.name}: ${cause.message}` : 'unknown error';
      throw new UploadError('read-failed', `reading the file for its checksum failed: ${why}`, { cause });
    }
    return this.#unseen || this.#queued !== size ? null : this.#crc;
  }

  /** Queues the bytes of a chunk (at `start`) that are not yet covered, after any gap before it. */
  #cover(start: number, blob: Blob): void {
    if (this.#unseen || start + blob.size <= this.#queued) return;
    if (start > this.#queued) {
      if (!this.#file) {
        this.#unseen = true;
        return;
      }
      this.#queue(this.#file, this.#queued, start);
    }
    this.#queue(blob, this.#queued - start, blob.size);
  }

  /** Checksums `blob[from, to)` after the work already queued; those bytes follow `#queued`. */
  #queue(blob: Blob, from: number, to: number): void {
    this.#queued += to - from;
    this.#work = this.#work
      .then(() =>
        this.#pieces.forEach(
          blob.slice(from, to),
          (piece) => {
            this.#crc = crc32cUpdate(this.#crc, piece);
          },
          () => this.#closed || this.#failure !== null,
        ),
      )
      .catch((cause: unknown) => {
        this.#failure = cause;
      });
  }
}
