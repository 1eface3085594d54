import { CATALOG, type LiveMode } from './catalog.ts';
import type { RequestContext } from './context.ts';
import { decodePath, HttpError, own, sendFile, sendPlaylist } from './http.ts';
import { assertLiveStarted, assertProgramWindow, liveMediaPlaylist, LiveTimeline } from './live.ts';
import { handleLowLatency } from './ll-routes.ts';
import { parseModifiers } from './modifiers.ts';
import { authorize } from './playback-access.ts';
import { multivariantPlaylist, subtitlesPlaylist, vodMediaPlaylist, type PlaylistContext } from './playlists.ts';

/** Static renditions the platform names; every fixture is ≤ 1080p, so the capped one is the highest. */
const STATIC_RENDITIONS: Record<string, string> = {
  'highest.mp4': 'highest.mp4',
  'capped-1080p.mp4': 'highest.mp4',
  'audio.m4a': 'audio.m4a',
};

/** A stream request's playlist context plus what kind of stream the ID is. */
type StreamContext = PlaylistContext & { live: LiveMode | undefined };

const ROUTES: [RegExp, (ctx: RequestContext, playlist: StreamContext, ...groups: string[]) => Promise<void>][] = [
  [/^\/([^/]+)\.m3u8$/, multivariant],
  [/^\/([^/]+)\/rendition\/([^/]+)\.m3u8$/, videoPlaylist],
  [/^\/([^/]+)\/audio\/([^/]+)\.m3u8$/, audioPlaylist],
  [/^\/([^/]+)\/subtitles\/([^/]+)\.m3u8$/, subtitles],
  [/^\/([^/]+)\/text\/([^/]+)\.vtt$/, textTrack],
  [/^\/([^/]+)\/media\/(.+)$/, mediaFile],
  [/^\/([^/]+)\/live\/([^/]+)\/(\d+)\.ts$/, liveSegment],
  [/^\/([^/]+)\/([a-z0-9-]+\.(?:mp4|m4a))$/, staticRendition],
];

/** `stream.{domain}`: playlists, segments, text tracks and static renditions (audience `v`). */
export async function handleStream(ctx: RequestContext): Promise<void> {
  const lowLatencyId = /^\/([^/]+?)(?:\.m3u8)?(?:\/|$)/.exec(ctx.url.pathname)?.[1];
  if (lowLatencyId && own(CATALOG, lowLatencyId)?.lowLatency) {
    const access = authorize(ctx.state, lowLatencyId, ctx.url, 'v');
    const modifiers = parseModifiers(access.options);
    // Child playlists keep the request's modifiers (or token); delivery directives stay behind.
    const childQuery = new URLSearchParams(ctx.url.search);
    for (const directive of ['_HLS_msn', '_HLS_part', '_HLS_skip']) childQuery.delete(directive);
    const stream = {
      playbackId: lowLatencyId,
      dvr: access.entry.live === 'dvr',
      lowLatency: modifiers.lowLatency,
      modifiers,
      query: access.tokenQuery,
      childQuery: childQuery.size ? `?${childQuery.toString()}` : '',
    };
    return handleLowLatency(ctx, stream);
  }
  for (const [pattern, handler] of ROUTES) {
    const match = pattern.exec(ctx.url.pathname);
    if (!match) continue;
    const [, playbackId = '', ...groups] = match;
    const access = authorize(ctx.state, playbackId, ctx.url, 'v');
    const asset = ctx.state.assets.get(access.entry.asset);
    const playlist: StreamContext = {
      playbackId,
      live: access.entry.live,
      asset,
      modifiers: parseModifiers(access.options),
      childQuery: ctx.url.search,
      segmentQuery: access.tokenQuery,
      redundantOrigin: ctx.self.replace(/\/\/stream\./, '//stream2.'),
      keyFormat: access.entry.keyFormat ?? 'clearkey',
    };
    return handler(ctx, playlist, ...groups);
  }
  throw new HttpError(404, 'not_found', `no stream resource at ${ctx.url.pathname}`);
}

/** The live timeline of a live ID (refusing one not started, or idle at its program times); null for on-demand. */
function liveTimeline(ctx: RequestContext, playlist: StreamContext): LiveTimeline | null {
  const mode = playlist.live;
  if (!mode) return null;
  assertLiveStarted(mode, playlist.playbackId);
  const first = playlist.asset.video[0];
  if (!first) throw new HttpError(500, 'bad_fixture', 'live source has no video rendition');
  const timeline = LiveTimeline.for(first.segments, mode, ctx.state.clock);
  assertProgramWindow(timeline, ctx.state.clock.now(), playlist.modifiers, playlist.playbackId);
  return timeline;
}

async function multivariant(ctx: RequestContext, playlist: StreamContext): Promise<void> {
  liveTimeline(ctx, playlist);
  sendPlaylist(ctx.res, multivariantPlaylist(playlist));
}

async function videoPlaylist(ctx: RequestContext, playlist: StreamContext, name: string): Promise<void> {
  const rendition = playlist.asset.video.find((candidate) => candidate.name === name);
  if (!rendition) throw new HttpError(404, 'not_found', `no rendition "${name}" for "${playlist.playbackId}"`);
  const timeline = liveTimeline(ctx, playlist);
  sendPlaylist(
    ctx.res,
    timeline
      ? liveMediaPlaylist(playlist, timeline, rendition, ctx.state.clock.now())
      : vodMediaPlaylist(playlist, rendition),
  );
}

async function audioPlaylist(ctx: RequestContext, playlist: StreamContext, name: string): Promise<void> {
  const rendition = playlist.asset.audio.find((candidate) => candidate.name === name);
  if (!rendition) throw new HttpError(404, 'not_found', `no audio rendition "${name}" for "${playlist.playbackId}"`);
  sendPlaylist(ctx.res, vodMediaPlaylist(playlist, rendition));
}

function subtitleTrack(playlist: StreamContext, language: string): { uri: string } {
  const track = playlist.asset.subtitles.find((candidate) => candidate.language === language);
  if (!track) throw new HttpError(404, 'not_found', `no text track "${language}" for "${playlist.playbackId}"`);
  return track;
}

async function subtitles(ctx: RequestContext, playlist: StreamContext, language: string): Promise<void> {
  subtitleTrack(playlist, language);
  sendPlaylist(ctx.res, subtitlesPlaylist(playlist, language));
}

async function textTrack(ctx: RequestContext, playlist: StreamContext, language: string): Promise<void> {
  const track = subtitleTrack(playlist, language);
  await sendFile(ctx.req, ctx.res, ctx.state.assets.file(playlist.asset, track.uri));
}

async function mediaFile(ctx: RequestContext, playlist: StreamContext, path: string): Promise<void> {
  await sendFile(ctx.req, ctx.res, ctx.state.assets.file(playlist.asset, decodePath(path)));
}

async function liveSegment(ctx: RequestContext, playlist: StreamContext, name: string, number: string): Promise<void> {
  const timeline = liveTimeline(ctx, playlist);
  const rendition = playlist.asset.video.find((candidate) => candidate.name === name);
  if (!timeline || !rendition) throw new HttpError(404, 'not_found', 'no such live segment');
  const k = Number(number);
  if (k >= timeline.available(ctx.state.clock.now())) {
    throw new HttpError(404, 'not_found', `live segment ${k} is not available yet`);
  }
  const source = rendition.segments[k % rendition.segments.length];
  if (!source) throw new HttpError(404, 'not_found', 'no such live segment');
  await sendFile(ctx.req, ctx.res, ctx.state.assets.file(playlist.asset, source.uri));
}

async function staticRendition(ctx: RequestContext, playlist: StreamContext, name: string): Promise<void> {
  const file = own(STATIC_RENDITIONS, name);
  if (!file || !playlist.asset.staticRenditions.includes(file)) {
    throw new HttpError(404, 'not_found', `no static rendition "${name}" for "${playlist.playbackId}"`);
  }
  await sendFile(ctx.req, ctx.res, ctx.state.assets.file(playlist.asset, file));
}
