// Size budgets (DESIGN §6), checked in CI against the built CDN bundles: the eager part of a
// bundle is its entry plus the chunks the entry imports statically; lazy chunks (hls.js,
// mux-embed, DRM, Cast, locales) are fetched only when needed and are not counted.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SIZE_BUDGETS } from './size-budgets.ts';

const root = resolve(import.meta.dirname, '..');

const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;

/** The entry and every chunk it imports statically, transitively. */
function eagerFiles(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const [, specifier = ''] of readFileSync(entry, 'utf8').matchAll(STATIC_IMPORT)) {
    if (specifier.startsWith('.')) eagerFiles(join(dirname(entry), specifier), seen);
  }
  return seen;
}

let failed = false;
for (const budget of Object.values(SIZE_BUDGETS)) {
  const entry = join(root, budget.entry);
  if (!existsSync(entry)) {
    console.error(`${budget.label}: ${budget.entry} is missing; run \`npm run build\` first`);
    failed = true;
    continue;
  }
  const files = [...eagerFiles(entry)];
  const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  const ok = gzip <= budget.maxGzip;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${budget.label}: ${String(gzip)} B (${(gzip / 1024).toFixed(1)} KiB) gzip eager ` +
      `(${String(files.length)} file${files.length === 1 ? '' : 's'}), budget ${String(budget.maxGzip)} B`,
  );
}
if (failed) process.exit(1);
