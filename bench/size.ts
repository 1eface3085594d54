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
