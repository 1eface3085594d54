/**
 * CRC32C (Castagnoli, RFC 3720 §B.4), the checksum Google Cloud Storage keeps for every
 * object and reports in `X-Goog-Hash: crc32c=…` (base64 of the big-endian value). Fed piece
 * by piece, so an upload can checksum each chunk as it goes. Slicing-by-16 over 32-bit word
 * loads makes it cheap (about 2 GB/s in Chromium, against tens of MB/s for SHA-256 in JavaScript).
 */

/** Table `s` (256 entries from `s * 256`) advances the CRC over a byte followed by `s` zero bytes. */
const TABLES = new Int32Array(16 * 256);
for (let byte = 0; byte < 256; byte += 1) {
  let crc = byte;
  for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
  TABLES[byte] = crc;
}
for (let index = 256; index < TABLES.length; index += 1) {
  const previous = TABLES[index - 256] ?? 0;
  TABLES[index] = (previous >>> 8) ^ (TABLES[previous & 0xff] ?? 0);
}

/** Words are read in the platform's byte order; the tables assume little-endian (every browser's). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** `c` advanced over one byte. */
const stepByte = (c: number, byte: number): number => (TABLES[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);

/** The CRC32C of `bytes` continuing from `crc` (the CRC32C of what came before; 0 to start). */
export function crc32cUpdate(crc: number, bytes: Uint8Array): number {
  const t = TABLES;
  let c = ~crc;
  let at = 0;
  // Bytes up to a 4-byte boundary, then 16 bytes (four words) a step. `c` is a plain local: a
  // closure assigning it (the byte step once was one) keeps it in a heap context, and the word
  // loop ran at half speed (1 against 2.4 GB/s in Chromium).
  const head = (4 - (bytes.byteOffset % 4)) % 4;
  if (LITTLE_ENDIAN && bytes.length >= head + 16) {
    for (; at < head; at += 1) c = stepByte(c, bytes[at] ?? 0);
    const words = new Int32Array(bytes.buffer, bytes.byteOffset + at, Math.floor((bytes.length - at) / 4));
    const wholeSteps = words.length - (words.length % 4);
    for (let w = 0; w < wholeSteps; w += 4) {
      const a = c ^ (words[w] ?? 0);
      const b = words[w + 1] ?? 0;
      const d = words[w + 2] ?? 0;
      const e = words[w + 3] ?? 0;
      c =
        (t[3840 + (a & 0xff)] ?? 0) ^
        (t[3584 + ((a >>> 8) & 0xff)] ?? 0) ^
        (t[3328 + ((a >>> 16) & 0xff)] ?? 0) ^
        (t[3072 + (a >>> 24)] ?? 0) ^
        (t[2816 + (b & 0xff)] ?? 0) ^
        (t[2560 + ((b >>> 8) & 0xff)] ?? 0) ^
        (t[2304 + ((b >>> 16) & 0xff)] ?? 0) ^
        (t[2048 + (b >>> 24)] ?? 0) ^
        (t[1792 + (d & 0xff)] ?? 0) ^
        (t[1536 + ((d >>> 8) & 0xff)] ?? 0) ^
        (t[1280 + ((d >>> 16) & 0xff)] ?? 0) ^
        (t[1024 + (d >>> 24)] ?? 0) ^
        (t[768 + (e & 0xff)] ?? 0) ^
        (t[512 + ((e >>> 8) & 0xff)] ?? 0) ^
        (t[256 + ((e >>> 16) & 0xff)] ?? 0) ^
        (t[e >>> 24] ?? 0);
    }
    at += wholeSteps * 4;
  }
  for (; at < bytes.length; at += 1) c = stepByte(c, bytes[at] ?? 0);
  return ~c >>> 0;
}

/** A CRC32C as `X-Goog-Hash` and GCS's object resource write it: base64 of its 4 big-endian bytes. */
export function crc32cToBase64(crc: number): string {
  return btoa(String.fromCharCode((crc >>> 24) & 0xff, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff));
}

/** The CRC32C in a base64 value of exactly 4 bytes (`4gcgLQ==`), or `null` for anything else. */
export function crc32cFromBase64(value: string): number | null {
  if (!/^[A-Za-z0-9+/]{6}==$/.test(value)) return null;
  const bytes = atob(value);
  let crc = 0;
  for (let at = 0; at < 4; at += 1) crc = (crc << 8) | bytes.charCodeAt(at);
  return crc >>> 0;
}
