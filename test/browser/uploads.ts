/** Helpers for upload tests: direct uploads on the origin, test files, and Playwright commands. */
import { executeServerCommand } from '@web/test-runner-commands';
import { originUrl } from './origin.ts';

export interface DirectUpload {
  id: string;
  url: string;
}

export interface ServerUpload {
  received: number;
  total: number | null;
  complete: boolean;
  sha256: string;
  /** Chunks committed. */
  chunks: number;
  /** Chunks the server refused (wrong offset, size or length): bytes sent under a wrong range. */
  rejected: number;
  style: 'resumable' | 'chunk-endpoint';
  /** `chunk-endpoint` uploads: every request the server saw. */
  requests?: { method: string; contentRange: string | null; authorization: string | null }[];
}

/**
 * What an app's backend does: create a direct upload and get its URL. `chunk-endpoint` makes
 * one that answers 200 to every request, like the chunk endpoints UpChunk users write.
 */
export async function createDirectUpload(style: 'resumable' | 'chunk-endpoint' = 'resumable'): Promise<DirectUpload> {
  const response = await fetch(originUrl('upload', `/uploads?style=${style}`), { method: 'POST' });
  if (response.status !== 201) throw new Error(`POST /uploads answered ${response.status}`);
  return (await response.json()) as DirectUpload;
}

export async function serverUpload(id: string): Promise<ServerUpload> {
  const response = await fetch(originUrl('control', `/uploads/${id}`));
  return (await response.json()) as ServerUpload;
}

export async function faultHits(): Promise<number> {
  const response = await fetch(originUrl('control', '/faults'));
  return ((await response.json()) as { hits: unknown[] }).hits.length;
}

/** Deterministic pseudo-random bytes (xorshift32), so every run uploads the same content. */
export function testBytes(length: number, seed = 1): Uint8Array<ArrayBuffer> {
  const words = new Uint32Array(Math.ceil(length / 4));
  let state = seed >>> 0 || 1;
  for (let i = 0; i < words.length; i += 1) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    words[i] = state;
  }
  return new Uint8Array(words.buffer, 0, length);
}

/** The size in the evidence: 20 chunks of 256 KiB and a shorter last one. */
export const SCENARIO_FILE_SIZE = 5_366_337;

export const testFile = (size = SCENARIO_FILE_SIZE, name = 'clip.mp4', seed = 7): File =>
  new File([testBytes(size, seed)], name, { type: 'video/mp4', lastModified: 1_700_000_000_000 });

export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export const setOffline = (offline: boolean): Promise<unknown> =>
  executeServerCommand('videokit:set-offline', { offline });

/**
 * Takes the browser offline for `holdMs`, then back online, in one server command (the page
 * cannot reach the test runner while offline). Window `offline` and `online` events fire.
 */
export const offlineBlip = (holdMs = 200): Promise<unknown> =>
  executeServerCommand('videokit:offline-blip', { holdMs });

/** Answers the next chunk `PUT` to `url` (probes excluded) with a crafted response, in the browser's network stack. */
export const respondOnce = (response: {
  url: string;
  skip?: number;
  status: number;
  headers?: Record<string, string>;
  body?: string;
}): Promise<unknown> => executeServerCommand('videokit:respond', { method: 'PUT', times: 1, ...response });

export const unrouteAll = (): Promise<unknown> => executeServerCommand('videokit:unroute-all');

/** The page's used JS heap in bytes (CDP Runtime.getHeapUsage). */
export const heapUsed = (collectGarbage = false): Promise<number> =>
  executeServerCommand<number, { collectGarbage: boolean }>('videokit:heap', { collectGarbage });

/** Resolves on the next `event` of `target`. */
export const nextEvent = (target: EventTarget, event: string): Promise<Event> =>
  new Promise((resolve) => {
    target.addEventListener(event, resolve, { once: true });
  });

export const regexpEscape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
