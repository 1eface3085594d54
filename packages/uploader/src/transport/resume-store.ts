/**
 * Where an upload's URL waits for a reload: keyed by the file's fingerprint, so choosing the
 * same file again continues the same upload. Entries expire, since upload URLs do too. Each
 * entry also keeps how far into the file requests have ever reached (`sent`), so a resumed
 * upload can tell a server's true claim from one no request of it could have caused.
 */

export interface ResumeEntry {
  url: string;
  savedAt: number;
  /** One past the last byte any request of this upload carried. */
  sent: number;
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

  set(fingerprint: string, url: string, sent = 0): void {
    const entry: ResumeEntry = { url, savedAt: this.#now(), sent };
    this.#tryStorage(() => {
      this.#storage.setItem(RESUME_KEY_PREFIX + fingerprint, JSON.stringify(entry));
    });
  }

  /** The fingerprint of the file whose live entry has sent bytes to `url`, if any. */
  fingerprintOf(url: string): string | null {
    const keys = this.#tryStorage(() => Array.from({ length: this.#storage.length }, (_, i) => this.#storage.key(i)));
    for (const key of keys ?? []) {
      if (!key?.startsWith(RESUME_KEY_PREFIX)) continue;
      const fingerprint = key.slice(RESUME_KEY_PREFIX.length);
      const entry = this.get(fingerprint);
      if (entry?.url === url && entry.sent > 0) return fingerprint;
    }
    return null;
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
    // An entry without `sent` cannot vouch for what the server holds: it is not resumed.
    return typeof value?.url === 'string' && typeof value.savedAt === 'number' && Number.isSafeInteger(value.sent)
      ? { url: value.url, savedAt: value.savedAt, sent: value.sent ?? 0 }
      : null;
  } catch {
    return null;
  }
}
