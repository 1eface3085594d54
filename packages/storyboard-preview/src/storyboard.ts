/**
 * Storyboard metadata (the platform's `storyboard.vtt` and `storyboard.json`) as one sorted list
 * of tiles, and the tile for a time by binary search. No DOM.
 */

import type { Storyboard, StoryboardTile } from './tiles.ts';

export type { Storyboard, StoryboardTile } from './tiles.ts';
export { tileAt } from './tiles.ts';

/** Why metadata could not be read; the message says where. */
export class StoryboardParseError extends Error {
  override readonly name = 'StoryboardParseError';
}

const fail = (message: string): never => {
  throw new StoryboardParseError(message);
};

/** `hh:mm:ss.ttt` or `mm:ss.ttt` in seconds, or NaN. */
function vttSeconds(text: string): number {
  const match = /^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/.exec(text.trim());
  if (!match) return NaN;
  // Whole milliseconds, so 00:01:06.067 is exactly 66.067.
  return Math.round((Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3])) * 1000) / 1000;
}

/** Parses the WebVTT form: one cue per tile, its payload `URL#xywh=x,y,w,h`. */
export function parseStoryboardVtt(text: string, base: string): Storyboard {
  if (!/^\uFEFF?WEBVTT/.test(text)) fail('storyboard VTT does not start with WEBVTT');
  const tiles: StoryboardTile[] = [];
  for (const block of text.split(/\r?\n\s*\r?\n/).slice(1)) {
    const lines = block.split(/\r?\n/).filter((line) => line.trim() !== '');
    const timing = lines.findIndex((line) => line.includes('-->'));
    if (timing < 0) continue; // NOTE/STYLE blocks
    const [from = '', to = ''] = (lines[timing] ?? '').split('-->');
    const start = vttSeconds(from);
    const end = vttSeconds(to.trim().split(/\s+/)[0] ?? '');
    const payload = lines[timing + 1]?.trim() ?? '';
    const xywh = /#xywh=(\d+),(\d+),(\d+),(\d+)$/.exec(payload);
    if (Number.isNaN(start) || Number.isNaN(end) || !xywh) {
      fail(`storyboard VTT cue ${String(tiles.length + 1)} is malformed: "${lines.join(' ').slice(0, 80)}"`);
    }
    const [, x, y, width, height] = xywh ?? [];
    tiles.push({
      start,
      end,
      url: new URL(payload.slice(0, payload.length - (xywh?.[0].length ?? 0)), base).href,
      x: Number(x),
      y: Number(y),
      width: Number(width),
      height: Number(height),
    });
  }
  if (!tiles.length) fail('storyboard VTT has no cues');
  return tiles.sort((a, b) => a.start - b.start);
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Parses the JSON form: `{ url, tile_width, tile_height, duration, tiles: [{ start, x, y }] }`. */
export function parseStoryboardJson(value: unknown, base: string): Storyboard {
  const data = (value ?? {}) as Record<string, unknown>;
  const { url, tile_width: width, tile_height: height, duration, tiles } = data;
  if (typeof url !== 'string' || !isNumber(width) || !isNumber(height) || !Array.isArray(tiles) || !tiles.length) {
    return fail('storyboard JSON needs url, tile_width, tile_height and a non-empty tiles array');
  }
  const sheet = new URL(url, base).href;
  const sorted = (tiles as Record<string, unknown>[])
    .map((tile, index) => {
      if (!isNumber(tile.start) || !isNumber(tile.x) || !isNumber(tile.y)) {
        fail(`storyboard JSON tile ${String(index)} needs numeric start, x and y`);
      }
      return { start: tile.start as number, x: tile.x as number, y: tile.y as number };
    })
    .sort((a, b) => a.start - b.start);
  return sorted.map((tile, index) => ({
    ...tile,
    end: sorted[index + 1]?.start ?? (isNumber(duration) ? duration : Infinity),
    url: sheet,
    width,
    height,
  }));
}

/** Either form, told apart by content. */
export function parseStoryboard(text: string, base: string): Storyboard {
  if (text.trimStart().startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return fail(`storyboard JSON does not parse: ${(error as Error).message}`);
    }
    return parseStoryboardJson(json, base);
  }
  return parseStoryboardVtt(text, base);
}
