/**
 * Loading a storyboard: URL, fetch, parse, sheet. Imported on demand by the element, so a page
 * (or a player) pays for it only when a preview is first needed.
 */
import { PlayerError, serviceOrigin, type ErrorCode } from '@videokit/core';
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
      // The platform's storyboard URL: signed IDs carry the token alone (clip parameters live in its claims).
      const { playbackId, domain, token, format, extraParams } = request.url;
      const query = token ? `token=${encodeURIComponent(token)}` : extraParams.toString();
      url = `${serviceOrigin('image', domain, 'storyboard')}/${encodeURIComponent(playbackId)}/storyboard.${format}${query ? `?${query}` : ''}`;
    }
    if (!url) return undefined;
    const response = await fetch(url, { signal: request.signal });
    if (!response.ok) {
      const { status } = response;
      const code: ErrorCode =
        status === 403 ? 'FORBIDDEN' : status === 404 ? 'NOT_FOUND' : status >= 500 ? 'SERVER_ERROR' : 'BAD_REQUEST';
      const reason = response.headers.get('X-Videokit-Reason') ?? (await response.text().catch(() => '')).slice(0, 200);
      throw new PlayerError(
        code,
        `<storyboard-preview> ${String(status)} for the storyboard ${url}${reason ? `: ${reason}` : ''}`,
        {
          category: 'storyboard',
          fatal: true,
          context: { status, url },
        },
      );
    }
    const board = parseStoryboard(await response.text(), response.url || url);
    const sheets = await Promise.all([...new Set(board.map((tile) => tile.url))].map(loadSheet));
    const first = sheets[0];
    return { board, sheet: { width: first?.naturalWidth ?? 0, height: first?.naturalHeight ?? 0 } };
  } catch (error) {
    if (error instanceof PlayerError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new PlayerError(
      error instanceof StoryboardParseError ? 'MANIFEST_INVALID' : 'NETWORK',
      `<storyboard-preview> ${message}`,
      {
        category: 'storyboard',
        fatal: true,
        context: { url },
        cause: error,
      },
    );
  }
}
