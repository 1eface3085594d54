/**
 * Loading a storyboard: URL, fetch, parse, sheet. Imported on demand by the element, so a page
 * (or a player) pays for it only when a preview is first needed. The URL and the wording of
 * every failure are core's (`storyboardMetadataUrl`, `storyboardError`), so tokens are redacted
 * in one place.
 */
import { storyboardMetadataUrl, type StoryboardSource } from '@videokit/core';
import { storyboardError } from '@videokit/core/error-mapping';
import { loadSheet } from './sheets.ts';
import { parseStoryboard } from './storyboard.ts';
import type { Storyboard } from './tiles.ts';

export interface LoadedStoryboard {
  board: Storyboard;
  sheet: { width: number; height: number };
}

/**
 * The parsed storyboard and its decoded sheet's size, or undefined when there is nothing to load;
 * rejects with a non-fatal `PlayerError` (category `storyboard`).
 */
export async function loadStoryboard(
  source: StoryboardSource,
  signal: AbortSignal,
): Promise<LoadedStoryboard | undefined> {
  let url: string | undefined;
  let failure: unknown;
  try {
    url = storyboardMetadataUrl(source);
    if (!url) return undefined;
    const response = await fetch(url, { signal });
    if (response.ok) return await read(response, url);
    failure = response;
  } catch (error) {
    failure = error;
  }
  throw await storyboardError(failure, url);
}

async function read(response: Response, url: string): Promise<LoadedStoryboard> {
  const board = parseStoryboard(await response.text(), response.url || url);
  const sheets = await Promise.all([...new Set(board.map((tile) => tile.url))].map(loadSheet));
  const first = sheets[0];
  return { board, sheet: { width: first?.naturalWidth ?? 0, height: first?.naturalHeight ?? 0 } };
}
