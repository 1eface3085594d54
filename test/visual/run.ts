/**
 * `npm run test:visual [-- --update]`: runs the visual suite; `--update` rewrites the baselines
 * under test/visual/baselines (review them in the diff), otherwise mismatches fail with the
 * actual and diff images under test/visual/output.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const update = process.argv.includes('--update');
const files = process.argv.slice(2).filter((arg) => arg !== '--update');
rmSync(new URL('output', import.meta.url), { recursive: true, force: true });
const result = spawnSync(
  'npx',
  ['wtr', '--config', 'web-test-runner.visual.config.mjs', ...(files.length ? ['--files', ...files] : [])],
  { stdio: 'inherit', env: { ...process.env, VISUAL_UPDATE: update ? '1' : '0' } },
);
process.exit(result.status ?? 1);
