/**
 * Just enough HLS playlist reading to know what hls.js will ask for first: the variants and
 * their audio, and a media playlist's init and first segment. Anything unusual (byte ranges, a
 * live window) is reported as "no segment", so the caller fetches nothing it might waste.
 */

export interface VariantEntry {
  url: string;
  /** `BANDWIDTH` (peak), as hls.js's `level.bitrate`. */
  bitrate: number;
  height: number;
  audioGroup: string | undefined;
}

export interface AudioEntry {
  url: string;
  group: string;
  isDefault: boolean;
}

export interface MultivariantScan {
  variants: VariantEntry[];
  audio: AudioEntry[];
}

export interface MediaScan {
  /** `EXT-X-MAP` URI (fMP4), if any. */
  init: string | undefined;
  /** The segment that holds `startTime`; undefined for live playlists and byte-range segments. */
  segment: string | undefined;
}

/** `KEY=value,KEY="quoted, value"` → a map. */
export function attributes(list: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, key = '', quoted, bare] of list.matchAll(/([A-Z0-9-]+)=(?:"([^"]*)"|([^,]*))/g)) {
    found.set(key, quoted ?? bare ?? '');
  }
  return found;
}

const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

export const isMediaPlaylist = (text: string): boolean => /^#EXTINF:/m.test(text);

export function scanMultivariant(text: string, base: string): MultivariantScan {
  const variants: VariantEntry[] = [];
  const audio: AudioEntry[] = [];
  let pending: Map<string, string> | undefined;
  for (const line of lines(text)) {
    if (line.startsWith('#EXT-X-STREAM-INF:')) {
      pending = attributes(line.slice(18));
    } else if (line.startsWith('#EXT-X-MEDIA:')) {
      const media = attributes(line.slice(13));
      const uri = media.get('URI');
      if (media.get('TYPE') === 'AUDIO' && uri) {
        audio.push({
          url: new URL(uri, base).href,
          group: media.get('GROUP-ID') ?? '',
          isDefault: media.get('DEFAULT') === 'YES',
        });
      }
    } else if (pending && !line.startsWith('#')) {
      const bitrate = Number(pending.get('BANDWIDTH') ?? 0);
      const height = Number(pending.get('RESOLUTION')?.split('x')[1] ?? 0);
      // Redundant streams repeat a variant on another host; hls.js starts on the first.
      if (!variants.some((variant) => variant.bitrate === bitrate && variant.height === height)) {
        variants.push({ url: new URL(line, base).href, bitrate, height, audioGroup: pending.get('AUDIO') });
      }
      pending = undefined;
    }
  }
  return { variants, audio };
}

/** The audio playlist hls.js selects for `variant`: its group's default, else the group's first. */
export function audioFor(scan: MultivariantScan, variant: VariantEntry): AudioEntry | undefined {
  const group = scan.audio.filter((entry) => entry.group === variant.audioGroup);
  return group.find((entry) => entry.isDefault) ?? group[0];
}

export function scanMedia(text: string, base: string, startTime = 0): MediaScan {
  const all = lines(text);
  const ended = all.some((line) => line === '#EXT-X-ENDLIST' || line === '#EXT-X-PLAYLIST-TYPE:VOD');
  let init: string | undefined;
  let elapsed = 0;
  let duration = 0;
  let byteRange = false;
  for (const line of all) {
    if (line.startsWith('#EXT-X-MAP:')) {
      const map = attributes(line.slice(11));
      if (map.has('BYTERANGE')) return { init: undefined, segment: undefined };
      const uri = map.get('URI');
      init = uri ? new URL(uri, base).href : undefined;
    } else if (line.startsWith('#EXTINF:')) {
      duration = Number.parseFloat(line.slice(8));
    } else if (line.startsWith('#EXT-X-BYTERANGE')) {
      byteRange = true;
    } else if (!line.startsWith('#')) {
      if (byteRange) return { init, segment: undefined };
      elapsed += duration;
      if (elapsed > startTime) return { init, segment: ended ? new URL(line, base).href : undefined };
    }
  }
  return { init, segment: undefined };
}
