import type { LoadedAsset } from './assets.ts';
import type { RequestContext } from './context.ts';
import { HttpError, sendFile, sendJson, sendText, show } from './http.ts';
import { assertLiveStarted, LiveTimeline } from './live.ts';
import { authorize, type PlaybackAccess } from './playback-access.ts';

const FIT_MODES = ['preserve', 'stretch', 'crop', 'smartcrop', 'pad'];

function optionalNumber(
  options: Record<string, unknown>,
  name: string,
  valid: (value: number) => boolean,
  expected: string,
): number | undefined {
  const raw = options[name];
  if (raw === undefined) return undefined;
  const value = typeof raw === 'number' ? raw : Number(raw);
  if (raw === '' || !Number.isFinite(value) || !valid(value)) {
    throw new HttpError(400, 'bad_image_option', `${name}=${show(raw)} is invalid: expected ${expected}`);
  }
  return value;
}

/**
 * Thumbnail options of the platform. `time` picks the nearest pre-rendered frame; size, fit,
 * rotation and flips are validated but not applied (this origin serves pre-rendered frames).
 */
function thumbnailTime(options: Record<string, unknown>, duration: number): number {
  optionalNumber(options, 'width', (value) => Number.isInteger(value) && value > 0, 'a positive integer');
  optionalNumber(options, 'height', (value) => Number.isInteger(value) && value > 0, 'a positive integer');
  optionalNumber(options, 'rotate', (value) => [90, 180, 270].includes(value), '90, 180 or 270');
  if (options.fit_mode !== undefined && !FIT_MODES.includes(show(options.fit_mode))) {
    throw new HttpError(
      400,
      'bad_image_option',
      `fit_mode=${show(options.fit_mode)} is invalid: expected ${FIT_MODES.join(', ')}`,
    );
  }
  return optionalNumber(options, 'time', (value) => value >= 0, 'a non-negative number of seconds') ?? duration / 2;
}

function imagesOf(ctx: RequestContext, access: PlaybackAccess): LoadedAsset {
  if (!access.entry.images) {
    throw new HttpError(404, 'no_images', `playback ID "${access.playbackId}" is audio-only and has no images`);
  }
  return ctx.state.assets.get(access.entry.images);
}

/** Where a live ID's newest available segment ends in its looped source: the live edge's frame. */
function liveEdgeTime(ctx: RequestContext, access: PlaybackAccess): number {
  const mode = access.entry.live;
  const segments = ctx.state.assets.get(access.entry.asset).video[0]?.segments;
  if (!mode || !segments) return 0;
  assertLiveStarted(mode, access.playbackId);
  return LiveTimeline.for(segments, mode, ctx.state.clock).edgeWithinLoop(ctx.state.clock.now());
}

async function thumbnail(ctx: RequestContext, playbackId: string, format: string): Promise<void> {
  const access = authorize(ctx.state, playbackId, ctx.url, 't');
  const asset = imagesOf(ctx, access);
  const thumbnails = asset.thumbnails;
  if (!thumbnails?.formats.includes(format)) {
    throw new HttpError(404, 'not_found', `no ${format} thumbnails for "${playbackId}"`);
  }
  let time = thumbnailTime(access.options, asset.duration);
  if (access.entry.live && (access.options.latest === 'true' || access.options.latest === true)) {
    time = liveEdgeTime(ctx, access);
  }
  const frame = Math.min(Math.max(Math.round(time / thumbnails.interval), 0), thumbnails.count - 1);
  await sendFile(ctx.req, ctx.res, ctx.state.assets.file(asset, `thumbnails/${frame}.${format}`));
}

function storyboardAsset(ctx: RequestContext, playbackId: string): { access: PlaybackAccess; asset: LoadedAsset } {
  const access = authorize(ctx.state, playbackId, ctx.url, 's');
  const asset = imagesOf(ctx, access);
  if (!asset.storyboard) throw new HttpError(404, 'not_found', `no storyboard for "${playbackId}"`);
  return { access, asset };
}

async function storyboardSheet(ctx: RequestContext, playbackId: string, format: string): Promise<void> {
  const { asset } = storyboardAsset(ctx, playbackId);
  if (!asset.storyboard?.formats.includes(format)) {
    throw new HttpError(
      404,
      'not_found',
      `storyboard.${format} is not rendered; use ${asset.storyboard?.formats.join(' or ')}`,
    );
  }
  await sendFile(ctx.req, ctx.res, ctx.state.assets.file(asset, `storyboard.${format}`));
}

const vttTime = (seconds: number): string => {
  const ms = Math.round(seconds * 1000);
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
};

/** Storyboard metadata in the seed's WebVTT and JSON shapes ("Create timeline hover previews"). */
async function storyboardMetadata(ctx: RequestContext, playbackId: string, kind: string): Promise<void> {
  const { access, asset } = storyboardAsset(ctx, playbackId);
  const board = asset.storyboard;
  if (!board) return;
  const format = typeof access.options.format === 'string' ? access.options.format : 'jpg';
  if (!board.formats.includes(format)) {
    throw new HttpError(400, 'bad_image_option', `format=${format} is invalid: expected ${board.formats.join(' or ')}`);
  }
  const sheet = `${ctx.self}/${playbackId}/storyboard.${format}${access.tokenQuery}`;
  const step = asset.duration / board.tiles;
  const tiles = Array.from({ length: board.tiles }, (_, i) => ({
    start: Number((i * step).toFixed(6)),
    end: Number(((i + 1) * step).toFixed(6)),
    x: (i % board.columns) * board.tileWidth,
    y: Math.floor(i / board.columns) * board.tileHeight,
  }));
  if (kind === 'json') {
    sendJson(ctx.res, 200, {
      url: sheet,
      tile_width: board.tileWidth,
      tile_height: board.tileHeight,
      duration: asset.duration,
      tiles: tiles.map(({ start, x, y }) => ({ start, x, y })),
    });
    return;
  }
  const cues = tiles.map(
    ({ start, end, x, y }) =>
      `${vttTime(start)} --> ${vttTime(end)}\n${sheet}#xywh=${x},${y},${board.tileWidth},${board.tileHeight}`,
  );
  sendText(ctx.res, 200, `WEBVTT\n\n${cues.join('\n\n')}\n`, 'text/vtt; charset=utf-8');
}

/** `image.{domain}`: thumbnails (audience `t`) and storyboards (audience `s`). */
export async function handleImage(ctx: RequestContext): Promise<void> {
  const path = ctx.url.pathname;
  let match = /^\/([^/]+)\/thumbnail\.(jpg|png|webp)$/.exec(path);
  if (match) return thumbnail(ctx, match[1] ?? '', match[2] ?? '');
  match = /^\/([^/]+)\/storyboard\.(jpg|png|webp)$/.exec(path);
  if (match) return storyboardSheet(ctx, match[1] ?? '', match[2] ?? '');
  match = /^\/([^/]+)\/storyboard\.(vtt|json)$/.exec(path);
  if (match) return storyboardMetadata(ctx, match[1] ?? '', match[2] ?? '');
  match = /^\/([^/]+)\/animated\.(gif|webp)$/.exec(path);
  if (match) {
    authorize(ctx.state, match[1] ?? '', ctx.url, 'g');
    throw new HttpError(404, 'not_rendered', 'animated GIF/WebP images are not rendered by this origin');
  }
  throw new HttpError(404, 'not_found', `no image resource at ${path}`);
}
