// A tiny HTTP server for benchmark pages, so they load from a real loopback origin
// (`http://bench.localhost:PORT`) like an app's page would.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  url(path?: string): string;
  stop(): Promise<void>;
}

export interface PageFile {
  type: string;
  body: string | Buffer;
}

export async function startPageServer(files: Record<string, PageFile>): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://bench.localhost').pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store' }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path = '/') => `http://bench.localhost:${String(port)}${path}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
