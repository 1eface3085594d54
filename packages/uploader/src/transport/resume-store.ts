/**
 * Where an upload's URL waits for a reload: keyed by the file's fingerprint, so choosing the
 * same file again continues the same upload. Entries expire, since upload URLs do too.
 */

export interface ResumeEntry {
  url: string;
  savedAt: number;
}

export const RESUME_KEY_PREFIX = 'videokit-upload:';
export const DEFAULT_RESUME_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export class ResumeStore {
  readonly #storage: Storage;
  readonly #maxAgeMs: number;
  readonly #now: () => number;

  constructor(storage: Storage, maxAgeMs = DEFAULT_RESUME_MAX_AGE_MS, now: () => number = Date.now) {
    this.#storage = storage;
    this.#maxAgeMs = maxAgeMs;
    this.#now = now;
  }

  get(fingerprint: string): ResumeEntry | null {
    const raw = this.#tryStorage(() => this.#storage.getItem(RESUME_KEY_PREFIX + fingerprint));
    if (!raw) return null;
    const entry = parseEntry(raw);
    if (!entry || this.#now() - entry.savedAt > this.#maxAgeMs) {
      this.delete(fingerprint);
      return null;
    }
    return entry;
  }

  set(fingerprint: string, url: string): void {
    const entry: ResumeEntry = { url, savedAt: this.#now() };
    this.#tryStorage(() => {
      this.#storage.setItem(RESUME_KEY_PREFIX + fingerprint, JSON.stringify(entry));
    });
  }

  delete(fingerprint: string): void {
    this.#tryStorage(() => {
      this.#storage.removeItem(RESUME_KEY_PREFIX + fingerprint);
    });
  }

  /** Storage can throw (quota, privacy modes); resuming is a convenience, never a reason to fail. */
  #tryStorage<T>(action: () => T): T | undefined {
    try {
      return action();
    } catch {
      return undefined;
    }
  }
}

function parseEntry(raw: string): ResumeEntry | null {
  try {
    const value = JSON.parse(raw) as Partial<ResumeEntry> | null;
    return typeof value?.url === 'string' && typeof value.savedAt === 'number'
      ? { url: value.url, savedAt: value.savedAt }
      : null;
  } catch {
    return null;
  }
}
