/**
 * The last look before `success`: what a server's final answer reports about the file it
 * stored, compared with the file. A JSON body's `size` (or `total`) must equal the file's
 * size, and its `sha256` (hex), when there is one, the file's SHA-256. Servers that report
 * neither (UpChunk-style endpoints) are taken at their 2xx, as before.
 */
import { sha256OfBlob } from './sha256.ts';

export interface ServerReport {
  size: number | null;
  sha256: string | null;
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

/** What a final answer's body says about the stored file (GCS says `size`, the origin `total`). */
export function serverReport(body: string): ServerReport {
  const json = readJson(body);
  const sha256 = json?.sha256;
  return {
    size: byteCount(json?.size) ?? byteCount(json?.total),
    sha256: typeof sha256 === 'string' && /^[0-9a-f]{64}$/i.test(sha256) ? sha256.toLowerCase() : null,
  };
}

/**
 * Why the server's report does not describe `file` (`size` bytes), or `null` when it does.
 * The digest is checked only for Blobs: a stream cannot be read a second time.
 */
export async function completionProblem(report: ServerReport, size: number, file: Blob | null): Promise<string | null> {
  if (report.size !== null && report.size !== size) {
    return `the server reports storing ${report.size} bytes of a ${size}-byte file`;
  }
  if (report.sha256 === null || file === null) return null;
  const own = await sha256OfBlob(file);
  return own === report.sha256
    ? null
    : `the server's SHA-256 of the upload (${report.sha256}) differs from the file's (${own})`;
}
