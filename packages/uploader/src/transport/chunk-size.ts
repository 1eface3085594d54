/**
 * Chunk sizes, in KiB as UpChunk takes them. Every chunk but the last must be a multiple
 * of 256 KiB (seed "Upload files directly"), so every size here is one.
 */

export const CHUNK_GRANULARITY_KIB = 256;
export const DEFAULT_CHUNK_SIZE_KIB = 30_720;
export const DEFAULT_MIN_CHUNK_SIZE_KIB = 256;
export const DEFAULT_MAX_CHUNK_SIZE_KIB = 512_000;
/** Dynamic sizing aims for chunks that take about this long, so a retry never costs more. */
export const TARGET_CHUNK_SECONDS = 10;

export const kibToBytes = (kib: number): number => kib * 1024;

/** Why `value` is not a valid chunk size in KiB, or `null` when it is. */
export function chunkSizeProblem(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'it is not a number';
  if (!Number.isInteger(value) || value <= 0) return 'it is not a positive whole number of KiB';
  if (value % CHUNK_GRANULARITY_KIB !== 0) {
    const below = Math.floor(value / CHUNK_GRANULARITY_KIB) * CHUNK_GRANULARITY_KIB;
    const above = below + CHUNK_GRANULARITY_KIB;
    const nearest = below === 0 ? `${above}` : `${below} or ${above}`;
    return `it is not a multiple of 256 KiB (the nearest are ${nearest})`;
  }
  return null;
}

/** The largest multiple of 256 KiB within [min, max] not above `kib`. */
export function clampChunkSize(kib: number, min: number, max: number): number {
  const rounded = Math.floor(kib / CHUNK_GRANULARITY_KIB) * CHUNK_GRANULARITY_KIB;
  return Math.min(max, Math.max(min, rounded));
}

/**
 * The next chunk size from the last chunk's measured throughput: big enough that a chunk
 * takes about TARGET_CHUNK_SECONDS, changing at most 2× per step so one odd measurement
 * cannot swing it, and always a multiple of 256 KiB within [min, max].
 */
export function nextChunkSize(
  currentKib: number,
  sentBytes: number,
  seconds: number,
  limits: { min: number; max: number },
): number {
  if (!(seconds > 0) || sentBytes <= 0) return currentKib;
  const ideal = ((sentBytes / seconds) * TARGET_CHUNK_SECONDS) / 1024;
  const bounded = Math.min(currentKib * 2, Math.max(currentKib / 2, ideal));
  return clampChunkSize(bounded, limits.min, limits.max);
}
