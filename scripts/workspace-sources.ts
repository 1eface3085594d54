// Inside the workspace, `@videokit/*` imports resolve to the packages' TypeScript sources, so the
// demo, tests, stories, examples and benchmarks never run a stale `dist/`. Published packages name
// only their built files; this map is derived from those: `./dist/<path>.js` → `./src/<path>.ts`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export interface WorkspaceSource {
  /** The bare specifier, e.g. `@videokit/video-player/define`. */
  specifier: string;
  /** Absolute path of its TypeScript source. */
  file: string;
}

interface Manifest {
  name: string;
  exports?: Record<string, string | { default?: string; import?: string }>;
}

const ROOT = resolve(import.meta.dirname, '..');

/** The exported sources of the package in `dir`. */
export function packageSources(dir: string): WorkspaceSource[] {
  const manifest = resolve(dir, 'package.json');
  if (!existsSync(manifest)) return [];
  const { name, exports = {} } = JSON.parse(readFileSync(manifest, 'utf8')) as Manifest;
  const sources: WorkspaceSource[] = [];
  for (const [subpath, target] of Object.entries(exports)) {
    const built = typeof target === 'string' ? target : (target.import ?? target.default);
    const source = built?.replace(/^\.\/dist\/(.*)\.js$/, './src/$1.ts');
    if (!source?.endsWith('.ts') || !existsSync(resolve(dir, source))) continue;
    sources.push({ specifier: `${name}${subpath.slice(1)}`, file: resolve(dir, source) });
  }
  return sources;
}

/** Every workspace package's exported sources, longest specifier first (a subpath before its root). */
export function workspaceSources(): WorkspaceSource[] {
  return readdirSync(resolve(ROOT, 'packages'))
    .flatMap((name) => packageSources(resolve(ROOT, 'packages', name)))
    .sort((a, b) => b.specifier.length - a.specifier.length);
}

/** The same map as Vite aliases (exact matches, so `@videokit/core` never rewrites `@videokit/core-x`). */
export function sourceAliases(): { find: RegExp; replacement: string }[] {
  return workspaceSources().map(({ specifier, file }) => ({
    find: new RegExp(`^${specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
    replacement: file,
  }));
}
