// Bytes a visitor downloads: gzip -9 and brotli (quality 11) of each eager bundle, every lazy
// chunk beside it, and each package's npm ESM entry (run `npm run build` first for those).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Bundle } from './bundles.ts';

export interface Compressed {
  bytes: number;
  gzip: number;
  brotli: number;
}

export function compressed(source: string | Buffer): Compressed {
  return {
    bytes: Buffer.byteLength(source),
    gzip: gzipSync(source, { level: 9 }).length,
    brotli: brotliCompressSync(source).length,
  };
}

export interface BundleRow extends Compressed {
  bundle: string;
  /** Loaded before anything plays (the entry and its static imports), or on demand. */
  load: 'eager' | 'lazy';
  files: string;
}

/** One `eager` row (the sum of the entry and its static imports), then one row per lazy chunk. */
export function bundleRows(name: string, bundle: Bundle): BundleRow[] {
  const sum = (paths: string[]): Compressed =>
    paths
      .map((path) => compressed(bundle.files[path]?.body ?? ''))
      .reduce((a, b) => ({ bytes: a.bytes + b.bytes, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));
  const lazy = Object.keys(bundle.files)
    .filter(
      (path) => /\.m?js$/.test(path) && !bundle.eager.includes(path) && path !== bundle.entry.replace(/\.mjs$/, '.js'),
    )
    .sort();
  return [
    { bundle: name, load: 'eager', files: bundle.eager.join(' '), ...sum(bundle.eager) },
    ...lazy.map((path) => ({
      bundle: `${name} › ${path.replace(/^.*\//, '').replace(/-[\w-]{8}\.m?js$/, '')}`,
      load: 'lazy' as const,
      files: path,
      ...sum([path]),
    })),
  ];
}

/** `packages/react/dist/lazy.js` (deps external, as an app's bundler sees it), once it is built. */
export function reactLazyEntry(packagesDir: string): (Compressed & { file: string }) | null {
  const file = join(packagesDir, 'react/dist/lazy.js');
  return existsSync(file) ? { file: 'packages/react/dist/lazy.js', ...compressed(readFileSync(file)) } : null;
}

export interface SizeRow extends Compressed {
  package: string;
  file: string;
}

/** Each package's npm ESM entry, dependencies external. */
export function measureSizes(packagesDir: string): SizeRow[] {
  const rows: SizeRow[] = [];
  for (const name of readdirSync(packagesDir).sort()) {
    const file = join(packagesDir, name, 'dist/index.js');
    if (!existsSync(file)) continue;
    rows.push({ package: `@videokit/${name}`, file: 'dist/index.js', ...compressed(readFileSync(file)) });
  }
  return rows;
}
