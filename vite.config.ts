// One config for every package build and for the demo dev server.
//
// `vite build --config ../../vite.config.ts` inside packages/<name> builds that
// package's `src/index.ts` (and `src/define.ts`) into `dist/` (ESM, dependencies external so
// apps dedupe them). `vite` at the root serves the demo in `demo/`.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

interface PackageJson {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const ROOT = import.meta.dirname;

/** `src/index.ts`, plus `src/define.ts` (the registering side-effect entry) where a package has one. */
function libraryEntries(dir: string): Record<string, string> {
  const entries: Record<string, string> = { index: resolve(dir, 'src/index.ts') };
  if (existsSync(resolve(dir, 'src/define.ts'))) entries.define = resolve(dir, 'src/define.ts');
  return entries;
}

function packageBuild(dir: string): UserConfig {
  const pkg = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')) as PackageJson;
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  const isExternal = (id: string): boolean => deps.some((dep) => id === dep || id.startsWith(`${dep}/`));
  return {
    root: dir,
    logLevel: 'warn',
    build: {
      outDir: resolve(dir, 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      lib: { entry: libraryEntries(dir), formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: { external: isExternal },
    },
  };
}

export default defineConfig(({ command }) => {
  const cwd = process.cwd();
  if (command === 'build' && cwd !== ROOT && existsSync(resolve(cwd, 'src/index.ts'))) return packageBuild(cwd);
  return {
    root: resolve(ROOT, 'demo'),
    server: { host: '127.0.0.1', port: Number(process.env.DEMO_PORT ?? 5173), strictPort: true },
    build: { outDir: resolve(ROOT, 'demo/dist'), emptyOutDir: true },
  };
});
