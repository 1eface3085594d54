/**
 * Viewer preferences kept across visits in localStorage: volume, muted, captions language,
 * caption style and playback rate. Storage can be missing or refuse (private mode, quota, a
 * sandboxed frame); every access is guarded and failure means "no preferences".
 */
import type { CaptionStyle } from './controls/caption-style.ts';

export interface Preferences {
  volume?: number;
  muted?: boolean;
  /** A BCP-47 language, or `""` for captions off. */
  captions?: string;
  captionStyle?: Partial<CaptionStyle>;
  rate?: number;
}

const KEY = 'videokit-player';

export function readPreferences(): Preferences {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return value && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

/** Merges `change` into what is stored. */
export function savePreferences(change: Preferences): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...readPreferences(), ...change }));
  } catch {
    // Storage refused: the preference lasts for this page only.
  }
}
