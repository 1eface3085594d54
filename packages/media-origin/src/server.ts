import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handleAds } from './ad-routes.ts';
import { AssetLibrary } from './assets.ts';
import { BeaconLog, MAX_BEACON_BYTES } from './beacons.ts';
import { socialMetaHtml } from '@videokit/embed';
import { videoTitleOf } from '@videokit/core';
import { CATALOG } from './catalog.ts';
import type { OriginState, RequestContext } from './context.ts';
import { handleCast } from './cast-routes.ts';
import { handleControl } from './control-routes.ts';
import { FaultInjector } from './faults.ts';
import {
  applyCors,
  decodePath,
  HttpError,
  isLoopbackHost,
  own,
  readBody,
  sendError,
  sendFile,
  sendText,
} from './http.ts';
import { handleImage } from './image-routes.ts';
import { handleLicense } from './license-routes.ts';
import { LowLatencyStreams } from './ll-streams.ts';
import { handleStream } from './stream-routes.ts';
import { loadSigningKey, mintToken, type MintOptions, type SigningKey, type TokenClaims } from './tokens.ts';
import { handleUpload } from './upload-routes.ts';
import { originClock } from './origin-clock.ts';
import { UploadStore } from './uploads.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface OriginOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Fixture root holding `media/` and `keys/` (default: the repository's test/fixtures). */
  fixturesDir?: string;
  /** Directory served on `player.localhost` (default: the built embed page, when present). */
  playerRoot?: string | null;
  /** Clock for live streams and token expiry (default Date.now). */
  now?: () => number;
  /** A connection that sends nothing for this long is closed (default 60 s). */
  idleTimeoutMs?: number;
}

export interface Origin {
  port: number;
  /** `http://{service}.localhost:{port}`, e.g. `origin.url('stream')`. */
  url(service: string, path?: string): string;
  /** The domain players take as `custom-domain`: `localhost:{port}`. */
  domain: string;
  faults: FaultInjector;
  uploads: UploadStore;
  beacons: BeaconLog;
  key: SigningKey;
  /** Mints a token signed with the test key, as an app's backend would. */
  mintToken(claims: Partial<TokenClaims> & { sub: string; aud: string }, options?: MintOptions): string;
  stop(): Promise<void>;
}

type Handler = (ctx: RequestContext) => Promise<void>;

const SERVICES: Record<string, Handler> = {
  stream: handleStream,
  stream2: handleStream,
  image: handleImage,
  license: handleLicense,
  upload: handleUpload,
  control: handleControl,
  player: handlePlayer,
  beacon: handleBeacon,
  cast: handleCast,
  ads: handleAds,
};

async function handleBeacon(ctx: RequestContext): Promise<void> {
  const body = (await readBody(ctx.req, MAX_BEACON_BYTES)).toString('utf8');
  let parsed: unknown = body;
  try {
    parsed = JSON.parse(body) as unknown;
  } catch {
    // not JSON: keep the text
  }
  ctx.state.beacons.add({
    receivedAt: ctx.state.clock.now(),
    method: ctx.req.method ?? 'GET',
    path: ctx.url.pathname + ctx.url.search,
    contentType: ctx.req.headers['content-type'] ?? '',
    body: parsed,
  });
  sendText(ctx.res, 200, '');
}

/** The embed page's script policy as a header, plus who may frame it (any page: it is an embed). */
const EMBED_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src * data: blob:; media-src * blob: data:; connect-src *; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors *";

async function handlePlayer(ctx: RequestContext): Promise<void> {
  const root = ctx.state.playerRoot;
  // Looked up per request, so a page built (or rebuilt) while the origin runs is served at once.
  if (!root || !existsSync(join(root, 'index.html'))) {
    throw new HttpError(
      404,
      'embed_not_built',
      'the embed page is not built yet: `npm start` builds it, or run `npm run build -w @videokit/embed`',
    );
  }
  const path = resolve(root, `.${ctx.url.pathname}`);
  // Directories (`/` included) and unknown paths get the page itself, as a single-page app expects.
  const isFile = path.startsWith(root) && (statSync(path, { throwIfNoEntry: false })?.isFile() ?? false);
  if (isFile) {
    await sendFile(ctx.req, ctx.res, path);
    return;
  }
  // The page's own `<meta>` policy cannot say who may frame it or stop MIME sniffing; headers can.
  ctx.res.setHeader('Content-Security-Policy', EMBED_POLICY);
  ctx.res.setHeader('X-Content-Type-Options', 'nosniff');
  sendText(ctx.res, 200, embedPage(readFileSync(join(root, 'index.html'), 'utf8'), ctx), 'text/html; charset=utf-8');
}

/** The embed page with its social tags rendered in, as a platform's player host does for crawlers. */
function embedPage(html: string, ctx: RequestContext): string {
  const [first = ''] = ctx.url.pathname.split('/').filter(Boolean);
  if (!first) return html;
  const { searchParams } = ctx.url;
  const tags = socialMetaHtml({
    playbackId: decodePath(first),
    domain: new URL(ctx.self).host.replace(/^player\./, ''),
    pageUrl: `${ctx.self}${ctx.url.pathname}${ctx.url.search}`,
    title: videoTitleOf({
      'metadata-video-title': searchParams.get('metadata-video-title'),
      title: searchParams.get('title'),
    }),
    thumbnailToken: searchParams.get('thumbnail-token') ?? undefined,
    playbackToken: searchParams.get('playback-token') ?? undefined,
  });
  return html.replace('</head>', `    ${tags}\n  </head>`);
}

function indexPage(port: number): string {
  const hosts = ['stream', 'image', 'license', 'upload', 'beacon', 'player', 'control'];
  return [
    'videokit media origin',
    '',
    ...hosts.map((host) => `  http://${host}.localhost:${port}/`),
    '',
    `playback IDs: ${Object.keys(CATALOG).join(', ')}`,
    `try: http://stream.localhost:${port}/vod.m3u8`,
    '',
  ].join('\n');
}

/** The service a request is for: the first label of its Host (`beacon` anywhere, for env-key prefixes). */
function serviceOf(hostHeader: string): string {
  const labels = hostHeader.replace(/:\d+$/, '').split('.');
  if (labels.includes('beacon')) return 'beacon';
  return labels.length > 1 ? (labels[0] ?? '') : '';
}

/** Answers once the request body is consumed, so the client reads the answer instead of a reset. */
async function drain(req: IncomingMessage): Promise<void> {
  if (req.complete || req.destroyed) return;
  req.resume();
  await new Promise((done) => req.once('end', done).once('close', done));
}

async function dispatch(state: OriginState, port: number, req: IncomingMessage, res: ServerResponse): Promise<void> {
  applyCors(req, res);
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { 'Content-Length': 0 });
    res.end();
    return;
  }
  const hostHeader = req.headers.host ?? `localhost:${port}`;
  // Only loopback names: a page on another site cannot reach this origin by rebinding its DNS.
  if (!isLoopbackHost(hostHeader)) {
    await drain(req);
    sendError(res, new HttpError(421, 'unknown_host', `this origin answers only for *.localhost, not "${hostHeader}"`));
    return;
  }
  const service = serviceOf(hostHeader);
  const ctx: RequestContext = {
    req,
    res,
    url: new URL(req.url ?? '/', `http://${hostHeader}`),
    service,
    self: `http://${hostHeader}`,
    state,
  };
  try {
    if (await state.faults.apply(service, req, res)) return;
    const handler = own(SERVICES, service);
    if (!handler && service) throw new HttpError(404, 'unknown_service', `no service "${service}" on this origin`);
    if (handler) await handler(ctx);
    else sendText(res, 200, indexPage(port));
  } catch (error) {
    if (res.headersSent || res.destroyed) {
      res.destroy();
      return;
    }
    await drain(req);
    if (error instanceof HttpError) return sendError(res, error);
    console.error(`[videokit-origin] ${req.method} ${hostHeader}${req.url}:`, error);
    sendError(res, new HttpError(500, 'internal_error', 'the origin failed; see its log'));
  }
}

/** Starts the local media origin (DESIGN §4) on one port, routed by `Host`. */
export async function startOrigin(options: OriginOptions = {}): Promise<Origin> {
  const fixturesDir = options.fixturesDir ?? join(REPO_ROOT, 'test/fixtures');
  const defaultPlayerRoot = join(REPO_ROOT, 'packages/embed/dist');
  const now = options.now ?? Date.now;
  const state: OriginState = {
    assets: new AssetLibrary(join(fixturesDir, 'media')),
    key: loadSigningKey(join(fixturesDir, 'keys')),
    uploads: new UploadStore(),
    beacons: new BeaconLog(),
    faults: new FaultInjector(),
    clock: originClock(now),
    lowLatency: new LowLatencyStreams(join(fixturesDir, 'media'), now()),
    // Absolute, so the containment check in handlePlayer compares like with like.
    playerRoot:
      options.playerRoot === undefined ? defaultPlayerRoot : options.playerRoot && resolve(options.playerRoot),
  };
  // No total request time (a 1 GiB upload takes what it takes), but a connection silent for
  // `idleTimeoutMs` (a body that stopped coming) is closed rather than held for ever.
  const server = createServer({ keepAliveTimeout: 5000, requestTimeout: 0 });
  server.setTimeout(options.idleTimeoutMs ?? 60_000);
  let port = options.port ?? 0;
  server.on('request', (req: IncomingMessage, res: ServerResponse) => void dispatch(state, port, req, res));
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(port, options.host ?? '127.0.0.1', () => listening());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    domain: `localhost:${port}`,
    url: (service, path = '/') => `http://${service}.localhost:${port}${path}`,
    faults: state.faults,
    uploads: state.uploads,
    beacons: state.beacons,
    key: state.key,
    mintToken: (claims, mintOptions) => mintToken(state.key, claims, { now: state.clock.now(), ...mintOptions }),
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((closed) => server.close(() => closed()));
      state.uploads.close();
    },
  };
}
