// A tiny HTTP server for benchmark pages, so they load from a real loopback origin
// (`http://bench.localhost:PORT`) like an app's page would, compressed as a CDN would serve them.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export interface PageServer {
  url(path?: string): string;
  stop(): Promise<void>;
}

export interface PageFile {
  type: string;
  body: string | Buffer;
}

type Encoding = 'br' | 'gzip';

/** The encoding a CDN would pick for this request: brotli, else gzip, for text only. */
function encodingFor(req: IncomingMessage, type: string): Encoding | null {
  if (!/^text\/|javascript|json/.test(type)) return null;
  const accepted = req.headers['accept-encoding'] ?? '';
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return null;
}

export async function startPageServer(files: Record<string, PageFile>): Promise<PageServer> {
  const encoded = new Map<string, Buffer>();
  const compress = (path: string, body: string | Buffer, encoding: Encoding): Buffer => {
    const key = `${encoding} ${path}`;
    let bytes = encoded.get(key);
    if (!bytes) {
      bytes = encoding === 'br' ? brotliCompressSync(body) : gzipSync(body, { level: 9 });
      encoded.set(key, bytes);
    }
    return bytes;
  };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://bench.localhost').pathname;
    const file = files[path];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const encoding = encodingFor(req, file.type);
    const headers = { 'Content-Type': file.type, 'Cache-Control': 'no-store', Vary: 'Accept-Encoding' };
    if (encoding === null) res.writeHead(200, headers).end(file.body);
    else res.writeHead(200, { ...headers, 'Content-Encoding': encoding }).end(compress(path, file.body, encoding));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path = '/') => `http://bench.localhost:${String(port)}${path}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
