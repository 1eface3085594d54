/**
 * The element's bookkeeping: which files wait, which upload, which ended, and how many run
 * at once. It starts uploads through a factory, so it knows nothing of HTTP.
 */
import { asUploadError, type UploadError } from './transport/errors.ts';
import type { ProgressSnapshot } from './transport/progress-meter.ts';
import type { UploadState } from './transport/upload.ts';

export type ItemStatus = 'queued' | 'uploading' | 'paused' | 'success' | 'error' | 'cancelled';

/** What the queue needs of an upload. */
export interface UploadControl {
  pause(): void;
  resume(): void;
  cancel(options?: { keepResumable?: boolean }): void;
  retry(): void;
  readonly state: UploadState;
}

export interface QueueItem {
  readonly id: number;
  readonly file: File;
  status: ItemStatus;
  progress: ProgressSnapshot;
  error: UploadError | null;
  /** Bytes the server already held when this upload started (a resumed upload). */
  resumedFrom: number;
  upload: UploadControl | null;
}

const FINISHED: readonly ItemStatus[] = ['success', 'error', 'cancelled'];

export class UploadQueue {
  readonly #start: (item: QueueItem) => UploadControl;
  readonly #onChange: () => void;
  #items: QueueItem[] = [];
  #nextId = 1;
  #paused = false;
  concurrency: number;

  constructor(start: (item: QueueItem) => UploadControl, onChange: () => void, concurrency = 2) {
    this.#start = start;
    this.#onChange = onChange;
    this.concurrency = concurrency;
  }

  get items(): readonly QueueItem[] {
    return this.#items;
  }

  get paused(): boolean {
    return this.#paused;
  }

  /** Items still queued, uploading or paused. */
  get pending(): QueueItem[] {
    return this.#items.filter((item) => !FINISHED.includes(item.status));
  }

  add(file: File): QueueItem {
    const item = this.#newItem(file);
    this.#items.push(item);
    this.#pump();
    this.#onChange();
    return item;
  }

  /** A file refused before it could upload (wrong type, too large): listed with its error. */
  addRejected(file: File, error: UploadError): QueueItem {
    const item = this.#newItem(file);
    item.status = 'error';
    item.error = error;
    this.#items.push(item);
    this.#onChange();
    return item;
  }

  #newItem(file: File): QueueItem {
    return {
      id: this.#nextId++,
      file,
      status: 'queued',
      progress: { loaded: 0, total: file.size, percent: 0, rate: 0, eta: null },
      error: null,
      resumedFrom: 0,
      upload: null,
    };
  }

  update(item: QueueItem, patch: Partial<Pick<QueueItem, 'progress' | 'resumedFrom'>>): void {
    Object.assign(item, patch);
    this.#onChange();
  }

  settle(item: QueueItem, outcome: { status: 'success' } | { status: 'error'; error: UploadError }): void {
    if (item.status === 'cancelled') return;
    item.status = outcome.status;
    item.error = outcome.status === 'error' ? outcome.error : null;
    this.#pump();
    this.#onChange();
  }

  pause(): void {
    if (this.#paused) return;
    this.#paused = true;
    for (const item of this.#items.filter((candidate) => candidate.status === 'uploading')) {
      item.upload?.pause();
      item.status = 'paused';
    }
    this.#onChange();
  }

  resume(): void {
    if (!this.#paused) return;
    this.#paused = false;
    for (const item of this.#items.filter((candidate) => candidate.status === 'paused')) {
      item.status = 'uploading';
      item.upload?.resume();
    }
    this.#pump();
    this.#onChange();
  }

  /** Ends every unfinished upload; returns the items it cancelled. */
  cancel(options: { keepResumable?: boolean } = {}): QueueItem[] {
    const cancelled = this.pending;
    for (const item of cancelled) {
      item.upload?.cancel(options);
      item.status = 'cancelled';
    }
    this.#paused = false;
    if (cancelled.length) this.#onChange();
    return cancelled;
  }

  /** Failed uploads continue from what their server holds; refused files stay refused. */
  retry(): QueueItem[] {
    const retried = this.#items.filter((item) => item.status === 'error' && item.upload?.state === 'failed');
    for (const item of retried) {
      item.status = 'uploading';
      item.error = null;
      item.upload?.retry();
    }
    if (retried.length) this.#onChange();
    return retried;
  }

  /** Drops finished items, e.g. before a new single-file upload. */
  clearFinished(): void {
    this.#items = this.#items.filter((item) => !FINISHED.includes(item.status));
    this.#onChange();
  }

  #pump(): void {
    if (this.#paused) return;
    let running = this.#items.filter((item) => item.status === 'uploading' || item.status === 'paused').length;
    for (const item of this.#items) {
      if (running >= this.concurrency) break;
      if (item.status !== 'queued') continue;
      item.status = 'uploading';
      running += 1;
      try {
        item.upload = this.#start(item);
      } catch (error) {
        item.status = 'error';
        running -= 1;
        item.error = asUploadError(error);
      }
    }
  }
}
