// Production builds of benchmark pages with Vite, from the packages' sources.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { build } from 'vite';
import type { PageFile } from './page-server.ts';
import { sourceAliases } from '../scripts/workspace-sources.ts';

const root = new URL('..', import.meta.url).pathname;

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
};

export function readTree(dir: string, base = dir): Record<string, PageFile> {
  const files: Record<string, PageFile> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(files, readTree(path, base));
    else
      files[`/${relative(base, path)}`] = {
        type: TYPES[extname(name)] ?? 'application/octet-stream',
        body: readFileSync(path),
      };
  }
  return files;
}

export interface BuildOptions {
  /** Resolve `hls.js` to `pages/hls-counted.ts`, which counts instances (the memory page only). */
  countHls?: boolean;
}

/** Builds `bench/pages/<name>.html` (minified, code-split) and returns its files by URL path. */
export async function buildPage(name: string, options: BuildOptions = {}): Promise<Record<string, PageFile>> {
  const outDir = mkdtempSync(join(tmpdir(), 'videokit-bench-'));
  try {
    await build({
      configFile: false,
      root: join(root, 'bench/pages'),
      logLevel: 'warn',
      resolve: {
        // The packages' sources, built as an app would bundle them (Lit in production mode).
        alias: [
          ...sourceAliases(),
          ...(options.countHls ? [{ find: /^hls\.js$/, replacement: join(root, 'bench/pages/hls-counted.ts') }] : []),
        ],
      },
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        // hls.js is one lazy chunk of ~580 kB; that is expected.
        chunkSizeWarningLimit: 1000,
        rolldownOptions: {
          input: join(root, `bench/pages/${name}.html`),
          // `'use client'` in @videokit/react means nothing to a page bundle.
          onLog(level, log, handler) {
            if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
          },
        },
      },
    });
    return readTree(outDir);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
