/**
 * What parts see of `<video-uploader>`: one view of the state to render from, and intents to
 * send. Parts depend on this interface, not on the element class, so they stay small.
 */
import type { Strings } from './locales.ts';
import type { QueueItem } from './upload-queue.ts';

export type UploaderPhase = 'idle' | 'uploading' | 'paused' | 'offline' | 'error' | 'success' | 'cancelled';

export interface UploaderView {
  phase: UploaderPhase;
  /** 0–100 over the current batch. */
  percent: number;
  /** Seconds left, when known. */
  eta: number | null;
  /** The status line, in the element's language; its figures agree with the progress parts. */
  message: string;
  /** What the status live region says: `message`, with progress in steps of ten percent. */
  announcement: string;
  items: readonly QueueItem[];
  multiple: boolean;
  pausable: boolean;
  /** Whether a new file can be chosen now. */
  canSelect: boolean;
  canCancel: boolean;
  canRetry: boolean;
}

export interface UploaderApi extends HTMLElement {
  readonly view: UploaderView;
  /** Calls `listener` after every change of `view`; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  t(key: keyof Strings, params?: Record<string, string | number>): string;
  readonly resolvedLang: string;
  openFilePicker(): void;
  addFiles(files: Iterable<File>): void;
  pause(): void;
  resume(): void;
  cancel(): void;
  retry(): void;
}

export const isUploader = (element: Element | null): element is UploaderApi =>
  element !== null && element.localName === 'video-uploader' && 'subscribe' in element;

/** Announced on `document` when an uploader connects, so parts linked by id can find it. */
export const UPLOADER_CONNECTED = 'video-uploader-connected';
