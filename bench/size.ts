// Gzip size of every package's built ESM entry (run `npm run build` first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeRow {
  package: string;
  file: string;
  bytes: number;
  gzip: number;
}

export function measureSizes(packagesDir: string): SizeRow[] {
  const rows: SizeRow[] = [];
  for (const name of readdirSync(packagesDir).sort()) {
    const file = join(packagesDir, name, 'dist/index.js');
    if (!existsSync(file)) continue;
    const source = readFileSync(file);
    rows.push({
      package: `@videokit/${name}`,
      file: 'dist/index.js',
      bytes: source.length,
      gzip: gzipSync(source, { level: 9 }).length,
    });
  }
  return rows;
}

/** Gzip size of each script of a built page: what a visitor downloads, chunk by chunk. */
export function measureChunks(
  files: Record<string, { body: string | Buffer }>,
): { chunk: string; bytes: number; gzip: number }[] {
  return Object.entries(files)
    .filter(([path]) => path.endsWith('.js'))
    .map(([path, file]) => ({
      // Drop the content hash: `player-CMsRjRgp.js` → `player`.
      chunk: path.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, ''),
      bytes: Buffer.byteLength(file.body),
      gzip: gzipSync(file.body, { level: 9 }).length,
    }))
    .sort((a, b) => a.chunk.localeCompare(b.chunk));
}
