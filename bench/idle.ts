// What a player that is never played costs the viewer: each contender's idle page
// (`/idle-<preload>.html`) is opened in a fresh context and left alone for `idleSeconds`; every
// response from the media origin is counted from the browser's own network events (Resource
// Timing hides cross-origin sizes), by kind. Scripts are the page's, not the viewer's choice of
// preload, and are left out.
import type { Browser, Request } from 'playwright-core';
import { startPageServer } from './page-server.ts';
import { PRELOADS, type Contender, type ContenderKey, type Preload } from './startup-pages.ts';

export interface IdleRow {
  contender: ContenderKey;
  preload: Preload;
  /** Requests and response body bytes, by what they fetched. */
  playlists: number;
  segments: number;
  mediaBytes: number;
  /** Posters, thumbnails, storyboards. */
  images: number;
  imageBytes: number;
}

export interface IdleResults {
  idleSeconds: number;
  rows: IdleRow[];
  failures: string[];
}

type Kind = 'playlist' | 'segment' | 'image' | 'other';

function kindOf(url: URL): Kind {
  const host = url.hostname.split('.')[0];
  if (host === 'image') return 'image';
  if (host !== 'stream' && host !== 'stream2') return 'other';
  if (url.pathname.endsWith('.m3u8')) return 'playlist';
  return /\.(ts|m4s|mp4|m4a|aac|vtt)$/.test(url.pathname) ? 'segment' : 'other';
}

async function idleRow(
  browser: Browser,
  pageUrl: string,
  contender: ContenderKey,
  preload: Preload,
  idleSeconds: number,
): Promise<IdleRow> {
  const context = await browser.newContext();
  const row: IdleRow = { contender, preload, playlists: 0, segments: 0, mediaBytes: 0, images: 0, imageBytes: 0 };
  const pending: Promise<void>[] = [];
  const count = async (request: Request): Promise<void> => {
    const kind = kindOf(new URL(request.url()));
    if (kind === 'other') return;
    const { responseBodySize } = await request.sizes();
    if (kind === 'image') {
      row.images += 1;
      row.imageBytes += responseBodySize;
      return;
    }
    if (kind === 'playlist') row.playlists += 1;
    else row.segments += 1;
    row.mediaBytes += responseBodySize;
  };
  try {
    const tab = await context.newPage();
    tab.on('requestfinished', (request) => pending.push(count(request)));
    await tab.goto(pageUrl);
    await tab.waitForTimeout(idleSeconds * 1000);
    // Requests still open at the deadline are not counted: they had not been fetched yet.
    await Promise.all(pending.splice(0));
    return { ...row };
  } finally {
    await context.close();
  }
}

export async function measureIdle(
  browser: Browser,
  all: readonly Contender[],
  idleSeconds: number,
): Promise<IdleResults> {
  const rows: IdleRow[] = [];
  const failures: string[] = [];
  for (const contender of all.filter((c) => c.idlePages)) {
    const server = await startPageServer(contender.files);
    try {
      // The three preloads of one contender idle side by side; byte counts do not depend on timing.
      const results = await Promise.allSettled(
        PRELOADS.map((preload) =>
          idleRow(browser, server.url(`/idle-${preload}.html`), contender.key, preload, idleSeconds),
        ),
      );
      for (const result of results) {
        if (result.status === 'fulfilled') rows.push(result.value);
        else failures.push(`${contender.key}: ${String(result.reason)}`);
      }
    } finally {
      await server.stop();
    }
  }
  return { idleSeconds, rows, failures };
}
