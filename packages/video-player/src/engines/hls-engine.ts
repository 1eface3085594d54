import { PlayerError } from '@videokit/core';
// This module is itself loaded on demand (create-engine.ts), so hls.js comes in the same chunk.
import Hls, { type ErrorData, type HlsConfig, type MediaPlaylist } from 'hls.js';
import { rememberBandwidth, rememberedBandwidth } from './bandwidth-memory.ts';
import type {
  AudioTrackInfo,
  EngineAnalytics,
  EngineEvents,
  EngineSource,
  PlaybackEngine,
  RenditionInfo,
} from './engine.ts';
import { FirstSegmentHold } from './first-segment-hold.ts';
import { minPreloadSegments, segmentsBuffered } from './min-preload.ts';
import { gatedLoader } from './gated-loader.ts';
import { SubtitlesAfterAttach } from './subtitles-after-attach.ts';
import { muxHlsAttributes } from './mux-hls-attributes.ts';
import { playlistInfoFromDetails } from './playlist-details.ts';
import { missingDrmToken, watchEncrypted } from '../media-error.ts';
import { endStalledEndedStream } from './live-end.ts';
import { catchUpOnLiveEdge } from './live-catch-up.ts';
import { disconnectedMessage, reconnectAttempts, reconnectWindowMs } from '../live-reconnect.ts';
import { boundSegmentFailures, SEGMENT_FAILURE_BOUND_MS } from './segment-failure-bound.ts';
import { boundUnchangedPlaylist } from './unchanged-playlist.ts';
import { refusedScheme } from './source-scheme.ts';
import { chooseStartLevel } from './start-level.ts';
import { autoselectSubtitleIndex } from '../tracks/default-subtitles.ts';

type HlsClass = typeof Hls;

/**
 * Codecs the browser cannot play: recovering the media pipeline cannot change that, so these
 * skip the recovery ladder and are reported at once.
 */
const CODEC_ERRORS: ReadonlySet<string> = new Set([
  'manifestIncompatibleCodecsError',
  'bufferAddCodecError',
  'bufferIncompatibleCodecsError',
]);

// Once per page, when this chunk (with hls.js) has been fetched, compiled and evaluated: lets a
// page's own timing (and the bench) split script cost from network cost before the first frame.
performance.mark('video-player:hls-engine');

/** Defaults tuned for the first frame; the element's `hls-config` property overrides any of them. */
function tunedConfig(): Partial<HlsConfig> {
  return {
    // Seeded from the last session instead of a bandwidth test on the first segment.
    abrEwmaDefaultEstimate: rememberedBandwidth(),
    testBandwidth: false,
    // Fetch the first segment while the init segment and MediaSource are set up.
    startFragPrefetch: true,
    capLevelToPlayerSize: true,
    // Bounded memory on long sessions; enough behind the playhead for short seeks back.
    backBufferLength: 30,
    maxBufferLength: 30,
    enableWorker: true,
  };
}

/** EME settings for a DRM source; the DRM module is fetched only for DRM sources. */
async function drmSettings(source: EngineSource): Promise<Partial<HlsConfig>> {
  if (!source.drm) return {};
  const { hlsDrmConfig } = await import('../drm/hls-drm-config.ts');
  return hlsDrmConfig(source.drm);
}

/** Plays HLS through MediaSource with hls.js, which is fetched only when this engine loads. */
export class HlsEngine implements PlaybackEngine {
  #hls: Hls | undefined;
  #destroyed = false;
  #mediaErrorRecoveries = 0;
  #hold: FirstSegmentHold | undefined;
  #startable = Promise.resolve();
  #sourceUrl = '';
  #drm = false;
  #stalledOffline = false;
  #failed = false;
  #reconnectRetries: number | undefined;
  #unwatch: (() => void)[] = [];
  readonly #media: HTMLVideoElement;
  readonly #events: EngineEvents;
  readonly #overrides: Partial<HlsConfig>;
  readonly #abort = new AbortController();

  constructor(media: HTMLVideoElement, events: EngineEvents, overrides: Partial<HlsConfig> = {}) {
    this.#media = media;
    this.#events = events;
    this.#overrides = overrides;
  }

  get analytics(): EngineAnalytics {
    const hls = this.#hls;
    return hls ? { hlsjs: hls, Hls } : {};
  }

  async load(source: EngineSource): Promise<void> {
    const refused = refusedScheme(source.url);
    if (refused) return this.#events.error(refused);
    const HlsJs = Hls;
    const drmConfig = await drmSettings(source);
    if (this.#destroyed) return;
    const minSegments = minPreloadSegments(this.#media);
    const hold = source.deferLoading ? new FirstSegmentHold(minSegments || 1) : undefined;
    const subtitles = new SubtitlesAfterAttach();
    const hls = new HlsJs({
      ...tunedConfig(),
      ...muxHlsAttributes(this.#media),
      ...drmConfig,
      startPosition: source.startTime ?? -1,
      ...this.#overrides,
      // The gates sit in front of whichever loader hls.js would use (its own or the app's).
      loader: gatedLoader(this.#overrides.loader ?? HlsJs.DefaultConfig.loader, hold ? [subtitles, hold] : [subtitles]),
    });
    this.#hls = hls;
    this.#sourceUrl = source.url;
    this.#drm = source.drm !== undefined;
    this.#reconnectRetries = source.reconnectRetries;
    hls.subtitleDisplay = !source.hideCaptions;
    hold?.attach(hls);
    this.#hold = hold;
    this.#listen(hls, HlsJs);
    hls.once(HlsJs.Events.MEDIA_ATTACHED, () => subtitles.attached());
    if (minSegments) this.#startable = segmentsBuffered(hls, HlsJs, minSegments, this.#abort.signal);
    // However playback starts (the element, a media controller, the media itself), loading follows;
    // so does a seek before play (a viewer scrubbing the paused player must see that frame).
    this.#media.addEventListener('play', () => this.startLoading(), { signal: this.#abort.signal });
    this.#media.addEventListener(
      'seeking',
      () => {
        if (this.#media.readyState >= HTMLMediaElement.HAVE_METADATA) this.startLoading();
      },
      { signal: this.#abort.signal },
    );
    hls.loadSource(source.url);
    hls.attachMedia(this.#media);
    watchEncrypted(this.#media, source, (error) => this.#events.error(error), this.#abort.signal);
    globalThis.addEventListener('offline', () => this.#wentOffline(), { signal: this.#abort.signal });
    globalThis.addEventListener('online', () => this.#resumeAfterOffline(), { signal: this.#abort.signal });
  }

  startLoading(): void {
    this.#hold?.release();
    this.#hold = undefined;
  }

  startable(): Promise<void> {
    return this.#startable;
  }

  get audioTracks(): readonly AudioTrackInfo[] {
    const hls = this.#hls;
    if (!hls) return [];
    return hls.audioTracks.map((track) => ({
      id: String(track.id),
      label: track.name,
      language: track.lang ?? '',
      enabled: track.id === hls.audioTrack,
    }));
  }

  selectAudioTrack(id: string): void {
    const hls = this.#hls;
    if (!hls) return;
    const index = hls.audioTracks.findIndex((track) => String(track.id) === id);
    if (index >= 0) hls.audioTrack = index;
  }

  get renditions(): readonly RenditionInfo[] {
    const hls = this.#hls;
    if (!hls) return [];
    const selected = hls.autoLevelEnabled ? -1 : hls.nextLoadLevel;
    return hls.levels.map((level, index) => ({
      id: String(index),
      width: level.width,
      height: level.height,
      bitrate: level.bitrate,
      selected: index === selected,
    }));
  }

  selectRendition(id: string): void {
    const hls = this.#hls;
    if (!hls) return;
    const index = id === 'auto' ? -1 : Number(id);
    if (index !== -1 && !hls.levels[index]) return;
    // nextLevel switches at the next segment boundary: no flush, no rebuffer.
    hls.nextLevel = index;
    this.#events.tracks();
  }

  get autoRendition(): boolean {
    return this.#hls?.autoLevelEnabled ?? true;
  }

  get liveEdge(): number {
    return this.#hls?.liveSyncPosition ?? NaN;
  }

  get playingDate(): number {
    return this.#hls?.playingDate?.getTime() ?? NaN;
  }

  destroy(): void {
    this.#destroyed = true;
    this.#abort.abort();
    for (const unwatch of this.#unwatch) unwatch();
    this.#unwatch = [];
    const hls = this.#hls;
    if (hls) rememberBandwidth(hls.bandwidthEstimate);
    hls?.destroy();
    this.#hls = undefined;
  }

  /**
   * Without a `DEFAULT` subtitle track, the `AUTOSELECT` one in the viewer's language starts on
   * (shown, or hidden under `default-hidden-captions` through `subtitleDisplay`); hls.js applies
   * the preference when it lists the level's subtitle group. A page's own preference wins.
   */
  #preferAutoselectSubtitles(hls: Hls, tracks: readonly MediaPlaylist[]): void {
    if (this.#overrides.subtitlePreference) return;
    const track = tracks[autoselectSubtitleIndex(tracks, globalThis.navigator.languages)];
    if (track) hls.config.subtitlePreference = { lang: track.lang, name: track.name };
  }

  #listen(hls: Hls, HlsJs: HlsClass): void {
    const { Events } = HlsJs;
    hls.on(Events.MANIFEST_PARSED, (_event, data) => {
      if (this.#overrides.startLevel === undefined) {
        const renderedHeight = this.#media.clientHeight * (globalThis.devicePixelRatio || 1);
        // Within the automatic cap (`max-auto-resolution`), which hls.js does not apply to a start level.
        hls.startLevel = Math.min(
          chooseStartLevel(data.levels, renderedHeight, hls.bandwidthEstimate),
          hls.maxAutoLevel,
        );
      }
      this.#preferAutoselectSubtitles(hls, data.subtitleTracks);
      this.#events.tracks();
    });
    hls.on(Events.LEVEL_LOADED, (_event, data) => {
      this.#events.playlist(playlistInfoFromDetails(data.details));
    });
    hls.on(Events.LEVEL_SWITCHED, () => this.#events.tracks());
    hls.on(Events.AUDIO_TRACKS_UPDATED, () => this.#events.tracks());
    hls.on(Events.AUDIO_TRACK_SWITCHED, () => this.#events.tracks());
    hls.on(Events.FRAG_LOADED, () => rememberBandwidth(hls.bandwidthEstimate));
    hls.on(Events.ERROR, (_event, data) => this.#onError(hls, HlsJs, data));
    // Removed with the instance in destroy().
    endStalledEndedStream(hls, HlsJs, this.#media);
    this.#unwatch.push(boundSegmentFailures(hls, HlsJs, (data) => this.#giveUp(hls, data)));
    // Low-latency live catches up by rate (hls.js's default never does); while it applies, hls.js
    // owns the rate, so a viewer's chosen speed at the live edge returns to 1×.
    if (this.#overrides.maxLiveSyncPlaybackRate === undefined)
      this.#unwatch.push(catchUpOnLiveEdge(hls, HlsJs, this.#media));
    // A page's own `liveMaxUnchangedPlaylistRefresh` (hls-config) wins.
    if (this.#overrides.liveMaxUnchangedPlaylistRefresh === undefined) {
      const attempts = reconnectAttempts(this.#reconnectRetries ?? Number.NaN);
      this.#unwatch.push(
        boundUnchangedPlaylist(hls, HlsJs, reconnectWindowMs(attempts), () => this.#staleLivePlaylist(hls, attempts)),
      );
    }
  }

  /** Segments that keep failing past the player's bound: stop loading and report the last failure as final. */
  #giveUp(hls: Hls, data: ErrorData): void {
    if (this.#failed) return;
    hls.stopLoad();
    void import('@videokit/core/error-mapping').then(({ errorFromHls }) => {
      if (this.#destroyed) return;
      const error = errorFromHls({ ...data, fatal: true }, { url: this.#sourceUrl });
      const seconds = String(SEGMENT_FAILURE_BOUND_MS / 1000);
      this.#report(
        new PlayerError(error.code, `${error.message}; no segment has loaded for ${seconds} s, so playback stopped`, {
          category: error.category,
          fatal: true,
          context: { ...error.context, failingForMs: SEGMENT_FAILURE_BOUND_MS },
          cause: error.cause,
        }),
      );
    });
  }

  /** The same end the stall controller reaches, noticed from the playlist: the same error. */
  #staleLivePlaylist(hls: Hls, attempts: number): void {
    if (this.#failed) return;
    hls.stopLoad();
    this.#report(
      new PlayerError('LIVE_STREAM_DISCONNECTED', disconnectedMessage(attempts), {
        context: { hlsDetails: 'playlistUnchangedError', reloads: hls.config.liveMaxUnchangedPlaylistRefresh },
      }),
    );
  }

  #onError(hls: Hls, HlsJs: HlsClass, data: ErrorData): void {
    if (!data.fatal || this.#failed) return;
    const { ErrorTypes } = HlsJs;
    if (data.type === ErrorTypes.MEDIA_ERROR && !CODEC_ERRORS.has(data.details) && this.#mediaErrorRecoveries < 2) {
      // The documented ladder: recover once, then swap the audio codec and recover again.
      if (this.#mediaErrorRecoveries === 1) hls.swapAudioCodec();
      this.#mediaErrorRecoveries += 1;
      hls.recoverMediaError();
      return;
    }
    // hls.js met a key it may not fetch: the stream is DRM protected and no drm-token was given.
    if (data.details === HlsJs.ErrorDetails.KEY_LOAD_ERROR && !this.#drm) {
      this.#report(missingDrmToken());
      return;
    }
    // The wording of failures loads only when one happens.
    void import('@videokit/core/error-mapping').then(({ errorFromHls }) => {
      if (!this.#destroyed) this.#report(errorFromHls(data, { url: this.#sourceUrl }));
    });
  }

  #report(error: PlayerError): void {
    // One fatal error per load: whatever hls.js reports after it is a consequence. Offline is
    // the exception: loading resumes when the network returns.
    if (error.fatal && error.code !== 'NETWORK_OFFLINE') {
      if (this.#failed) return;
      this.#failed = true;
    }
    // Offline: keep the instance and pick up where it stopped when the network returns.
    if (error.code === 'NETWORK_OFFLINE') this.#stalledOffline = true;
    this.#events.error(error);
  }

  /** Say so at once rather than after hls.js has spent its retries on a dead network. */
  #wentOffline(): void {
    if (this.#stalledOffline) return;
    this.#stalledOffline = true;
    this.#events.error(
      new PlayerError('NETWORK_OFFLINE', 'the network is offline; playback resumes when the connection returns', {
        fatal: false,
      }),
    );
  }

  #resumeAfterOffline(): void {
    if (!this.#stalledOffline || !this.#hls) return;
    this.#stalledOffline = false;
    this.#hls.startLoad(this.#media.currentTime || -1);
    this.#events.recovered();
  }
}
