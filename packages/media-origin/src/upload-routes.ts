import type { RequestContext } from './context.ts';
import { HttpError, readBody, sendJson } from './http.ts';
import { heldRange, parseContentRange, type UploadStatus } from './uploads.ts';

/** The largest chunk this origin buffers before committing it. */
const MAX_CHUNK_BYTES = 512 * 1024 * 1024;

function contentLengthOf(ctx: RequestContext): number | null {
  const header = ctx.req.headers['content-length'];
  if (header === undefined) return null;
  const length = Number(header);
  if (!Number.isSafeInteger(length) || length < 0) {
    throw new HttpError(400, 'bad_content_length', `Content-Length "${header}" is not a byte count`);
  }
  return length;
}

/** The answer to the request that completes an upload: the stored object, and its CRC32C as GCS reports it. */
function sendComplete(ctx: RequestContext, status: UploadStatus): void {
  ctx.res.setHeader('X-Goog-Hash', `crc32c=${status.crc32c}`);
  sendJson(ctx.res, 200, status);
}

/** `PUT` of a chunk, a status probe or a whole file (seed "Upload files directly"; DESIGN §3). */
async function put(ctx: RequestContext, id: string): Promise<void> {
  const { uploads } = ctx.state;
  if (!uploads.has(id)) throw new HttpError(404, 'upload_not_found', `no direct upload with id "${id}"`);
  const contentLength = contentLengthOf(ctx);
  const header = ctx.req.headers['content-range'];
  if (header === undefined) {
    sendComplete(ctx, await uploads.receiveWhole(id, ctx.req as AsyncIterable<Buffer>, contentLength));
    return;
  }
  const range = parseContentRange(header);
  if (range.kind === 'probe') {
    await readBody(ctx.req, 0);
    const status = uploads.status(id);
    if (status.complete) {
      sendComplete(ctx, status);
      return;
    }
    ctx.res.writeHead(308, { ...heldRange(status.received), 'Content-Length': 0 });
    ctx.res.end();
    return;
  }
  uploads.check(id, range, contentLength);
  const length = range.end - range.start + 1;
  if (length > MAX_CHUNK_BYTES) {
    throw new HttpError(
      413,
      'chunk_too_large',
      `chunks larger than ${MAX_CHUNK_BYTES} bytes are refused; send smaller ones`,
    );
  }
  const status = await uploads.receiveChunk(id, range, ctx.req, contentLength);
  if (status.complete) {
    sendComplete(ctx, status);
    return;
  }
  ctx.res.writeHead(308, { ...heldRange(status.received), 'Content-Length': 0 });
  ctx.res.end();
}

/**
 * A `chunk-endpoint` upload: the kind of endpoint UpChunk users write themselves, which takes
 * `PUT`, `POST` or `PATCH` chunks and answers `200` to every request, probes included. It still
 * stores only chunks that continue where the last one ended (counting the others as
 * `rejected`), so a test sees exactly which bytes a client delivered.
 */
async function chunkEndpoint(ctx: RequestContext, id: string, method: string): Promise<void> {
  const { uploads } = ctx.state;
  const header = ctx.req.headers['content-range'];
  uploads.record(id, { method, contentRange: header ?? null, authorization: ctx.req.headers.authorization ?? null });
  const contentLength = contentLengthOf(ctx);
  const range = header === undefined ? null : parseContentRange(header);
  if (range?.kind !== 'chunk') {
    if (range === null) await uploads.receiveWhole(id, ctx.req as AsyncIterable<Buffer>, contentLength);
    else await readBody(ctx.req, 0);
    sendJson(ctx.res, 200, {});
    return;
  }
  const body = await readBody(ctx.req, MAX_CHUNK_BYTES);
  try {
    uploads.commit(id, range, body);
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
  }
  sendJson(ctx.res, 200, {});
}

/**
 * `upload.{domain}`: `POST /uploads` creates a direct upload (the part an app's backend does
 * through the platform API), `PUT /uploads/{id}` receives it, `GET /uploads/{id}` reports it,
 * `DELETE /uploads/{id}` cancels it and deletes its bytes.
 */
export async function handleUpload(ctx: RequestContext): Promise<void> {
  const { pathname } = ctx.url;
  const method = ctx.req.method ?? 'GET';
  if (pathname === '/uploads' && method === 'POST') {
    await readBody(ctx.req);
    const style = ctx.url.searchParams.get('style') === 'chunk-endpoint' ? 'chunk-endpoint' : 'resumable';
    const id = ctx.state.uploads.create(style);
    sendJson(ctx.res, 201, { id, url: `${ctx.self}/uploads/${id}`, status: 'waiting' });
    return;
  }
  const match = /^\/uploads\/([A-Za-z0-9_-]+)$/.exec(pathname);
  if (match?.[1]) {
    const id = match[1];
    if (ctx.state.uploads.has(id) && ctx.state.uploads.style(id) === 'chunk-endpoint' && method !== 'GET') {
      if (['PUT', 'POST', 'PATCH'].includes(method)) return chunkEndpoint(ctx, id, method);
    }
    if (method === 'PUT') return put(ctx, match[1]);
    if (method === 'DELETE') {
      // GCS answers the cancel of a resumable session with 499 and forgets the session.
      await readBody(ctx.req, 0);
      ctx.state.uploads.cancel(id);
      ctx.res.writeHead(499, { 'Content-Length': 0 });
      ctx.res.end();
      return;
    }
    if (method === 'GET' || method === 'HEAD') {
      sendJson(ctx.res, 200, ctx.state.uploads.status(match[1]));
      return;
    }
    throw new HttpError(405, 'method_not_allowed', `${method} is not allowed on an upload; use PUT, GET or DELETE`);
  }
  throw new HttpError(404, 'not_found', `no upload resource at ${pathname}`);
}
