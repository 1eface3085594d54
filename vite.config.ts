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
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { packageSources, sourceAliases } from './scripts/workspace-sources.ts';

interface PackageJson {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const ROOT = import.meta.dirname;

/** One entry per source file the package exports (`.` → `index`, `./define` → `define`, …). */
function libraryEntries(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const { specifier, file } of packageSources(dir)) {
    const subpath = specifier.split('/').slice(2).join('/');
    entries[subpath || 'index'] = file;
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
      // A space after a colon separates nothing: in a declaration it is padding, and no selector has one.
      .replace(/:\s+/g, ':')
      // 0.5em is .5em; rgb(0 0 0 / 50%) needs no space around its slash (nor does calc()).
      .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
      .replace(/ \/ /g, '/')
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
    resolve: { alias: sourceAliases() },
    server: { host: '127.0.0.1', port: Number(process.env.DEMO_PORT ?? 5173), strictPort: true },
    build: { outDir: resolve(ROOT, 'demo/dist'), emptyOutDir: true },
  };
});
