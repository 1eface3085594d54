/**
 * `createUpload` options: UpChunk 3.5's names and units (sizes in KiB, delays in seconds),
 * plus what UpChunk lacks. Validation names the option, the value and the fix.
 */
import {
  DEFAULT_CHUNK_SIZE_KIB,
  DEFAULT_MAX_CHUNK_SIZE_KIB,
  DEFAULT_MIN_CHUNK_SIZE_KIB,
  chunkSizeProblem,
} from './chunk-size.ts';
import { UploadError, formatBytes } from './errors.ts';
import type { RetryPolicy } from './retry-policy.ts';

export type UploadSource = File | Blob | ReadableStream<Uint8Array | Blob>;
export type HeaderMap = Record<string, string>;
export type Endpoint = string | ((file?: File) => Promise<string>);

export interface UploadOptions {
  /** The upload URL, or an (async) function that creates one and resolves with it. */
  endpoint: Endpoint;
  /** A `File`, a `Blob`, or a `ReadableStream` of unknown size. */
  file: UploadSource;
  method?: 'PUT' | 'POST' | 'PATCH';
  /** Extra request headers, or a function (sync or async) evaluated before each request. */
  headers?: HeaderMap | (() => HeaderMap) | (() => Promise<HeaderMap>);
  /** Largest accepted file, in KiB. */
  maxFileSize?: number;
  /** Chunk size in KiB, a multiple of 256. Default 30720 (30 MiB). */
  chunkSize?: number;
  /** Tries per chunk before giving up. Default 5. */
  attempts?: number;
  /** First retry delay in seconds; later ones back off exponentially with jitter. Default 1. */
  delayBeforeAttempt?: number;
  /** Statuses to retry. Default: 408, 429 (honouring `Retry-After`) and every 5xx. */
  retryCodes?: number[];
  /** Size chunks from measured throughput, within minChunkSize…maxChunkSize. */
  dynamicChunkSize?: boolean;
  /** KiB, multiple of 256. Default 512000. */
  maxChunkSize?: number;
  /** KiB, multiple of 256. Default 256. */
  minChunkSize?: number;
  /** Accepted for UpChunk compatibility; files are never read whole, so there is nothing to work around. */
  useLargeFileWorkaround?: boolean;
  /** Longest backoff in seconds (a server's `Retry-After` may ask for more). Default 60. */
  maxDelayBeforeAttempt?: number;
  /** Abandon and retry a request that makes no progress for this many seconds. Default 30. */
  stallTimeout?: number;
  /**
   * Where a `File`'s upload URL is kept so the same file resumes after a reload; `null` turns
   * it off. Default `localStorage` (when the endpoint is a function, which creates URLs).
   */
  resumeStorage?: Storage | null;
  /** `Content-Type` of each chunk. Default the file's type. */
  contentType?: string;
}

export interface NormalizedOptions {
  endpoint: Endpoint;
  source: UploadSource;
  method: 'PUT' | 'POST' | 'PATCH';
  headers: NonNullable<UploadOptions['headers']>;
  maxFileBytes: number | null;
  chunkSizeKib: number;
  minChunkSizeKib: number;
  maxChunkSizeKib: number;
  dynamicChunkSize: boolean;
  retry: RetryPolicy;
  stallMs: number;
  resumeStorage: Storage | null;
  contentType: string;
}

const invalid = (option: string, value: unknown, problem: string): UploadError =>
  new UploadError('invalid-option', `${option} ${show(value)} is invalid: ${problem}`, { option, value });

const show = (value: unknown): string => {
  if (typeof value === 'function') return '(function)';
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    const json = JSON.stringify(value) as string | undefined;
    return json ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
};

function chunkOption(option: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const problem = chunkSizeProblem(value);
  if (problem) throw invalid(option, value, `${problem}; sizes are in KiB, e.g. 5120 for 5 MiB`);
  return value as number;
}

function numberOption(option: string, value: unknown, fallback: number, min: number, hint: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) throw invalid(option, value, hint);
  return value;
}

const isEndpoint = (value: unknown): value is Endpoint =>
  typeof value === 'function' || (typeof value === 'string' && value.trim() !== '');

function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Checks every option and fills in defaults; throws an `UploadError` naming the first bad one. */
export function normalizeOptions(options: UploadOptions): NormalizedOptions {
  const { endpoint, file } = options as Partial<UploadOptions>;
  if (!isEndpoint(endpoint)) {
    throw invalid('endpoint', endpoint, 'give the upload URL or an async function that resolves with one');
  }
  const isStream = typeof ReadableStream !== 'undefined' && file instanceof ReadableStream;
  if (!(file instanceof Blob) && !isStream) {
    throw invalid('file', file, 'give a File, a Blob or a ReadableStream of bytes');
  }
  if (file instanceof Blob && file.size === 0) {
    throw new UploadError('empty-file', 'the file is empty (0 bytes); choose a file with content');
  }
  const method = options.method ?? 'PUT';
  if (!['PUT', 'POST', 'PATCH'].includes(method)) throw invalid('method', method, 'use "PUT", "POST" or "PATCH"');
  const headers = options.headers ?? {};
  if (typeof headers !== 'function' && (typeof headers !== 'object' || Array.isArray(headers))) {
    throw invalid('headers', headers, 'give an object of header names to values, or a function returning one');
  }

  const chunkSizeKib = chunkOption('chunkSize', options.chunkSize, DEFAULT_CHUNK_SIZE_KIB);
  const minChunkSizeKib = chunkOption('minChunkSize', options.minChunkSize, DEFAULT_MIN_CHUNK_SIZE_KIB);
  const maxChunkSizeKib = chunkOption('maxChunkSize', options.maxChunkSize, DEFAULT_MAX_CHUNK_SIZE_KIB);
  if (chunkSizeKib < minChunkSizeKib || chunkSizeKib > maxChunkSizeKib) {
    throw invalid(
      'chunkSize',
      chunkSizeKib,
      `it must lie between minChunkSize ${minChunkSizeKib} and maxChunkSize ${maxChunkSizeKib} (KiB)`,
    );
  }

  let maxFileBytes: number | null = null;
  if (options.maxFileSize !== undefined) {
    maxFileBytes = numberOption('maxFileSize', options.maxFileSize, 0, 1, 'give a size in KiB of at least 1') * 1024;
    if (file instanceof Blob && file.size > maxFileBytes) {
      throw new UploadError(
        'file-too-large',
        `the file is ${formatBytes(file.size)} (${file.size} bytes), over the maxFileSize of ${formatBytes(maxFileBytes)}; choose a smaller file or raise maxFileSize`,
        { limit: maxFileBytes, value: file.size },
      );
    }
  }

  const attempts = numberOption('attempts', options.attempts, 5, 1, 'give a whole number of tries, at least 1');
  if (!Number.isInteger(attempts)) throw invalid('attempts', attempts, 'give a whole number of tries, at least 1');
  const delay = numberOption('delayBeforeAttempt', options.delayBeforeAttempt, 1, 0, 'give seconds, 0 or more');
  const maxDelay = numberOption(
    'maxDelayBeforeAttempt',
    options.maxDelayBeforeAttempt,
    60,
    0,
    'give seconds, 0 or more',
  );
  const retryCodes = options.retryCodes ?? null;
  if (
    retryCodes !== null &&
    (!Array.isArray(retryCodes) || !retryCodes.every((code) => Number.isInteger(code) && code >= 100 && code <= 599))
  ) {
    throw invalid('retryCodes', retryCodes, 'give an array of HTTP statuses such as [408, 429, 500, 502, 503, 504]');
  }
  const stallSeconds = numberOption(
    'stallTimeout',
    options.stallTimeout,
    30,
    Number.MIN_VALUE,
    'give seconds, more than 0',
  );

  const resumeStorage =
    options.resumeStorage !== undefined
      ? options.resumeStorage
      : typeof endpoint === 'function'
        ? defaultStorage()
        : null;

  return {
    endpoint,
    source: file,
    method,
    headers,
    maxFileBytes,
    chunkSizeKib,
    minChunkSizeKib,
    maxChunkSizeKib,
    dynamicChunkSize: options.dynamicChunkSize ?? false,
    retry: { attempts, baseDelayMs: delay * 1000, maxDelayMs: Math.max(maxDelay, delay) * 1000, retryCodes },
    stallMs: stallSeconds * 1000,
    resumeStorage: file instanceof File ? resumeStorage : null,
    contentType: options.contentType ?? (file instanceof Blob ? file.type : ''),
  };
}
