// Browser tests of @videokit/react: React as ES modules for the test pages, and a server command
// that renders the test fixtures with react-dom/server in a real Node process.
import { execFile, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const PREFIX = '/__videokit-react/';
// React ships CommonJS only: one development bundle of all of it, and one facade module per specifier.
const SPECIFIERS = ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client'];
const SSR_SCRIPT = fileURLToPath(new URL('./ssr-render.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

let bundle;
async function reactBundle() {
  bundle ??= build({
    stdin: {
      contents: SPECIFIERS.map((specifier, i) => `export * as m${String(i)} from '${specifier}';`).join('\n'),
      resolveDir: fileURLToPath(new URL('.', import.meta.url)),
    },
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"development"' },
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

function facade(specifier) {
  const i = SPECIFIERS.indexOf(specifier);
  // Listed in a child process: React patches `console` when it loads, which the runner's own console does not survive.
  const listed = execFileSync(process.execPath, ['-p', `JSON.stringify(Object.keys(require('${specifier}')))`], {
    cwd: fileURLToPath(new URL('.', import.meta.url)),
    encoding: 'utf8',
  });
  const names = JSON.parse(listed).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
  return `import { m${String(i)} as m } from '${PREFIX}bundle.js';
export default m.default ?? m;
export const { ${names.join(', ')} } = m;
`;
}

/** Renders every fixture of `ssr-render.ts` in a separate Node process (with the packages' sources). */
function renderFixtures(domain) {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', SSR_SCRIPT, domain],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve({ html: JSON.parse(stdout), stderr });
      },
    );
  });
}

export function reactTestPlugin() {
  const rendered = new Map();
  return {
    name: 'videokit-react',
    resolveImport({ source }) {
      if (SPECIFIERS.includes(source)) return `${PREFIX}${source}.js`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const name = context.path.slice(PREFIX.length, -'.js'.length);
      if (name === 'bundle') return { body: await reactBundle(), type: 'js' };
      if (SPECIFIERS.includes(name)) return { body: facade(name), type: 'js' };
      return undefined;
    },
    async executeCommand({ command, payload }) {
      if (command !== 'react-ssr-render') return undefined;
      const domain = String(payload?.domain);
      if (!rendered.has(domain)) rendered.set(domain, renderFixtures(domain));
      return rendered.get(domain);
    },
  };
}
