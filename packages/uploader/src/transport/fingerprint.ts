/**
 * A fingerprint that recognises the same file when it is chosen again after a reload: its
 * name, size, type and modification time, plus a SHA-256 of its first and last 64 KiB so a
 * different file with the same metadata is not mistaken for it. Reads at most 128 KiB.
 */

const SAMPLE_BYTES = 64 * 1024;

const hex = (buffer: ArrayBuffer): string =>
  Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

export async function fingerprintFile(file: File): Promise<string> {
  const head = file.slice(0, SAMPLE_BYTES);
  const tail = file.size > SAMPLE_BYTES ? file.slice(Math.max(SAMPLE_BYTES, file.size - SAMPLE_BYTES)) : new Blob();
  const meta = `${file.name}\n${file.size}\n${file.type}\n${file.lastModified}\n`;
  const sample = await new Blob([meta, head, tail]).arrayBuffer();
  // crypto.subtle exists only in secure contexts; elsewhere the metadata alone identifies the file.
  if (!(globalThis.crypto as Partial<Crypto> | undefined)?.subtle) return `meta:${encodeURIComponent(meta)}`;
  return `sha256:${hex(await crypto.subtle.digest('SHA-256', sample))}`;
}
