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
import { UploadError, UploadOptionError, formatBytes } from './errors.ts';
import { MAX_RETRY_DELAY_MS, UPCHUNK_RETRY_CODES, type RetryPolicy } from './retry-policy.ts';

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
  headers?: HeaderMap | null | (() => HeaderMap | undefined) | (() => Promise<HeaderMap | undefined>);
  /** Largest accepted file, in KiB. */
  maxFileSize?: number;
  /** Chunk size in KiB, a multiple of 256. Default 30720 (30 MiB). */
  chunkSize?: number;
  /** Tries before giving up; the count restarts only when the server confirms bytes it never confirmed before. Default 5. */
  attempts?: number;
  /** Seconds before each retry (with `backoff: 'exponential'`, before the first), at most 3600. Default 1. */
  delayBeforeAttempt?: number;
  /**
   * Statuses to retry. Default UpChunk's 408, 502, 503, 504; `'transient'` retries 408, 429
   * and every 5xx. A server's `Retry-After` is honoured whenever the status is retried, up to
   * one hour; a longer one ends the upload with a `rejected` error (call `retry()` later).
   */
  retryCodes?: number[] | 'transient';
  /** `constant` (default, UpChunk): `delayBeforeAttempt` every time; `exponential`: doubles, with jitter. */
  backoff?: 'constant' | 'exponential';
  /** Size chunks from measured throughput, within minChunkSize…maxChunkSize. */
  dynamicChunkSize?: boolean;
  /** KiB, multiple of 256. Default 512000. */
  maxChunkSize?: number;
  /** KiB, multiple of 256. Default 256. */
  minChunkSize?: number;
  /** Accepted for UpChunk compatibility; files are never read whole, so there is nothing to work around. */
  useLargeFileWorkaround?: boolean;
  /** Longest backoff in seconds, at most 3600 (a server's `Retry-After` may ask for up to 3600). Default 60. */
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

/** UpChunk's sentence for each option it validates; ours goes on with the value and the fix. */
const UPCHUNK_WORDING: Record<string, string> = {
  endpoint: 'endpoint must be defined as a string or a function that returns a promise',
  file: 'file must be a File object',
  headers: 'headers must be null, an object, or a function that returns an object or a promise',
  attempts: 'retries must be a positive number',
  delayBeforeAttempt: 'delayBeforeAttempt must be a positive number',
};

const chunkWording = (option: string, value: unknown, min: number, max: number): string =>
  option === 'chunkSize'
    ? `chunkSize ${String(value)} must be a positive number in multiples of 256, between ${min} and ${max}`
    : `${option} must be a positive number in multiples of 256`;

const invalid = (option: string, value: unknown, problem: string, wording?: string): UploadOptionError =>
  new UploadOptionError(
    `${wording ?? UPCHUNK_WORDING[option] ?? `${option} is invalid`} (got ${show(value)}): ${problem}`,
    { option, value },
  );

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
  if (problem) {
    const wording = chunkWording(option, value, DEFAULT_MIN_CHUNK_SIZE_KIB, DEFAULT_MAX_CHUNK_SIZE_KIB);
    throw invalid(option, value, `${problem}; sizes are in KiB, e.g. 5120 for 5 MiB`, wording);
  }
  return value as number;
}

function numberOption(
  option: string,
  value: unknown,
  fallback: number,
  min: number,
  hint: string,
  max = Infinity,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw invalid(option, value, hint);
  }
  return value;
}

/** Retry delays are seconds up to `MAX_RETRY_DELAY_MS`. */
const MAX_DELAY_SECONDS = MAX_RETRY_DELAY_MS / 1000;
const DELAY_HINT = `give seconds, from 0 to ${MAX_DELAY_SECONDS}`;

const isEndpoint = (value: unknown): value is Endpoint =>
  typeof value === 'function' || (typeof value === 'string' && value.trim() !== '');

function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * Checks every option and fills in defaults; throws an `UploadOptionError` (a `TypeError`)
 * naming the first bad one, or an `UploadError` for a file the options refuse.
 */
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
  const headers: unknown = options.headers ?? {};
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
      chunkWording('chunkSize', chunkSizeKib, minChunkSizeKib, maxChunkSizeKib),
    );
  }

  let maxFileBytes: number | null = null;
  if (options.maxFileSize !== undefined) {
    maxFileBytes =
      numberOption('maxFileSize', options.maxFileSize, 0, Number.MIN_VALUE, 'give a size in KiB, more than 0') * 1024;
    if (file instanceof Blob && file.size > maxFileBytes) {
      throw new UploadError(
        'file-too-large',
        `file size exceeds maximum (${file.size} > ${maxFileBytes}): the file is ${formatBytes(file.size)}, over the maxFileSize of ${formatBytes(maxFileBytes)}; choose a smaller file or raise maxFileSize`,
        { limit: maxFileBytes, value: file.size },
      );
    }
  }

  const attempts = numberOption('attempts', options.attempts, 5, 1, 'give a whole number of tries, at least 1');
  if (!Number.isInteger(attempts)) throw invalid('attempts', attempts, 'give a whole number of tries, at least 1');
  const delay = numberOption('delayBeforeAttempt', options.delayBeforeAttempt, 1, 0, DELAY_HINT, MAX_DELAY_SECONDS);
  const maxDelay = numberOption(
    'maxDelayBeforeAttempt',
    options.maxDelayBeforeAttempt,
    60,
    0,
    DELAY_HINT,
    MAX_DELAY_SECONDS,
  );
  const retryCodes = options.retryCodes ?? UPCHUNK_RETRY_CODES;
  if (
    retryCodes !== 'transient' &&
    (!Array.isArray(retryCodes) || !retryCodes.every((code) => Number.isInteger(code) && code >= 100 && code <= 599))
  ) {
    throw invalid(
      'retryCodes',
      retryCodes,
      "give an array of HTTP statuses such as [408, 502, 503, 504], or 'transient' for 408, 429 and every 5xx",
    );
  }
  const backoff: unknown = options.backoff ?? 'constant';
  if (backoff !== 'constant' && backoff !== 'exponential') {
    throw invalid('backoff', backoff, 'use "constant" or "exponential"');
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
    headers: headers as NormalizedOptions['headers'],
    maxFileBytes,
    chunkSizeKib,
    minChunkSizeKib,
    maxChunkSizeKib,
    dynamicChunkSize: options.dynamicChunkSize ?? false,
    retry: {
      attempts,
      baseDelayMs: delay * 1000,
      maxDelayMs: Math.max(maxDelay, delay) * 1000,
      retryCodes: retryCodes === 'transient' ? null : retryCodes,
      backoff,
    },
    stallMs: stallSeconds * 1000,
    resumeStorage: file instanceof File ? resumeStorage : null,
    contentType: options.contentType ?? (file instanceof Blob ? file.type : ''),
  };
}
