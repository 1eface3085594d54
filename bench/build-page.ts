// Production builds of benchmark pages with Vite, from the packages' sources.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { build } from 'vite';
import type { PageFile } from './page-server.ts';

const root = new URL('..', import.meta.url).pathname;

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
};

function readTree(dir: string, base = dir): Record<string, PageFile> {
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

/** Builds `bench/pages/<name>.html` (minified, code-split) and returns its files by URL path. */
export async function buildPage(name: string): Promise<Record<string, PageFile>> {
  const outDir = mkdtempSync(join(tmpdir(), 'videokit-bench-'));
  try {
    await build({
      configFile: false,
      root: join(root, 'bench/pages'),
      logLevel: 'warn',
      resolve: {
        // The packages' sources, built as an app would bundle them (Lit in production mode).
        alias: {
          '@videokit/video-player/define': join(root, 'packages/video-player/src/define.ts'),
          '@videokit/core': join(root, 'packages/core/src/index.ts'),
        },
      },
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        rolldownOptions: { input: join(root, `bench/pages/${name}.html`) },
      },
    });
    return readTree(outDir);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
