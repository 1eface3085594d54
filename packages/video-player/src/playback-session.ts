import { PlayerError, type PlaylistInfo } from '@videokit/core';
import type { HlsConfig } from 'hls.js';
import type { AnalyticsMonitor, AnalyticsOptions } from './analytics.ts';
import { autoplay, type AutoplayMode } from './autoplay.ts';
import { chooseEngine, probeCapabilities, type PreferPlayback } from './engines/choose-engine.ts';
import { createEngine, preloadEngine } from './engines/create-engine.ts';
import type { PlaybackEngine } from './engines/engine.ts';
import { engineLoadError } from './media-error.ts';
import { notLiveRetryDelay } from './retry-schedule.ts';
import { resolveSource, type ResolvedSource, type SourceInputs } from './source.ts';
import { loadTokenCheck, loadedTokenCheck } from './token-check.ts';
import { syncAudioTracks, type PlayerAudioTrack } from './tracks/audio-track.ts';
import { RenditionList } from './tracks/rendition-list.ts';
import { TrackList } from './tracks/track-list.ts';

/** How the host wants the current source loaded; read when a load starts. */
export interface SessionConfig {
  inputs: SourceInputs;
  startTime: number | undefined;
  preload: string;
  autoplay: AutoplayMode | undefined;
  preferPlayback: PreferPlayback | undefined;
  hlsConfig: Partial<HlsConfig> | undefined;
  hideCaptions: boolean;
  /** `max-reconnect-retries`: how long a live stream that stopped arriving is waited for. */
  maxReconnectRetries?: number;
  /** Analytics options without the engine's part; undefined with tracking off. */
  analytics: (() => Omit<AnalyticsOptions, 'engine'>) | undefined;
}

/** What the session tells its host (the element). */
export interface SessionHost {
  /** The rendered `<video>` the engines feed; undefined before the first render. */
  media(): HTMLVideoElement | undefined;
  config(): SessionConfig;
  /** Error, playlist or load state changed: render again. */
  changed(): void;
  /** A failure, or a wait it retries (`fatal: false`), to announce as an `error` event. */
  report(error: PlayerError): void;
  /** Audio tracks or renditions changed. */
  tracks(): void;
  /** Autoplay had to mute to be allowed. */
  mute(): void;
  /** The source loaded into an engine (Cast may start following now). */
  loaded(): void;
}

/**
 * One source's playback on the local video: resolves the source, picks and loads the engine,
 * starts analytics, autoplays, and retries a stream that is not live yet (`412`) with backoff.
 * The element drives it from its update cycle (`prepare` before rendering, `rendered` after)
 * and from `play()`; `destroy()` ends everything it started.
 */
export class PlaybackSession {
  readonly audioTracks = new TrackList<PlayerAudioTrack>((track) => track.enabled);
  readonly renditions = new RenditionList((id) => this.selectRendition(id));
  #error: PlayerError | null = null;
  #playlist: PlaylistInfo | undefined;
  #source: ResolvedSource = { status: 'empty' };
  #engine: PlaybackEngine | undefined;
  #engineReady: Promise<void> | undefined;
  #analytics: AnalyticsMonitor | undefined;
  #playRequested = false;
  #loadPending = false;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #notLiveAttempts = 0;
  #retryingNotLive = false;
  #destroyed = false;
  #prepared = false;
  readonly #host: SessionHost;

  constructor(host: SessionHost) {
    this.#host = host;
  }

  /** The current error, or one being retried (`fatal: false`); null while healthy. */
  get error(): PlayerError | null {
    return this.#error;
  }
  get playlist(): PlaylistInfo | undefined {
    return this.#playlist;
  }
  get source(): ResolvedSource {
    return this.#source;
  }
  get destroyed(): boolean {
    return this.#destroyed;
  }
  /** False until the current source is resolved, and again after `reload()`. */
  get prepared(): boolean {
    return this.#prepared;
  }
  get autoRendition(): boolean {
    return this.#engine?.autoRendition ?? true;
  }
  get liveEdge(): number {
    return this.#engine?.liveEdge ?? NaN;
  }
  /** The program date time (ms since the epoch) of the frame on screen, or NaN. */
  get playingDate(): number {
    return this.#engine?.playingDate ?? NaN;
  }
  /** Stops playback for good with `error` (a live stream that never came back); `reload()` starts again. */
  giveUp(error: PlayerError): void {
    // The engine may have reached the same end first (a live playlist that stopped changing).
    if (this.#error?.fatal) return;
    this.#stopEngine();
    this.#fail(error);
  }
  selectAudioTrack(id: string): void {
    this.#engine?.selectAudioTrack(id);
  }
  selectRendition(id: string): void {
    this.#engine?.selectRendition(id);
  }

  /** Tears down what plays and resolves the source now, so a bad input fails in this render. */
  prepare(): void {
    this.#teardown();
    if (!this.#retryingNotLive) this.#notLiveAttempts = 0;
    this.#retryingNotLive = false;
    this.#error = null;
    this.#playlist = undefined;
    this.#source = resolveSource(this.#host.config().inputs, loadedTokenCheck());
    if (this.#source.status === 'checking') {
      void loadTokenCheck().then(() => {
        if (this.#source.status === 'checking' && !this.#destroyed) this.reload();
      });
    }
    if (this.#source.status === 'invalid') this.#fail(this.#source.error);
    if (this.#source.status === 'ready') {
      for (const warning of this.#source.warnings) console.warn(`<video-player> ${warning.message}`);
      // The engine's chunk downloads while the first render runs (A/B: first frame 0.98 ×).
      const { preload, autoplay: mode, preferPlayback } = this.#host.config();
      if ((preload !== 'none' || mode) && typeof document !== 'undefined') {
        const media = this.#host.media() ?? document.createElement('video');
        preloadEngine(chooseEngine(this.#source.kind, preferPlayback, probeCapabilities(media)));
      }
    }
    this.#loadPending = true;
    this.#prepared = true;
  }

  /** Loads the current source again from the start, at the host's next update. */
  reload(): void {
    this.#prepared = false;
    this.#host.changed();
  }

  /** After a render: the `<video>` exists, so a prepared source starts (unless it waits for play). */
  rendered(preloadChanged: boolean): void {
    const { preload, autoplay: mode } = this.#host.config();
    if (this.#loadPending) {
      this.#loadPending = false;
      if (preload !== 'none' || this.#playRequested || mode) this.#start();
    } else if (preloadChanged && preload !== 'none') {
      this.#start();
      // `metadata` → `auto`: the engine lets go of its first-segment hold.
      if (preload === 'auto' || preload === '') this.#engine?.startLoading();
    }
  }

  /** Resolves once the current source can play on the local video; throws for an invalid one. */
  async readyToPlay(): Promise<void> {
    this.#playRequested = true;
    if (this.#source.status === 'checking') {
      await loadTokenCheck();
      // Unless the host's update resolved it meanwhile.
      if (!this.#prepared || this.source.status === 'checking') this.prepare();
    }
    if (this.#source.status === 'invalid') {
      throw new DOMException(this.#source.error.message, 'NotSupportedError');
    }
    this.#start();
    // Wait for the engine that is current once loading ends: a reload may replace it meanwhile.
    let ready: Promise<void> | undefined;
    while (this.#engineReady && ready !== this.#engineReady) {
      ready = this.#engineReady;
      await ready;
    }
    this.#engine?.startLoading();
    await this.#engine?.startable();
  }

  /** A non-fatal error cleared (e.g. the network came back). */
  recovered(): void {
    this.#error = null;
    this.#host.changed();
  }

  destroy(): void {
    this.#destroyed = true;
    this.#teardown();
  }

  #start(): void {
    const media = this.#host.media();
    const source = this.#source;
    if (!media || source.status !== 'ready' || this.#engineReady || this.#destroyed) return;
    const config = this.#host.config();
    const kind = chooseEngine(source.kind, config.preferPlayback, probeCapabilities(media));
    const events = {
      error: (error: PlayerError) => this.#onEngineError(error),
      playlist: (info: PlaylistInfo) => {
        this.#playlist = info;
        this.#host.changed();
      },
      tracks: () => this.#syncTracks(),
      recovered: () => this.recovered(),
    };
    const loading = createEngine(kind, media, events, config.hlsConfig).then(async (engine) => {
      // Torn down (new source, disconnect) while the engine was on its way.
      if (this.#engineReady !== ready) {
        engine.destroy();
        return undefined;
      }
      this.#engine = engine;
      await engine.load({
        url: source.url,
        kind: source.kind,
        startTime: config.startTime,
        deferLoading: config.preload !== 'auto' && config.preload !== '' && !this.#playRequested,
        hideCaptions: config.hideCaptions,
        ...(config.maxReconnectRetries === undefined ? {} : { reconnectRetries: config.maxReconnectRetries }),
        ...(source.drm ? { drm: source.drm } : {}),
      });
      return engine;
    });
    // readyToPlay() waits on this; a failed load is reported below, so it settles either way.
    const ready: Promise<void> = loading.then(
      () => undefined,
      () => undefined,
    );
    this.#engineReady = ready;
    void loading.then(
      (engine) => engine && this.#afterLoad(engine, media),
      (error: unknown) => this.#onEngineError(engineLoadError(error)),
    );
  }

  async #afterLoad(engine: PlaybackEngine, media: HTMLVideoElement): Promise<void> {
    if (engine !== this.#engine) return;
    const analytics = this.#host.config().analytics;
    if (analytics) {
      // Analytics code (and mux-embed with it) loads once a source has: never for a player that does not play.
      const monitor = await import('./analytics.ts')
        .then(({ startAnalytics }) => startAnalytics(media, { ...analytics(), engine: engine.analytics }))
        .catch((error: unknown) => {
          console.warn('<video-player> analytics did not start:', error);
          return undefined;
        });
      if (engine !== this.#engine) monitor?.stop();
      else this.#analytics = monitor;
    }
    if (engine !== this.#engine) return;
    this.#host.loaded();
    const mode = this.#host.config().autoplay;
    if (mode) {
      await autoplay(
        mode,
        () => this.readyToPlay().then(() => media.play()),
        () => this.#host.mute(),
      );
    }
  }

  #syncTracks(): void {
    const engine = this.#engine;
    syncAudioTracks(this.audioTracks, engine?.audioTracks ?? [], (id) => this.selectAudioTrack(id));
    this.renditions.sync(engine?.renditions ?? []);
    this.#host.tracks();
    this.#host.changed();
  }

  #onEngineError(error: PlayerError): void {
    if (error.code === 'NOT_LIVE_YET') {
      this.#retryNotLive(error);
      return;
    }
    if (error.fatal) {
      this.#fail(error);
      return;
    }
    // Waiting on the network is shown; other non-fatal errors are only reported.
    if (error.code === 'NETWORK_OFFLINE') this.#error = error;
    this.#host.report(error);
    this.#host.changed();
  }

  /** `412`: the stream is not live yet. Say so, and try again with backoff. */
  #retryNotLive(error: PlayerError): void {
    const delay = notLiveRetryDelay(this.#notLiveAttempts++);
    const waiting = new PlayerError(error.code, `${error.message}; retrying in ${String(Math.round(delay / 1000))} s`, {
      category: error.category,
      fatal: false,
      context: { ...error.context, retryInMs: delay },
    });
    this.#stopEngine();
    this.#error = waiting;
    this.#host.report(waiting);
    this.#host.changed();
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      this.#retryingNotLive = true;
      this.reload();
    }, delay);
  }

  #fail(error: PlayerError): void {
    this.#error = error;
    console.error(`<video-player> ${error.message}`);
    this.#host.report(error);
    this.#host.changed();
  }

  #stopEngine(): void {
    this.#analytics?.stop();
    this.#analytics = undefined;
    this.#engine?.destroy();
    this.#engine = undefined;
    this.#engineReady = undefined;
  }

  #teardown(): void {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    this.#stopEngine();
    if (this.audioTracks.length || this.renditions.length) this.#syncTracks();
  }
}
