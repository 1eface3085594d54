// One config for every package build and for the demo dev server.
//
// Inside packages/<name>, `vite build --config ../../vite.config.ts`:
// - builds `src/index.ts` (and `src/define.ts`) into `dist/` (ESM, dependencies external so apps
//   dedupe them);
// - with `--mode cdn`, builds the self-contained CDN bundle of `src/define.ts` into `dist/cdn/`
//   (`<name>.mjs` for `<script type="module">`, `<name>.js` for a classic `<script>`; hls.js,
//   mux-embed, DRM and Cast stay lazy chunks fetched relative to the bundle);
// - for a package with an `index.html` (the embed page), builds that page as static files.
// `vite` at the root serves the demo in `demo/`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

interface PackageJson {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const ROOT = import.meta.dirname;

/** One entry per source file the package exports (`.` → `index`, `./define` → `define`, …). */
function libraryEntries(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const { find, replacement } of packageSources(dir)) {
    const subpath = find.split('/').slice(2).join('/');
    entries[subpath || 'index'] = replacement;
  }
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

/** The package's exported source files, as `@videokit/<name>[/<subpath>]` → path. */
function packageSources(dir: string): { find: string; replacement: string }[] {
  const { name, exports = {} } = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')) as PackageJson & {
    exports?: Record<string, { development?: string } | string>;
  };
  const sources: { find: string; replacement: string }[] = [];
  for (const [subpath, target] of Object.entries(exports)) {
    const source = typeof target === 'string' ? target : target.development;
    if (!source?.endsWith('.ts') || !existsSync(resolve(dir, source))) continue;
    sources.push({ find: `${name}${subpath.slice(1)}`, replacement: resolve(dir, source) });
  }
  return sources;
}

/**
 * Every `@videokit/*` import (package roots and subpaths such as `/define`) from source, for
 * builds that bundle them. Longest first, so a subpath is not taken for its package root.
 */
function sourceAliases(): { find: string; replacement: string }[] {
  return readdirSync(resolve(ROOT, 'packages'))
    .map((name) => resolve(ROOT, 'packages', name))
    .filter((dir) => existsSync(resolve(dir, 'package.json')))
    .flatMap(packageSources)
    .sort((a, b) => b.find.length - a.find.length);
}

/**
 * Collapses the whitespace and comments of Lit `css` templates, which no minifier touches
 * (they are strings to it). Conservative: it never removes a space that could separate tokens.
 */
function minifyLitCss(): Plugin {
  const minify = (css: string): string =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'videokit-minify-lit-css',
    transform(code, id) {
      if (!/\/packages\/[^/]+\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return code.replace(/\bcss`([^`]*)`/g, (_match, body: string) => `css\`${minify(body)}\``);
    },
  };
}

/** A classic `<script>` that loads the module bundle beside it, wherever the bundle is hosted. */
function classicLoader(name: string): Plugin {
  return {
    name: 'videokit-classic-loader',
    generateBundle() {
      const source = `(function () {
  var script = document.currentScript;
  import(new URL('./${name}.mjs', (script && script.src) || location.href).href);
})();
`;
      this.emitFile({ type: 'asset', fileName: `${name}.js`, source });
    },
  };
}

function cdnBuild(dir: string): UserConfig {
  const name = basename(dir);
  return {
    root: dir,
    // Chunks load relative to the bundle, wherever a CDN puts it.
    base: './',
    logLevel: 'warn',
    resolve: { alias: sourceAliases() },
    plugins: [classicLoader(name), minifyLitCss()],
    build: {
      outDir: resolve(dir, 'dist/cdn'),
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      chunkSizeWarningLimit: 1024,
      rolldownOptions: {
        input: { [name]: resolve(dir, 'src/define.ts') },
        preserveEntrySignatures: false,
        output: {
          format: 'es',
          entryFileNames: '[name].mjs',
          chunkFileNames: 'chunks/[name]-[hash].mjs',
        },
      },
    },
  };
}

function pageBuild(dir: string): UserConfig {
  return {
    root: dir,
    base: './',
    logLevel: 'warn',
    resolve: { alias: sourceAliases() },
    plugins: [minifyLitCss()],
    build: { outDir: resolve(dir, 'dist'), emptyOutDir: true, target: 'es2022' },
  };
}

export default defineConfig(({ command, mode }) => {
  const cwd = process.cwd();
  const inPackage = command === 'build' && cwd !== ROOT && existsSync(resolve(cwd, 'src/index.ts'));
  if (inPackage && existsSync(resolve(cwd, 'index.html'))) return pageBuild(cwd);
  // A package without a registering entry has no CDN bundle; its library build stands.
  if (inPackage && mode === 'cdn') return existsSync(resolve(cwd, 'src/define.ts')) ? cdnBuild(cwd) : packageBuild(cwd);
  if (inPackage) return packageBuild(cwd);
  return {
    root: resolve(ROOT, 'demo'),
    server: { host: '127.0.0.1', port: Number(process.env.DEMO_PORT ?? 5173), strictPort: true },
    build: { outDir: resolve(ROOT, 'demo/dist'), emptyOutDir: true },
  };
});
