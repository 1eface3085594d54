/**
 * The query parameters the embed page passes to `<video-player>`, by attribute name. Anything
 * else is ignored, so a link cannot set properties the page does not document.
 */
export const EMBED_ATTRIBUTES = [
  'playback-token',
  'drm-token',
  'thumbnail-token',
  'storyboard-token',
  'autoplay',
  'muted',
  'loop',
  'start-time',
  'thumbnail-time',
  'poster',
  'placeholder',
  'max-resolution',
  'min-resolution',
  'rendition-order',
  'default-subtitles-lang',
  'default-hidden-captions',
  'asset-start-time',
  'asset-end-time',
  'program-start-time',
  'program-end-time',
  'extra-source-params',
  'stream-type',
  'target-live-window',
  'prefer-playback',
  'preload',
  'accent-color',
  'primary-color',
  'secondary-color',
  'forward-seek-offset',
  'backward-seek-offset',
  'playback-rates',
  'title',
  'lang',
  'nohotkeys',
  'hotkeys',
  'env-key',
  'disable-tracking',
  // Not `beacon-collection-domain`: where viewers' beacons go is the embed host's choice, not a link's.
  'cast-receiver',
] as const;

const ALLOWED = new Set<string>(EMBED_ATTRIBUTES);
/** Boolean attributes: `?muted` and `?muted=true` set them, `?muted=false` leaves them off. */
const BOOLEAN = new Set(['muted', 'loop', 'default-hidden-captions', 'nohotkeys', 'disable-tracking']);
/** URLs the page loads itself must be web URLs, never `javascript:`. */
const URL_VALUED = new Set(['poster', 'placeholder']);

export interface EmbedConfig {
  playbackId: string | undefined;
  attributes: Record<string, string>;
  /** Parameters present but not passed on, for a console hint. */
  ignored: string[];
}

function safeUrl(value: string): boolean {
  try {
    return ['http:', 'https:', 'data:', 'blob:'].includes(new URL(value, 'https://embed.invalid/').protocol);
  } catch {
    return false;
  }
}

/** Reads `/{PLAYBACK_ID}?…` into the player's attributes; `allowed-origins` is the page's own. */
export function embedConfig(url: URL): EmbedConfig {
  const [first = ''] = url.pathname.split('/').filter(Boolean);
  const playbackId = first ? decodeURIComponent(first) : undefined;
  const attributes: Record<string, string> = {};
  const ignored: string[] = [];
  for (const [name, value] of url.searchParams) {
    if (name === 'allowed-origins') continue;
    const allowed = ALLOWED.has(name) || /^metadata-[a-z0-9-]+$/.test(name);
    if (!allowed || (URL_VALUED.has(name) && !safeUrl(value))) {
      ignored.push(name);
      continue;
    }
    if (BOOLEAN.has(name)) {
      if (value !== 'false' && value !== '0') attributes[name] = '';
      continue;
    }
    attributes[name] = value;
  }
  return { playbackId, attributes, ignored };
}

/** The platform domain the page plays from: its own host without the `player.` label. */
export function platformDomain(host: string): string {
  return host.replace(/^player\./, '');
}
