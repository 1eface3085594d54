// Browser tests: real headless Chromium from Debian, with one local media origin for the run.
import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { register } from 'tsx/esm/api';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium.mjs';
import { RETRY_LOGGER, failureSummaryReporter } from './test/failure-summary-reporter.mjs';
import { playwrightCommands } from './test/playwright-commands.mjs';
import { reactTestPlugin } from './packages/react/src/test/wtr-react.mjs';

const CHROMIUM = CHROMIUM_PATH;
if (!existsSync(CHROMIUM)) {
  console.error(
    `Chromium not found at ${CHROMIUM}. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\n` +
      '(or point CHROMIUM_PATH at a Chromium binary).',
  );
  process.exit(1);
}

register();
const { startOrigin } = await import('./packages/media-origin/src/server.ts');
const { workspaceSources } = await import('./scripts/workspace-sources.ts');

/** The origin for this run, started and stopped with the test server. */
let origin;

function mediaOriginPlugin() {
  return {
    name: 'videokit-media-origin',
    async serverStart() {
      origin = await startOrigin({ port: Number(process.env.VIDEOKIT_ORIGIN_PORT ?? 0) });
    },
    async serverStop() {
      await origin?.stop();
    },
  };
}

/** `@videokit/*` imports to the packages' sources (published exports name only `dist/`). */
function workspaceSourcesPlugin() {
  const sources = new Map(workspaceSources().map(({ specifier, file }) => [specifier, file]));
  return {
    name: 'videokit-workspace-sources',
    resolveImport({ source }) {
      const file = sources.get(source);
      return file ? `/${relative(process.cwd(), file).split(sep).join('/')}` : undefined;
    },
  };
}

export default {
  files: [
    'packages/!(media-origin)/src/**/*.test.ts',
    'packages/uploader/test/**/*.test.ts',
    'packages/react/src/**/!(*.node).test.tsx',
    'test/browser/**/*.test.ts',
    'test/conformance/**/*.test.ts',
    'test/hostile/**/*.test.ts',
  ],
  nodeResolve: { exportConditions: ['browser'] },
  concurrency: 1,
  reporters: [defaultReporter(), failureSummaryReporter()],
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  plugins: [
    esbuildPlugin({ ts: true, tsx: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    workspaceSourcesPlugin(),
    mediaOriginPlugin(),
    playwrightCommands(),
    reactTestPlugin(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  // One retry for a test that fails on a loaded machine; every retry is logged and listed at the end.
  testFramework: { config: { timeout: 30_000, retries: 1 } },
  // Every test page learns where the origin is before any test module runs.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head>
    <script>window.videokitOrigin = ${JSON.stringify({ port: origin?.port })};</script>
    <script>${RETRY_LOGGER}</script>
  </head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
};
