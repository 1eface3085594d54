/**
 * Loading a storyboard: URL, fetch, parse, sheet. Imported on demand by the element, so a page
 * (or a player) pays for it only when a preview is first needed.
 */
import { PlayerError, redactTokens, storyboardUrl } from '@videokit/core';
import { errorFromResponse } from '@videokit/core/error-mapping';
import { loadSheet } from './sheets.ts';
import { parseStoryboard, StoryboardParseError } from './storyboard.ts';
import type { Storyboard } from './tiles.ts';

export interface StoryboardRequest {
  src?: string;
  url?: { playbackId: string; domain?: string; token?: string; format: 'vtt' | 'json'; extraParams: URLSearchParams };
  signal: AbortSignal;
}

export interface LoadedStoryboard {
  board: Storyboard;
  sheet: { width: number; height: number };
}

/** The parsed storyboard and its decoded sheet's size; throws a `PlayerError` (category `storyboard`). */
export async function loadStoryboard(request: StoryboardRequest): Promise<LoadedStoryboard | undefined> {
  let url = request.src;
  try {
    if (!url && request.url) {
      // The platform's storyboard URL, as core builds it: signed IDs carry the token alone.
      const { playbackId, domain, token, format, extraParams } = request.url;
      url = storyboardUrl({ playbackId, domain, token, format, extraParams: token ? undefined : extraParams }).url;
    }
    if (!url) return undefined;
    const response = await fetch(url, { signal: request.signal });
    if (!response.ok) {
      // Core's wording for HTTP failures, with tokens redacted from the message and its context.
      const error = await errorFromResponse(response, { category: 'storyboard', url, fatal: true });
      throw new PlayerError(error.code, `<storyboard-preview> storyboard: ${error.message}`, {
        category: 'storyboard',
        fatal: true,
        context: error.context,
      });
    }
    const board = parseStoryboard(await response.text(), response.url || url);
    const sheets = await Promise.all([...new Set(board.map((tile) => tile.url))].map(loadSheet));
    const first = sheets[0];
    return { board, sheet: { width: first?.naturalWidth ?? 0, height: first?.naturalHeight ?? 0 } };
  } catch (error) {
    if (error instanceof PlayerError) throw error;
    const message = redactTokens(error instanceof Error ? error.message : String(error));
    throw new PlayerError(
      error instanceof StoryboardParseError ? 'MANIFEST_INVALID' : 'NETWORK',
      `<storyboard-preview> ${message}`,
      {
        category: 'storyboard',
        fatal: true,
        context: { url: url && redactTokens(url) },
        cause: error,
      },
    );
  }
}
