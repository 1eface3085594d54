/**
 * What a server's answer to a chunk or a status probe means for the upload. Pure functions,
 * so every protocol rule is tested without a network. Two kinds of server are spoken to:
 * resumable-upload servers (DESIGN §3: `308` to continue, `200`/`201` once complete) and
 * UpChunk-style chunk endpoints that answer any 2xx to every accepted chunk.
 */
import { heldBytes } from './content-range.ts';

/** Statuses UpChunk counts as an accepted chunk (besides `308`). */
export const CHUNK_ACCEPTED = new Set([200, 201, 202, 204]);
export const RESUME_INCOMPLETE = 308;

export type Outcome =
  /** The final chunk was accepted: every byte is accounted for. */
  | { kind: 'complete' }
  /** The server holds `held` bytes; the next chunk starts there. */
  | { kind: 'advanced'; held: number }
  /** Worth another attempt of the same bytes, after a delay; no `message` for a retriable status. */
  | { kind: 'retry'; message?: string }
  /** The answer breaks the protocol; continuing could misplace bytes. */
  | { kind: 'protocol'; message: string }
  /** A status that is neither success nor retriable: the caller decides (a `400` is looked into). */
  | { kind: 'refused' };

const RETRY_STATUS: Outcome = { kind: 'retry' };

export interface ChunkAnswer {
  status: number;
  /** The response's `Range` header, `null` when absent. */
  range: string | null;
  /** First byte of the chunk and one past its last. */
  start: number;
  end: number;
  final: boolean;
  retriable: boolean;
}

const unreadable = (status: number, range: string | null): Outcome => ({
  kind: 'protocol',
  message: `the server's ${status} has an unreadable Range header "${range ?? ''}"`,
});

/** The meaning of the answer to one chunk. */
export function chunkOutcome({ status, range, start, end, final, retriable }: ChunkAnswer): Outcome {
  const accepted = CHUNK_ACCEPTED.has(status);
  if (!accepted && status !== RESUME_INCOMPLETE) return retriable ? RETRY_STATUS : { kind: 'refused' };
  // A 2xx without `Range` accepted the whole chunk (UpChunk's servers say nothing more).
  if (accepted && (range === null || range.trim() === '')) {
    return final ? { kind: 'complete' } : { kind: 'advanced', held: end };
  }
  const held = heldBytes(range);
  if (held === null) return unreadable(status, range);
  if (held > end) return { kind: 'protocol', message: `the server claims ${held} bytes after only ${end} were sent` };
  if (held <= start) return { kind: 'retry', message: 'the server kept none of the chunk' };
  if (final && held === end) {
    // A final chunk answered 308 is not complete, whatever its Range says.
    return accepted
      ? { kind: 'complete' }
      : { kind: 'retry', message: 'the server answered 308 (incomplete) to the final chunk' };
  }
  return { kind: 'advanced', held };
}

export interface ProbeAnswer {
  status: number;
  range: string | null;
  /** The file's size, `null` while a stream's is unknown. */
  size: number | null;
  /**
   * Whether a 2xx to a probe can be trusted to mean "complete": the server has shown it speaks
   * the resumable protocol (a `308`), or the final chunk went out and no non-final chunk got a 2xx.
   */
  trustsComplete: boolean;
  retriable: boolean;
}

export type ProbeOutcome =
  | Outcome
  /** A 2xx that says nothing about what the server holds (an UpChunk-style endpoint): resend. */
  | { kind: 'unknown' };

/** The meaning of the answer to a `bytes *\/TOTAL` status probe. */
export function probeOutcome({ status, range, size, trustsComplete, retriable }: ProbeAnswer): ProbeOutcome {
  if (CHUNK_ACCEPTED.has(status)) {
    const held = range === null || range.trim() === '' ? null : heldBytes(range);
    if (size !== null && held === size) return { kind: 'complete' };
    if (held !== null) return { kind: 'advanced', held };
    return trustsComplete ? { kind: 'complete' } : { kind: 'unknown' };
  }
  if (status === RESUME_INCOMPLETE) {
    const held = heldBytes(range);
    return held === null ? unreadable(status, range) : { kind: 'advanced', held };
  }
  return retriable ? RETRY_STATUS : { kind: 'refused' };
}

/**
 * UpChunk's exported predicate: a `308` whose `Range` ends before the chunk's last byte
 * (`currentChunkEndByte`, inclusive), i.e. part of the chunk must be sent again.
 */
export function isIncompleteChunkUploadNeedingRetry(
  response: { statusCode: number; headers?: Record<string, string | null | undefined> } | null | undefined,
  options: { currentChunkEndByte: number },
): boolean {
  if (response?.statusCode !== RESUME_INCOMPLETE) return false;
  const match = /bytes=(\d+)-(\d+)/.exec(response.headers?.range ?? '');
  return match?.[2] !== undefined && Number(match[2]) < options.currentChunkEndByte;
}
