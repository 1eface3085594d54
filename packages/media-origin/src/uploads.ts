import { createHash, randomUUID, type Hash } from 'node:crypto';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32cToBase64, crc32cUpdate } from '@videokit/core/crc32c';
import { HttpError } from './http.ts';

/** Chunks must be multiples of this, except the last (seed: "Upload files directly"). */
export const CHUNK_GRANULARITY = 256 * 1024;

export interface UploadStatus {
  id: string;
  received: number;
  total: number | null;
  complete: boolean;
  /** SHA-256 (hex) of the bytes received so far; of the whole file once complete. */
  sha256: string;
  /** CRC32C of the same bytes, base64 as GCS's object resource writes it (and `X-Goog-Hash` carries). */
  crc32c: string;
  chunks: number;
  rejected: number;
  /** `chunk-endpoint` answers 200 to every request, as UpChunk's own chunk endpoints may. */
  style: UploadStyle;
  /** For `chunk-endpoint` uploads: each request's method, `Content-Range` and `Authorization`. */
  requests?: RequestRecord[];
}

export type UploadStyle = 'resumable' | 'chunk-endpoint';

export interface RequestRecord {
  method: string;
  contentRange: string | null;
  authorization: string | null;
}

interface Upload {
  id: string;
  path: string;
  fd: number;
  received: number;
  total: number | null;
  complete: boolean;
  hash: Hash;
  /** CRC32C of the bytes received so far. */
  crc: number;
  chunks: number;
  rejected: number;
  /** A whole-file `PUT` is streaming into the file: nothing else may write meanwhile. */
  receiving: boolean;
  /** The chunk streaming to disk now, if any: a newer request for the upload stops it. */
  writer: ChunkWriter | null;
  style: UploadStyle;
  requests: RequestRecord[];
}

interface ChunkWriter {
  stop(): void;
}

export type ChunkBody = AsyncIterable<Buffer>;

/** A parsed `Content-Range` request header. */
export type ContentRange =
  { kind: 'probe'; total: number | null } | { kind: 'chunk'; start: number; end: number; total: number | null };

export function parseContentRange(header: string): ContentRange {
  const probe = /^bytes \*\/(\d+|\*)$/.exec(header.trim());
  if (probe) return { kind: 'probe', total: probe[1] === '*' ? null : Number(probe[1]) };
  const chunk = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(header.trim());
  if (!chunk) {
    throw new HttpError(
      400,
      'bad_content_range',
      `Content-Range "${header}" is malformed; expected "bytes START-END/TOTAL", "bytes START-END/*" or "bytes */TOTAL"`,
    );
  }
  const start = Number(chunk[1]);
  const end = Number(chunk[2]);
  const total = chunk[3] === '*' ? null : Number(chunk[3]);
  // Past 2^53 the offsets round, and a rounded offset would misplace bytes.
  if (![start, end, total ?? 0].every(Number.isSafeInteger)) {
    throw new HttpError(400, 'bad_content_range', `Content-Range "${header}" has offsets beyond 2^53 bytes`);
  }
  if (end < start) throw new HttpError(400, 'bad_content_range', `Content-Range end ${end} is before start ${start}`);
  if (total !== null && end >= total) {
    throw new HttpError(400, 'bad_content_range', `Content-Range end ${end} is past the total of ${total} bytes`);
  }
  return { kind: 'chunk', start, end, total };
}

/** What the server holds, as the `Range` header of a `308`. */
export const heldRange = (received: number): Record<string, string> =>
  received > 0 ? { Range: `bytes=0-${received - 1}` } : {};

/**
 * Direct uploads: each upload's bytes go to a temporary file in order, and a running SHA-256
 * and CRC32C cover exactly what was accepted. A chunk is committed only after its whole body arrived
 * and matched its `Content-Range`, so a dropped connection never leaves partial bytes.
 */
export class UploadStore {
  readonly #dir = mkdtempSync(join(tmpdir(), 'videokit-uploads-'));
  readonly #uploads = new Map<string, Upload>();

  create(style: UploadStyle = 'resumable'): string {
    const id = randomUUID().replaceAll('-', '');
    const path = join(this.#dir, id);
    this.#uploads.set(id, {
      id,
      path,
      fd: openSync(path, 'w+'),
      received: 0,
      total: null,
      complete: false,
      hash: createHash('sha256'),
      crc: 0,
      chunks: 0,
      rejected: 0,
      receiving: false,
      writer: null,
      style,
      requests: [],
    });
    return id;
  }

  has(id: string): boolean {
    return this.#uploads.has(id);
  }

  #get(id: string): Upload {
    const upload = this.#uploads.get(id);
    if (!upload) throw new HttpError(404, 'upload_not_found', `no direct upload with id "${id}"`);
    return upload;
  }

  status(id: string): UploadStatus {
    const { received, total, complete, hash, crc, chunks, rejected, style, requests } = this.#get(id);
    const sha256 = hash.copy().digest('hex');
    const status = { id, received, total, complete, sha256, crc32c: crc32cToBase64(crc), chunks, rejected, style };
    return style === 'chunk-endpoint' ? { ...status, requests: [...requests] } : status;
  }

  style(id: string): UploadStyle {
    return this.#get(id).style;
  }

  record(id: string, request: RequestRecord): void {
    this.#get(id).requests.push(request);
  }

  list(): UploadStatus[] {
    return [...this.#uploads.keys()].map((id) => this.status(id));
  }

  /** The bytes received so far (for tests on small uploads). */
  bytes(id: string): Buffer {
    return readFileSync(this.#get(id).path);
  }

  /**
   * Checks a chunk before its body is read, so a misplaced chunk is refused at once.
   * Throws the refusal; changes nothing.
   */
  check(id: string, range: Extract<ContentRange, { kind: 'chunk' }>, contentLength: number | null): void {
    const upload = this.#get(id);
    const refuse = (reason: string, message: string, status = 400): HttpError => {
      upload.rejected += 1;
      return new HttpError(status, reason, message, heldRange(upload.received));
    };
    const length = range.end - range.start + 1;
    if (upload.complete)
      throw refuse('upload_complete', `upload "${id}" is already complete (${upload.received} bytes)`);
    if (upload.receiving) {
      throw refuse('upload_busy', `upload "${id}" is receiving a whole-file PUT; retry when it has ended`, 409);
    }
    if (range.start !== upload.received) {
      throw refuse(
        'unexpected_offset',
        `chunk starts at byte ${range.start} but the next expected byte is ${upload.received}; resume from ${upload.received}`,
      );
    }
    if (upload.total !== null && range.total !== null && range.total !== upload.total) {
      throw refuse('total_changed', `Content-Range total ${range.total} differs from the earlier ${upload.total}`);
    }
    // Once a chunk has named the total, later `*` chunks are still bound by it.
    const total = range.total ?? upload.total;
    if (total !== null && range.end >= total) {
      throw refuse('past_total', `chunk ends at byte ${range.end}, past the upload's total of ${total} bytes`);
    }
    const isLast = total !== null && range.end + 1 === total;
    if (!isLast && length % CHUNK_GRANULARITY !== 0) {
      throw refuse(
        'bad_chunk_size',
        `chunk of ${length} bytes is not a multiple of ${CHUNK_GRANULARITY} (256 KiB); only the last chunk may be smaller`,
      );
    }
    if (contentLength !== null && contentLength !== length) {
      throw refuse('length_mismatch', `Content-Length ${contentLength} does not match Content-Range length ${length}`);
    }
  }

  /**
   * Streams a chunk to disk at its offset as it arrives, hashing as it goes, and commits it the
   * moment its last byte lands (nothing is buffered whole, so a 30 MiB chunk is answered at
   * once). `received` moves only after the whole chunk arrived, so a body cut short leaves the
   * upload where it was (its bytes are cut off the file). A newer request for the upload takes
   * over from one still streaming, whose client has given up on it: the older one writes no
   * more, drains its body and is refused, so two writers never share the file.
   */
  async receiveChunk(
    id: string,
    range: Extract<ContentRange, { kind: 'chunk' }>,
    body: ChunkBody,
    contentLength: number | null,
  ): Promise<UploadStatus> {
    const upload = this.#get(id);
    upload.writer?.stop();
    this.check(id, range, contentLength);
    const length = range.end - range.start + 1;
    const hash = upload.hash.copy();
    let crc = upload.crc;
    let written = 0;
    const state = { stopped: false };
    const writer: ChunkWriter = {
      stop: () => {
        state.stopped = true;
      },
    };
    upload.writer = writer;
    let whole = false;
    try {
      for await (const piece of body) {
        // Taken over: drain the rest without writing it.
        if (state.stopped) continue;
        if (written + piece.length > length) {
          throw new HttpError(400, 'length_mismatch', `the body is longer than Content-Range's ${length} bytes`);
        }
        writeSync(upload.fd, piece, 0, piece.length, range.start + written);
        hash.update(piece);
        crc = crc32cUpdate(crc, piece);
        written += piece.length;
      }
      whole = !state.stopped && written === length;
    } finally {
      if (upload.writer === writer) {
        upload.writer = null;
        // What a cut-off body wrote is not the upload's.
        if (!whole) ftruncateSync(upload.fd, upload.received);
      }
    }
    if (state.stopped) {
      // The request that took over has landed (refused as a misplaced chunk) or is still arriving.
      this.check(id, range, length);
      throw new HttpError(409, 'upload_busy', 'a newer request for this upload took over from this one');
    }
    if (!whole) {
      upload.rejected += 1;
      throw new HttpError(400, 'length_mismatch', `body ended after ${written} of ${length} bytes`);
    }
    upload.hash = hash;
    upload.crc = crc;
    upload.received += length;
    upload.chunks += 1;
    if (range.total !== null) upload.total = range.total;
    if (upload.total !== null && upload.received === upload.total) upload.complete = true;
    return this.status(id);
  }

  /** Stores a fully received chunk; re-checks, since another request may have moved on meanwhile. */
  commit(id: string, range: Extract<ContentRange, { kind: 'chunk' }>, body: Buffer): UploadStatus {
    this.check(id, range, body.length);
    const upload = this.#get(id);
    writeSync(upload.fd, body, 0, body.length, range.start);
    upload.hash.update(body);
    upload.crc = crc32cUpdate(upload.crc, body);
    upload.received += body.length;
    upload.chunks += 1;
    if (range.total !== null) upload.total = range.total;
    if (upload.total !== null && upload.received === upload.total) upload.complete = true;
    return this.status(id);
  }

  /**
   * A whole-file `PUT` without `Content-Range`, streamed to disk (a single `PUT` may be
   * gigabytes). If the body stops short of `Content-Length`, the upload is reset to empty.
   */
  async receiveWhole(id: string, body: AsyncIterable<Buffer>, declaredLength: number | null): Promise<UploadStatus> {
    const upload = this.#get(id);
    if (upload.complete) {
      throw new HttpError(400, 'upload_complete', `upload "${id}" is already complete (${upload.received} bytes)`);
    }
    if (upload.receiving) {
      throw new HttpError(409, 'upload_busy', `upload "${id}" is receiving another whole-file PUT`);
    }
    if (upload.received > 0) {
      throw new HttpError(
        400,
        'unexpected_offset',
        `upload "${id}" already holds ${upload.received} bytes; send the rest with Content-Range`,
        heldRange(upload.received),
      );
    }
    // Chunks are refused while this streams, since both would write from byte 0 of the same file.
    upload.receiving = true;
    const hash = createHash('sha256');
    let crc = 0;
    let received = 0;
    let whole = false;
    try {
      for await (const chunk of body) {
        writeSync(upload.fd, chunk, 0, chunk.length, received);
        hash.update(chunk);
        crc = crc32cUpdate(crc, chunk);
        received += chunk.length;
      }
      whole = declaredLength === null || received === declaredLength;
    } finally {
      upload.receiving = false;
      if (!whole) ftruncateSync(upload.fd, 0);
    }
    if (!whole) throw new HttpError(400, 'length_mismatch', `body ended after ${received} of ${declaredLength} bytes`);
    upload.hash = hash;
    upload.crc = crc;
    upload.received = received;
    upload.total = received;
    upload.complete = true;
    upload.chunks += 1;
    return this.status(id);
  }

  /**
   * Cancels an upload: its bytes are deleted and its URL is forgotten (later requests get 404),
   * as a `DELETE` of a GCS resumable session does.
   */
  cancel(id: string): void {
    const upload = this.#get(id);
    upload.writer?.stop();
    closeSync(upload.fd);
    rmSync(upload.path, { force: true });
    this.#uploads.delete(id);
  }

  close(): void {
    for (const upload of this.#uploads.values()) closeSync(upload.fd);
    this.#uploads.clear();
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
