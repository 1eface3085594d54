/**
 * Which file each upload URL in this page belongs to. An upload URL holds one file: a second
 * file sent to it would be refused by a strict server, or silently mixed with the first by a
 * lenient one, and either way one upload's "success" would describe the other's bytes.
 *
 * A URL is bound from the moment the server confirms holding bytes of a file until that upload
 * succeeds or is cancelled. Before any byte is confirmed nothing can be mixed; after success a
 * server that reports what it stored is checked by the completion check instead, and a page
 * may reuse one URL for a later file, as UpChunk's own tests do against a mock server.
 */
import type { UploadSource } from './options.ts';

interface Binding {
  file: string;
  owner: object;
}

const bindings = new Map<string, Binding>();
const objectIds = new WeakMap<object, number>();
let nextObjectId = 0;

/** The same `File` chosen twice gives the same key; any other source is only itself. */
export function sourceKey(source: UploadSource): string {
  if (source instanceof File) {
    return `file:${source.name}\n${source.size}\n${source.type}\n${source.lastModified}`;
  }
  let id = objectIds.get(source);
  if (id === undefined) {
    nextObjectId += 1;
    id = nextObjectId;
    objectIds.set(source, id);
  }
  return `object:${id}`;
}

/** Whether another file holds `url` now. The same file again (a retry or resume) does not count. */
export function heldByOtherFile(url: string, key: string): boolean {
  const bound = bindings.get(url);
  return bound !== undefined && bound.file !== key;
}

/** Binds `url` to the file `key` for `owner`; `false` if another file already holds it. */
export function bindUrl(url: string, key: string, owner: object): boolean {
  if (heldByOtherFile(url, key)) return false;
  bindings.set(url, { file: key, owner });
  return true;
}

/** Frees `url` when `owner` holds it (after success or `cancel()`). */
export function releaseUrl(url: string, owner: object): void {
  if (bindings.get(url)?.owner === owner) bindings.delete(url);
}
