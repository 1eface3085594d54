import { ErrorCode, PlayerError, type ErrorCategory } from './player-error.ts';
import { redactTokens } from './redact.ts';
import { show } from './show.ts';

/** RFC 3986 unreserved characters: safe in a URL path without encoding. */
const URL_SAFE = /^[A-Za-z0-9._~-]+$/;
/** Platform playback IDs are a few dozen characters; anything far longer is not one. */
const MAX_LENGTH = 128;
/** How much of a bad value a message repeats. */
const SHOWN_LENGTH = 64;

/** What is wrong with a playback ID and how to fix it, or null when it is usable. */
function problemWith(id: string): string | null {
  if (id === '') return 'is empty: set it to a playback ID from the platform (not an asset ID)';
  if (/^[a-z][a-z0-9+.-]*:/i.test(id)) {
    const inner = /^[a-z]+:\/\/stream\.[^/]+\/([A-Za-z0-9._~-]+?)(?:\.m3u8)?(?:[?#].*)?$/i.exec(id)?.[1];
    return `is a URL: set src for a URL, or pass only the playback ID${inner ? ` ("${inner}")` : ''}`;
  }
  if (/\s/.test(id)) return 'contains whitespace: remove it';
  if (/[?#&]/.test(id)) {
    const bare = id.split(/[?#&]/)[0] ?? '';
    return `has a query: pass only "${bare}", and set tokens with playback-token and parameters with extra-source-params`;
  }
  if (/\.m3u8$/i.test(id)) return `ends with ".m3u8": pass only "${id.slice(0, -5)}"`;
  // A dot segment would climb the URL path (`stream.example/..`, `license/widevine/..`).
  if (/^\.+$/.test(id)) return 'is only dots: set it to a playback ID from the platform';
  if (id.length > MAX_LENGTH)
    return `is ${String(id.length)} characters long: playback IDs are at most ${String(MAX_LENGTH)}`;
  if (!URL_SAFE.test(id)) {
    return 'contains characters that are not URL-safe: playback IDs use letters, digits, "-", "_", "." and "~"';
  }
  return null;
}

/**
 * Checks a playback ID before it goes into a URL path.
 * @throws {PlayerError} `INVALID_PLAYBACK_ID` (fatal) saying what is wrong and the fix.
 */
export function validatePlaybackId(playbackId: string, category: ErrorCategory = 'video'): string {
  const problem = typeof playbackId === 'string' ? problemWith(playbackId) : 'is not a string';
  if (problem) {
    const full = redactTokens(show(playbackId));
    const shown = full.length > SHOWN_LENGTH ? `${full.slice(0, SHOWN_LENGTH)}…` : full;
    throw new PlayerError(ErrorCode.INVALID_PLAYBACK_ID, `playback-id "${shown}" ${problem}`, {
      category,
      fatal: true,
      context: { attribute: 'playback-id', value: shown },
    });
  }
  return playbackId;
}
