// `npm run storybook`: the local media origin (PORT, default 4000) plus `storybook dev` on :6006.
// Stories read the origin's domain from VIDEOKIT_ORIGIN (see stories/origin.ts). Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { startOrigin } from '../packages/media-origin/src/index.ts';

const origin = await startOrigin({ port: Number(process.env.PORT ?? 4000) });
const domain = `localhost:${String(origin.port)}`;
console.log(`media origin  http://stream.${domain}/vod.m3u8`);

const storybook = spawn(
  'node_modules/.bin/storybook',
  ['dev', '-p', '6006', '--no-open', '--ci', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, VIDEOKIT_ORIGIN: domain },
  },
);

let stopping = false;
const stop = async (code: number): Promise<void> => {
  if (stopping) return;
  stopping = true;
  if (storybook.exitCode === null) storybook.kill('SIGTERM');
  await origin.stop();
  process.exit(code);
};

storybook.once('exit', (code) => void stop(code ?? 0));
process.once('SIGINT', () => void stop(0));
process.once('SIGTERM', () => void stop(0));
