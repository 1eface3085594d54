/**
 * Where an upload goes and what it has sent there: the upload URL (given, created by the
 * endpoint function, or resumed from storage), the file it is bound to, and the high-water
 * mark of bytes sent, kept with the resume record so that no server claim beyond it is believed.
 */
import { UploadError } from './errors.ts';
import { fingerprintFile } from './fingerprint.ts';
import type { NormalizedOptions } from './options.ts';
import { ResumeStore } from './resume-store.ts';
import { Stopped } from './server-answer.ts';
import { bindUrl, heldByOtherFile, releaseUrl, sourceKey } from './url-bindings.ts';

export class UploadTarget {
  readonly #options: NormalizedOptions;
  readonly #store: ResumeStore | null;
  readonly #key: string;
  #url: string | null = null;
  #resumed = false;
  #fingerprint: string | null = null;
  #sent = 0;

  constructor(options: NormalizedOptions) {
    this.#options = options;
    this.#store = options.resumeStorage ? new ResumeStore(options.resumeStorage) : null;
    this.#key = sourceKey(options.source);
  }

  /** The upload URL once known. */
  get url(): string | null {
    return this.#url;
  }

  /** The URL came from a resume record: the server may hold bytes sent before a reload. */
  get resumed(): boolean {
    return this.#resumed;
  }

  /** One past the last byte any request of this upload carried (across reloads when resumed). */
  get sent(): number {
    return this.#sent;
  }

  /** Finds the URL; throws an `UploadError` for no usable URL, `Stopped` if cancelled meanwhile. */
  async resolve(cancelled: () => boolean): Promise<void> {
    const { endpoint, source } = this.#options;
    if (typeof endpoint === 'string') {
      this.#use(this.#checkUrl(endpoint, 'endpoint'));
      return;
    }
    if (this.#store && source instanceof File) {
      this.#fingerprint = await fingerprintFile(source);
      const saved = this.#store.get(this.#fingerprint);
      if (saved) {
        this.#use(saved.url);
        this.#resumed = true;
        this.#sent = saved.sent;
        return;
      }
    }
    await this.#create(endpoint, cancelled);
  }

  /**
   * A resumed URL the server no longer knows, or that will not say what it holds, before any
   * chunk of this page was answered: a new URL replaces it (a second copy costs bytes, a guess
   * costs data). `false` when that does not apply.
   */
  async replaceResumed(answeredChunks: number, cancelled: () => boolean): Promise<boolean> {
    const { endpoint } = this.#options;
    if (!this.#resumed || answeredChunks > 0 || typeof endpoint !== 'function') return false;
    if (this.#fingerprint) this.#store?.delete(this.#fingerprint);
    await this.#create(endpoint, cancelled);
    return true;
  }

  /** A request carrying bytes up to `end` is about to leave. */
  reached(end: number): void {
    if (end <= this.#sent) return;
    this.#sent = end;
    if (this.#fingerprint && this.#url) this.#store?.set(this.#fingerprint, this.#url, end);
  }

  /** The upload succeeded: nothing to resume, and the URL is no longer held. */
  completed(): void {
    if (this.#url) releaseUrl(this.#url, this);
    if (this.#fingerprint) this.#store?.delete(this.#fingerprint);
  }

  /** The upload was cancelled: the URL is free, and the resume record gone unless kept. */
  cancelled(keepResumable: boolean): void {
    if (this.#url) releaseUrl(this.#url, this);
    if (!keepResumable && this.#fingerprint) this.#store?.delete(this.#fingerprint);
  }

  async #create(endpoint: (file?: File) => Promise<string>, cancelled: () => boolean): Promise<void> {
    const { source } = this.#options;
    let value: unknown;
    try {
      value = await endpoint(source instanceof File ? source : undefined);
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      throw new UploadError('endpoint-failed', `Failed to get endpoint: ${message}`, { cause });
    }
    if (cancelled()) throw new Stopped();
    const url = this.#checkUrl(value, 'the endpoint function');
    const holder = this.#store?.fingerprintOf(url);
    if (holder && holder !== this.#fingerprint) throw this.#inUse(url, 'a saved upload of another file');
    this.#use(url);
    this.#resumed = false;
    this.#sent = 0;
    if (this.#fingerprint) this.#store?.set(this.#fingerprint, url, 0);
  }

  #use(url: string): void {
    if (heldByOtherFile(url, this.#key)) throw this.#inUse(url, 'another file in this page');
    if (this.#url && this.#url !== url) releaseUrl(this.#url, this);
    this.#url = url;
  }

  /** The server confirmed holding bytes of this file: the URL is now this file's. */
  holding(): void {
    if (this.#url && !bindUrl(this.#url, this.#key, this)) throw this.#inUse(this.#url, 'another file in this page');
  }

  #inUse(url: string, holder: string): UploadError {
    return new UploadError(
      'url-in-use',
      `the upload URL ${url} already belongs to ${holder}; an upload URL takes one file, so create a new upload URL for this one`,
      { value: url },
    );
  }

  #checkUrl(value: unknown, from: string): string {
    const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
    if (typeof value === 'string' && value.trim() !== '') {
      try {
        return new URL(value, typeof document === 'undefined' ? undefined : document.baseURI).href;
      } catch {
        // Falls through to the error below.
      }
    }
    const what = from === 'endpoint' ? 'endpoint is' : `Failed to get endpoint: ${from} resolved with`;
    throw new UploadError(
      'endpoint-no-url',
      `${what} ${shown}, which is not an upload URL; it must be (or resolve with) the URL string your server got from the upload API`,
      { value },
    );
  }
}
