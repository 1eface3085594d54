/**
 * The resumable-upload headers (DESIGN §3): what a chunk claims to be, and what a `308`
 * says the server holds.
 */

/** `Content-Range` for `length` bytes at `start`; `total` is `null` while a stream's size is unknown. */
export function chunkRange(start: number, length: number, total: number | null): string {
  if (!Number.isSafeInteger(start) || start < 0) throw new RangeError(`chunk start ${start} is not a byte offset`);
  if (!Number.isSafeInteger(length) || length < 1) throw new RangeError(`chunk length ${length} must be at least 1`);
  if (total !== null && start + length > total) {
    throw new RangeError(`chunk ${start}-${start + length - 1} runs past the total of ${total} bytes`);
  }
  return `bytes ${start}-${start + length - 1}/${total ?? '*'}`;
}

/** `Content-Range` of an empty-bodied `PUT` that asks how much the server holds. */
export const probeRange = (total: number | null): string => `bytes */${total ?? '*'}`;

/**
 * How many bytes the server holds, from the `Range` header of a `308`. No header means
 * none (the server kept nothing). Returns `null` for a header the protocol does not allow
 * (not starting at 0, or not a byte range), which the caller must not guess around.
 */
export function heldBytes(range: string | null): number | null {
  if (range === null || range.trim() === '') return 0;
  const match = /^bytes=0-(\d+)$/i.exec(range.trim());
  if (!match?.[1]) return null;
  const last = Number(match[1]);
  return Number.isSafeInteger(last) ? last + 1 : null;
}
