// The embed page that `npm start` serves on `player.localhost`: built when it is missing or older
// than the sources it bundles, in the background, so the demo starts at once.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BUILT = join(ROOT, 'packages/embed/dist/index.html');
/** What the embed bundles: its own page and the packages it imports. */
const SOURCES = [
  'packages/embed/index.html',
  'packages/embed/src',
  'packages/video-player/src',
  'packages/storyboard-preview/src',
  'packages/core/src',
];

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

export function embedIsStale(): boolean {
  if (!existsSync(BUILT)) return true;
  const built = statSync(BUILT).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(ROOT, source)) > built);
}

/** Builds the embed page; resolves true when it succeeded. Its output goes to `log`. */
export function buildEmbed(log: (line: string) => void): Promise<boolean> {
  return new Promise((done) => {
    // A production build, whatever the dev server beside it set NODE_ENV to (Lit's dev build warns).
    const child = spawn('npm', ['run', 'build', '--silent', '-w', '@videokit/embed'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      if (code !== 0) log(output);
      done(code === 0);
    });
  });
}
