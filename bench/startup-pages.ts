// The startup contenders as served pages, each with the measuring probe: (F) the floor, a plain
// <video src> of a fast-start MP4 of the start rendition's first segment (no script, no MSE),
// (A) bare hls.js with its default config, (B) <video-player> from its CDN bundle (bundles.ts),
// (C) Mux Player from its own CDN bundle, tracking off. Players also have idle pages
// (`/idle-<preload>.html`: no autoplay, never played) for the idle-bytes job (idle.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Bundle } from './bundles.ts';
import type { PageFile } from './page-server.ts';
import { probeScript } from './probe.ts';

const require = createRequire(import.meta.url);

export type ContenderKey = 'floor' | 'bare' | 'player' | 'baseline' | 'mux';

export const PRELOADS = ['none', 'metadata', 'auto'] as const;
export type Preload = (typeof PRELOADS)[number];

export interface Contender {
  key: ContenderKey;
  label: string;
  /** Where its JavaScript comes from. */
  build: string;
  files: Record<string, PageFile>;
  /** Paths of the scripts the page loads before any playback (its eager bundle). */
  eager: string[];
  /** Whether `/click.html` exists: `preload="none"`, played by clicking the element's play button. */
  clickPage: boolean;
  /** Whether `/idle-<preload>.html` exist for every preload value. */
  idlePages: boolean;
}

/** `/idle-none.html`, `/idle-metadata.html`, `/idle-auto.html`: the element with that `preload`, never played. */
function idlePages(title: string, head: string, element: (attributes: string) => string): Record<string, PageFile> {
  return Object.fromEntries(
    PRELOADS.map((preload) => [`/idle-${preload}.html`, html(title, head, element(`preload="${preload}"`))]),
  );
}

const html = (title: string, head: string, body: string): PageFile => ({
  type: 'text/html',
  body: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>
`,
});

const script = (path: string): PageFile => ({ type: 'text/javascript', body: readFileSync(path) });

function floor(mp4Url: string): Contender {
  const body = `<video src="${mp4Url}" muted autoplay playsinline style="width: 640px"></video>`;
  return {
    key: 'floor',
    label: 'floor: native <video src> MP4',
    build: 'no script: the first 2 s of the 360p rendition + audio as a fast-start MP4 (vod/start-360p.mp4)',
    files: { '/autoplay.html': html('native floor', probeScript("document.querySelector('video')"), body) },
    eager: [],
    clickPage: false,
    idlePages: false,
  };
}

function bare(hlsUrl: string): Contender {
  const body = `<video muted playsinline style="width: 640px"></video>
    <script src="/hls.min.js"></script>
    <script>
      const video = document.querySelector('video');
      const hls = new Hls();
      hls.loadSource(${JSON.stringify(hlsUrl)});
      hls.attachMedia(video);
      video.play();
    </script>`;
  return {
    key: 'bare',
    label: 'bare hls.js',
    build: `hls.js ${(require('hls.js/package.json') as { version: string }).version} dist/hls.min.js, default config`,
    files: {
      '/autoplay.html': html('bare hls.js', probeScript("document.querySelector('video')"), body),
      '/hls.min.js': script(require.resolve('hls.js/dist/hls.min.js')),
    },
    eager: ['/hls.min.js'],
    clickPage: false,
    idlePages: false,
  };
}

function player(domain: string, bundle: Bundle, key: 'player' | 'baseline' = 'player'): Contender {
  const find = "document.querySelector('video-player')?.shadowRoot?.querySelector('video')";
  const head = `${probeScript(find)}\n    <script type="module" src="${bundle.entry}"></script>`;
  const element = (attributes: string): string =>
    `<video-player playback-id="vod" custom-domain="${domain}" muted ${attributes} disable-tracking style="width: 640px"></video-player>`;
  const files = {
    ...bundle.files,
    '/autoplay.html': html('<video-player>', head, element('autoplay')),
    '/click.html': html('<video-player>', head, element('preload="none"')),
    ...idlePages('<video-player>', head, element),
  };
  return {
    key,
    label: key === 'player' ? '<video-player>' : '<video-player> baseline',
    build: bundle.build,
    files,
    eager: bundle.eager,
    clickPage: true,
    idlePages: true,
  };
}

function mux(hlsUrl: string): Contender {
  // Its exports map hides package.json; it sits beside the hls.js the workspace hoists.
  const dir = join(dirname(dirname(require.resolve('hls.js/package.json'))), '@mux/mux-player');
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const find = "document.querySelector('mux-player')?.media?.nativeEl";
  const head = `${probeScript(find)}\n    <script src="/mux-player.js" defer></script>`;
  const element = (attributes: string): string =>
    `<mux-player src="${hlsUrl}" muted ${attributes} disable-tracking style="width: 640px"></mux-player>`;
  return {
    key: 'mux',
    label: 'Mux Player',
    build: `@mux/mux-player ${version} CDN bundle dist/mux-player.js (hls.js inside)`,
    files: {
      '/autoplay.html': html('Mux Player', head, element('autoplay')),
      '/click.html': html('Mux Player', head, element('preload="none"')),
      ...idlePages('Mux Player', head, element),
      '/mux-player.js': script(join(dir, 'dist/mux-player.js')),
    },
    eager: ['/mux-player.js'],
    clickPage: true,
    idlePages: true,
  };
}

/**
 * F, A, B and C against one origin; `playerBundle` is <video-player>'s CDN bundle (bundles.ts),
 * `baselineBundle` (B0) the same element built from another commit, for an A/B run.
 */
export function contenders(
  origin: { domain: string; url(service: string, path?: string): string },
  playerBundle: Bundle,
  baselineBundle?: Bundle,
): readonly Contender[] {
  const hlsUrl = origin.url('stream', '/vod.m3u8');
  return [
    floor(origin.url('stream', '/vod/media/start-360p.mp4')),
    bare(hlsUrl),
    player(origin.domain, playerBundle),
    ...(baselineBundle ? [player(origin.domain, baselineBundle, 'baseline')] : []),
    mux(hlsUrl),
  ];
}
