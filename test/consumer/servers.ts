// The processes the consumer test runs in the app: commands that must succeed, and servers it waits for.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

/** Runs a command in `cwd`; throws with its output when it fails. Returns what it printed. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed (${String(result.status)}):\n${result.stdout}\n${result.stderr}`,
    );
  return result.stdout;
}

/** Starts a long-running command and resolves with its URL once it prints one. */
export async function serve(command: string, args: string[], cwd: string): Promise<{ url: string; stop: () => void }> {
  // No colours, so the printed URL is plain text.
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  const child: ChildProcess = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const url = await new Promise<string>((found, failed) => {
    const timer = setTimeout(
      () => failed(new Error(`${command} ${args.join(' ')} printed no URL:\n${output}`)),
      60_000,
    );
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/?/.exec(output);
      if (match) {
        clearTimeout(timer);
        found(match[0].replace(/\/?$/, '/'));
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => failed(new Error(`${command} exited (${String(code)}):\n${output}`)));
  });
  return {
    url,
    stop: () => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.map': 'application/json',
};

/** A static server over `dir`, with `pages` (path → HTML) on top. */
export async function serveStatic(
  dir: string,
  pages: Record<string, string>,
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const page = pages[path];
    if (page !== undefined) return void res.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(page);
    readFile(join(dir, path)).then(
      (body) => res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return { url: `http://127.0.0.1:${String(address.port)}/`, server };
}
