// The scripts a visitor loads: each element's self-contained CDN bundle, built fresh from the
// sources with the repository's own CDN build (`vite build --mode cdn`), or, for a package
// without one, a production Vite build of a page that imports its `define` entry.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { buildPage, readTree } from './build-page.ts';
import type { PageFile } from './page-server.ts';

const root = new URL('..', import.meta.url).pathname;

export interface Bundle {
  /** How it was built. */
  build: string;
  files: Record<string, PageFile>;
  /** URL path of the module script a page includes. */
  entry: string;
  /** The entry and every chunk it imports statically: what loads before anything is played. */
  eager: string[];
}

/** Follows static `import … from "./x"` / `import "./x"` (not `import("./x")`) from the entry. */
export function eagerClosure(files: Record<string, PageFile>, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string): void => {
    const file = files[path];
    if (seen.has(path) || !file) return;
    seen.add(path);
    for (const [, spec] of file.body.toString().matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      if (spec) visit(posix.join(posix.dirname(path), spec));
    }
  };
  visit(entry);
  return [...seen];
}

const hasCdnBuild = (pkg: string, at: string): boolean =>
  readFileSync(join(at, 'packages', pkg, 'package.json'), 'utf8').includes('--mode cdn');

/** `packages/<pkg>` of the checkout at `at`, built by its CDN config into a temporary folder; null if it has none. */
function cdnBundle(pkg: string, at = root): Bundle | null {
  if (!hasCdnBuild(pkg, at)) return null;
  const outDir = mkdtempSync(join(tmpdir(), `videokit-cdn-${pkg}-`));
  try {
    const vite = join(root, 'node_modules/vite/bin/vite.js');
    execFileSync(
      process.execPath,
      [vite, 'build', '--config', '../../vite.config.ts', '--mode', 'cdn', '--outDir', outDir, '--emptyOutDir'],
      {
        cwd: join(at, 'packages', pkg),
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    const files = readTree(outDir);
    const entry = Object.keys(files).find((path) => /^\/[^/]+\.mjs$/.test(path));
    if (!entry) return null;
    return {
      build: `CDN bundle (vite build --mode cdn) of packages/${pkg}`,
      files,
      entry,
      eager: eagerClosure(files, entry),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** `bench/pages/<page>.html` built for production; its module script is the entry. */
async function pageBundle(page: string): Promise<Bundle> {
  const files = await buildPage(page);
  const html = files[`/${page}.html`]?.body.toString() ?? '';
  const entry = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error(`bench/pages/${page}.html built without a module script`);
  return {
    build: `Vite production build of bench/pages/${page}.html (no CDN build configured)`,
    files,
    entry,
    eager: eagerClosure(files, entry),
  };
}

export async function elementBundle(pkg: 'video-player' | 'uploader'): Promise<Bundle> {
  return cdnBundle(pkg) ?? (await pageBundle(pkg === 'video-player' ? 'player' : 'uploader'));
}

/**
 * The CDN bundle of `pkg` as it was at git `ref` (e.g. `main`): a temporary worktree sharing this
 * checkout's node_modules, built the same way, then removed. For an A/B run in one bench.
 */
export function elementBundleAt(pkg: 'video-player', ref: string): Bundle {
  const at = mkdtempSync(join(tmpdir(), 'videokit-baseline-'));
  const git = (...args: string[]): string => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim();
  const commit = git('rev-parse', '--short', ref);
  git('worktree', 'add', '--detach', '--force', at, ref);
  try {
    symlinkSync(join(root, 'node_modules'), join(at, 'node_modules'));
    for (const dir of readdirSync(join(root, 'packages'))) {
      const modules = join(root, 'packages', dir, 'node_modules');
      if (existsSync(modules) && existsSync(join(at, 'packages', dir))) {
        symlinkSync(modules, join(at, 'packages', dir, 'node_modules'));
      }
    }
    const bundle = cdnBundle(pkg, at);
    if (!bundle) throw new Error(`${ref} has no CDN build of packages/${pkg}`);
    return { ...bundle, build: `${bundle.build} at ${ref} (${commit})` };
  } finally {
    git('worktree', 'remove', '--force', at);
  }
}
