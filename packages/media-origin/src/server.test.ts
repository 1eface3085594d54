import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startOrigin, type Origin } from './server.ts';
import { openRequest, request, type TestResponse } from './testing.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const BIN = resolve(HERE, '../bin/videokit-origin.js');
const CLI = resolve(HERE, 'cli.ts');
const REPO_ROOT = resolve(HERE, '../../..');
const PAGE = 'http://app.localhost:3000';

let origin: Origin;
before(async () => {
  origin = await startOrigin({ port: 0, playerRoot: null });
});
after(() => origin.stop());

const bare = (path = '/'): Promise<TestResponse> =>
  request(origin, '', path, { headers: { Host: `localhost:${origin.port}` } });

void describe('routing by Host', () => {
  void test('an unknown service gets 404 with a reason', async () => {
    const response = await request(origin, 'nope', '/anything');
    assert.equal(response.status, 404);
    assert.equal(response.reason, 'unknown_service');
    assert.match(response.text, /no service "nope"/);
  });

  void test('bare localhost serves an index of the services', async () => {
    const response = await bare();
    assert.equal(response.status, 200);
    assert.match(String(response.headers['content-type']), /^text\/plain/);
    for (const service of ['stream', 'image', 'license', 'upload', 'beacon', 'player', 'control']) {
      assert.ok(response.text.includes(`http://${service}.localhost:${origin.port}/`), `index lists ${service}`);
    }
  });

  void test('a Host without a port still routes', async () => {
    const created = await request(origin, 'upload', '/uploads', {
      method: 'POST',
      headers: { Host: 'upload.localhost' },
    });
    assert.equal(created.status, 201);
    assert.match(created.json<{ url: string }>().url, /^http:\/\/upload\.localhost\/uploads\//);
  });

  void test('exposes its address', () => {
    assert.ok(origin.port > 0);
    assert.equal(origin.domain, `localhost:${origin.port}`);
    assert.equal(origin.url('stream', '/vod.m3u8'), `http://stream.localhost:${origin.port}/vod.m3u8`);
    assert.equal(origin.url('image'), `http://image.localhost:${origin.port}/`);
  });
});

void describe('player.localhost', () => {
  void test('answers 404 embed_not_built when no embed page is built', async () => {
    const response = await request(origin, 'player', '/vod');
    assert.equal(response.status, 404);
    assert.equal(response.reason, 'embed_not_built');
    assert.match(response.text, /npm start/);
  });

  void test('serves a page built after it started, without a restart', async () => {
    const root = mkdtempSync(join(tmpdir(), 'videokit-embed-'));
    const later = await startOrigin({ port: 0, playerRoot: join(root, 'dist') });
    try {
      assert.equal((await request(later, 'player', '/vod')).status, 404);
      mkdirSync(join(root, 'dist'));
      writeFileSync(join(root, 'dist/index.html'), '<!doctype html><title>built later</title>');
      const response = await request(later, 'player', '/vod');
      assert.equal(response.status, 200);
      assert.match(response.text, /built later/);
    } finally {
      await later.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });

  void describe('with a built embed page', () => {
    let root: string;
    let player: Origin;
    before(async () => {
      root = mkdtempSync(join(tmpdir(), 'videokit-embed-'));
      mkdirSync(join(root, 'assets'));
      writeFileSync(join(root, 'index.html'), '<!doctype html><title>embed</title>');
      writeFileSync(join(root, 'assets/embed.js'), 'export {};');
      player = await startOrigin({ port: 0, playerRoot: root });
    });
    after(async () => {
      await player.stop();
      rmSync(root, { recursive: true, force: true });
    });

    const TYPES = {
      '.css': /^text\/css/,
      '.js': /^text\/javascript/,
      '.mjs': /^text\/javascript/,
      '.svg': /^image\/svg\+xml$/,
      '.woff2': /^font\/woff2$/,
      '.json': /^application\/json/,
      '.wasm': /^application\/wasm$/,
      '.vtt': /^text\/vtt/,
    };
    for (const [extension, type] of Object.entries(TYPES)) {
      void test(`serves ${extension} as ${type.source}`, async () => {
        writeFileSync(join(root, `assets/file${extension}`), 'x');
        const response = await request(player, 'player', `/assets/file${extension}`);
        assert.equal(response.status, 200);
        assert.match(String(response.headers['content-type']), type);
      });
    }

    void test('sends the page with its script policy, frame-ancestors and nosniff as headers', async () => {
      const response = await request(player, 'player', '/vod');
      assert.match(String(response.headers['content-security-policy']), /script-src 'self'.*frame-ancestors/);
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
    });

    void test('serves its files', async () => {
      const response = await request(player, 'player', '/assets/embed.js');
      assert.equal(response.status, 200);
      assert.equal(response.text, 'export {};');
      assert.match(String(response.headers['content-type']), /^text\/javascript/);
    });

    for (const path of ['/', '/vod', '/vod?autoplay=1', '/assets', '/assets/', '/../../../etc/passwd', '/%2e%2e/x']) {
      void test(`answers ${path} with the page itself`, async () => {
        const response = await request(player, 'player', path);
        assert.equal(response.status, 200);
        assert.equal(response.text, '<!doctype html><title>embed</title>');
      });
    }
  });
});

void describe('CORS', () => {
  void test('every response carries CORS headers, refusals included', async () => {
    const id = origin.uploads.create();
    const responses = [
      await bare(),
      await request(origin, 'nope', '/'),
      await request(origin, 'upload', '/uploads', { method: 'POST' }),
      await request(origin, 'upload', `/uploads/${id}`, {
        method: 'PUT',
        headers: { 'Content-Range': 'x' },
        body: 'y',
      }),
      await request(origin, 'control', '/missing'),
      await request(origin, 'player', '/'),
    ];
    for (const response of responses) {
      assert.equal(response.headers['access-control-allow-origin'], '*', `status ${response.status}`);
      assert.match(String(response.headers['access-control-expose-headers']), /X-Videokit-Reason/);
    }
  });

  void test('a request with an Origin gets that origin back, varying on it', async () => {
    const response = await request(origin, 'upload', '/uploads', { method: 'POST', headers: { Origin: PAGE } });
    assert.equal(response.headers['access-control-allow-origin'], PAGE);
    assert.equal(response.headers.vary, 'Origin');
  });

  void test('exposes the headers an uploader and a player read', async () => {
    const response = await bare();
    const exposed = String(response.headers['access-control-expose-headers']).split(/,\s*/);
    for (const header of ['Range', 'Content-Range', 'Content-Length', 'X-Videokit-Reason', 'X-Goog-Hash']) {
      assert.ok(exposed.includes(header), `exposes ${header}`);
    }
  });

  void test('a preflight for a chunk PUT answers 204 allowing the method and headers', async () => {
    const id = origin.uploads.create();
    const preflight = await request(origin, 'upload', `/uploads/${id}`, {
      method: 'OPTIONS',
      headers: {
        Origin: PAGE,
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'content-range, content-type',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.body.length, 0);
    assert.equal(preflight.headers['access-control-allow-origin'], PAGE);
    const methods = String(preflight.headers['access-control-allow-methods']).split(/,\s*/);
    for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS'])
      assert.ok(methods.includes(method), method);
    assert.equal(preflight.headers['access-control-allow-headers'], 'content-range, content-type');
    assert.ok(Number(preflight.headers['access-control-max-age']) > 0);
    assert.equal(origin.uploads.status(id).received, 0);
  });

  void test('a preflight without requested headers still allows Content-Range, Content-Type and Range', async () => {
    const preflight = await request(origin, 'stream', '/vod.m3u8', { method: 'OPTIONS' });
    assert.equal(preflight.status, 204);
    const allowed = String(preflight.headers['access-control-allow-headers']).toLowerCase().split(/,\s*/);
    for (const header of ['content-range', 'content-type', 'range']) assert.ok(allowed.includes(header), header);
  });

  void test('a preflight answers on any host, even an unknown one', async () => {
    assert.equal((await request(origin, 'nope', '/', { method: 'OPTIONS' })).status, 204);
  });

  void test('a private-network preflight is allowed', async () => {
    const preflight = await request(origin, 'upload', '/uploads', {
      method: 'OPTIONS',
      headers: { Origin: PAGE, 'Access-Control-Request-Private-Network': 'true' },
    });
    assert.equal(preflight.headers['access-control-allow-private-network'], 'true');
  });
});

void describe('failures inside a handler', () => {
  void test('an exception becomes a 500 with a reason, and the origin keeps serving', async (t) => {
    const logged = t.mock.method(console, 'error', () => undefined);
    const failing = t.mock.method(origin.beacons, 'add', () => {
      throw new Error('disk full');
    });
    const failed = await request(origin, 'beacon', '/', { method: 'POST', headers: { Origin: PAGE }, body: '{}' });
    assert.equal(failed.status, 500);
    assert.equal(failed.reason, 'internal_error');
    assert.equal(failed.headers['access-control-allow-origin'], PAGE);
    assert.equal(logged.mock.callCount(), 1);
    failing.mock.restore();
    assert.equal((await request(origin, 'beacon', '/', { method: 'POST', body: '{}' })).status, 200);
    assert.equal((await request(origin, 'upload', '/uploads', { method: 'POST' })).status, 201);
  });
});

void describe('startOrigin / stop', () => {
  void test('two origins on port 0 get different ports and separate state', async () => {
    const other = await startOrigin({ port: 0 });
    try {
      assert.notEqual(other.port, origin.port);
      const id = other.uploads.create();
      assert.equal(origin.uploads.has(id), false);
    } finally {
      await other.stop();
    }
  });

  void test('stop() closes idle keep-alive connections and frees the port', async () => {
    const other = await startOrigin({ port: 0 });
    assert.equal((await request(other, 'upload', '/uploads', { method: 'POST' })).status, 201);
    await other.stop();
    // A fresh connection: the shared agent may still pool the socket stop() just closed.
    const { req, response } = openRequest(other, 'upload', '/uploads', { method: 'POST' });
    req.end();
    await assert.rejects(response, /ECONNREFUSED/);
  });

  void test('a port in use is an error', async () => {
    await assert.rejects(startOrigin({ port: origin.port }), /EADDRINUSE/);
  });
});

void describe('the CLI', () => {
  const freePort = async (): Promise<number> => {
    const server = createServer();
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const { port } = server.address() as { port: number };
    await new Promise((closed) => server.close(closed));
    return port;
  };

  function run(script: string, args: string[], env: Record<string, string> = {}): ChildProcess {
    const environment: NodeJS.ProcessEnv = { ...process.env, ...env };
    if (!('PORT' in env)) delete environment.PORT;
    const execArgv = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
    return spawn(process.execPath, [...execArgv, script, ...args], { cwd: REPO_ROOT, env: environment, stdio: 'pipe' });
  }

  function output(child: ChildProcess): { stdout: () => string; stderr: () => string } {
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return { stdout: () => stdout, stderr: () => stderr };
  }

  const exitOf = (child: ChildProcess): Promise<number | null> =>
    child.exitCode !== null
      ? Promise.resolve(child.exitCode)
      : new Promise((exited) => child.once('exit', (code) => exited(code)));

  /** Waits for the banner, checks the origin answers on `port`, then stops it with SIGTERM. */
  async function expectServing(child: ChildProcess, port: number): Promise<void> {
    const { stdout, stderr } = output(child);
    const exited = exitOf(child);
    try {
      await new Promise<void>((ready, failed) => {
        child.stdout?.on('data', () => {
          if (stdout().includes(`http://localhost:${port} `)) ready();
        });
        void exited.then((code) => failed(new Error(`exited ${code}: ${stderr()}`)));
      });
      const created = await request({ port }, 'upload', '/uploads', { method: 'POST' });
      assert.equal(created.status, 201);
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0, 'SIGTERM stops the origin cleanly');
  }

  void test('bin/videokit-origin.js starts on --port and stops on SIGTERM', { timeout: 30_000 }, async () => {
    const port = await freePort();
    await expectServing(run(BIN, ['--port', String(port)]), port);
  });

  void test('cli.ts honours PORT', { timeout: 30_000 }, async () => {
    const port = await freePort();
    await expectServing(run(CLI, [], { PORT: String(port) }), port);
  });

  void test('--port wins over PORT', { timeout: 30_000 }, async () => {
    const port = await freePort();
    await expectServing(run(CLI, [`--port=${port}`], { PORT: '1' }), port);
  });

  for (const [args, env] of [
    [['--port', 'abc'], {}],
    [['--port', '70000'], {}],
    [['--port', '80.5'], {}],
    [[], { PORT: 'http' }],
  ] as [string[], Record<string, string>][]) {
    void test(
      `rejects a bad port (${args.join(' ') || `PORT=${env.PORT}`}) with exit code 2`,
      { timeout: 30_000 },
      async () => {
        const child = run(CLI, args, env);
        const { stderr } = output(child);
        assert.equal(await exitOf(child), 2);
        assert.match(stderr(), /is not a port number/);
      },
    );
  }

  void test('--help prints usage and exits 0', { timeout: 30_000 }, async () => {
    const child = run(CLI, ['--help']);
    const { stdout } = output(child);
    assert.equal(await exitOf(child), 0);
    assert.match(stdout(), /videokit-origin \[--port/);
  });
});
