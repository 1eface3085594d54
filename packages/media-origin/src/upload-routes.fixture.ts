/** What the upload route tests share: one origin per test file, and helpers to drive its uploads. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { startOrigin, type Origin } from './server.ts';
import { request, type TestResponse } from './testing.ts';
import type { UploadStatus } from './uploads.ts';

export const CHUNK = 256 * 1024;
export const EMPTY_SHA256 = createHash('sha256').digest('hex');

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * CRC32C bit by bit (RFC 3720 §B.4), base64 of the big-endian value as `X-Goog-Hash` carries it:
 * a reference independent of the table-driven one the origin and the uploader share.
 */
export function crc32cBase64(bytes: Buffer): string {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
  }
  const digest = Buffer.alloc(4);
  digest.writeUInt32BE(~crc >>> 0);
  return digest.toString('base64');
}

/** The test file's origin, started by `useUploadOrigin()` (a live binding). */
export let origin: Origin;

/** Starts an origin before the file's tests and stops it after them. */
export function useUploadOrigin(): void {
  before(async () => {
    origin = await startOrigin({ port: 0 });
  });
  after(() => origin.stop());
}

export async function createUpload(): Promise<string> {
  const created = await request(origin, 'upload', '/uploads', { method: 'POST' });
  assert.equal(created.status, 201);
  return created.json<{ id: string }>().id;
}

/** PUTs `file[start, start + length)` with the matching Content-Range. */
export function putChunk(
  id: string,
  file: Buffer,
  start: number,
  length: number,
  total: number | '*',
): Promise<TestResponse> {
  return request(origin, 'upload', `/uploads/${id}`, {
    method: 'PUT',
    headers: { 'Content-Range': `bytes ${start}-${start + length - 1}/${total}` },
    body: file.subarray(start, start + length),
  });
}

export const putRange = (id: string, contentRange: string, body: Buffer): Promise<TestResponse> =>
  request(origin, 'upload', `/uploads/${id}`, { method: 'PUT', headers: { 'Content-Range': contentRange }, body });

export const probe = (id: string, total: number | '*'): Promise<TestResponse> =>
  request(origin, 'upload', `/uploads/${id}`, { method: 'PUT', headers: { 'Content-Range': `bytes */${total}` } });

export async function statusOf(id: string): Promise<UploadStatus> {
  const response = await request(origin, 'upload', `/uploads/${id}`);
  assert.equal(response.status, 200);
  return response.json<UploadStatus>();
}

/** Asserts the origin holds exactly `expected`, and that its running hash describes those bytes. */
export async function assertHolds(id: string, expected: Buffer): Promise<void> {
  const status = await statusOf(id);
  assert.equal(status.received, expected.length);
  assert.equal(status.sha256, sha256(expected));
  assert.ok(origin.uploads.bytes(id).equals(expected), 'stored bytes differ from what was sent');
}

export async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 5000) assert.fail(`timed out waiting for ${what}`);
    await delay(5);
  }
}
