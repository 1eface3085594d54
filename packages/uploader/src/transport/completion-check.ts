/**
 * The last look before `success`: what a server's final answer reports about the file it
 * stored, compared with the file. A JSON body's `size` (or `total`) must equal the file's
 * size; a CRC32C (GCS's `X-Goog-Hash: crc32c=…` header, or its object resource's `crc32c`)
 * must equal the one computed while the chunks were sent; failing that, a body's `sha256`
 * (hex) must equal the file's SHA-256, which means reading a file again at the end. Servers
 * that report none of them (UpChunk-style endpoints) are taken at their 2xx, as before.
 */
import { crc32cFromBase64, crc32cToBase64 } from '@videokit/core/crc32c';

export interface ServerReport {
  size: number | null;
  crc32c: number | null;
  sha256: string | null;
}

/** What the upload knows of its own bytes, asked only for what the server reported. */
export interface OwnDigests {
  /** CRC32C of everything uploaded, or `null` when it cannot be had. */
  crc32c(): Promise<number | null>;
  /** SHA-256 (hex) of the file, or `null` for a stream (it cannot be read again). */
  sha256(): Promise<string | null>;
}

function readJson(text: string): Record<string, unknown> | null {
  if (!text.trimStart().startsWith('{')) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const byteCount = (value: unknown): number | null => {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : null;
};

/** The `crc32c=` value of an `X-Goog-Hash` header (`crc32c=4waSgw==,md5=…`). */
function googCrc32c(header: string | null): number | null {
  for (const part of header?.split(',') ?? []) {
    const [name, value] = part.trim().split(/=(.*)/s);
    if (name?.toLowerCase() === 'crc32c' && value !== undefined) return crc32cFromBase64(value);
  }
  return null;
}

/**
 * What a final answer says about the stored file: its body (GCS says `size` and `crc32c`, the
 * origin also `total` and `sha256`) and its `X-Goog-Hash` header.
 */
export function serverReport(body: string, googHash: string | null = null): ServerReport {
  const json = readJson(body);
  const { sha256, crc32c } = json ?? {};
  return {
    size: byteCount(json?.size) ?? byteCount(json?.total),
    crc32c: googCrc32c(googHash) ?? (typeof crc32c === 'string' ? crc32cFromBase64(crc32c) : null),
    sha256: typeof sha256 === 'string' && /^[0-9a-f]{64}$/i.test(sha256) ? sha256.toLowerCase() : null,
  };
}

/** Why the server's report does not describe the upload (`size` bytes), or `null` when it does. */
export async function completionProblem(report: ServerReport, size: number, own: OwnDigests): Promise<string | null> {
  if (report.size !== null && report.size !== size) {
    return `the server reports storing ${report.size} bytes of a ${size}-byte file`;
  }
  const crc32c = report.crc32c === null ? null : await own.crc32c();
  if (report.crc32c !== null && crc32c !== null) {
    return crc32c === report.crc32c
      ? null
      : `the server's CRC32C of the upload (${crc32cToBase64(report.crc32c)}) differs from the file's (${crc32cToBase64(crc32c)})`;
  }
  const sha256 = report.sha256 === null ? null : await own.sha256();
  if (report.sha256 === null || sha256 === null) return null;
  return sha256 === report.sha256
    ? null
    : `the server's SHA-256 of the upload (${report.sha256}) differs from the file's (${sha256})`;
}
