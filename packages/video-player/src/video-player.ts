import { defaultBeaconDomain, PlayerError, targetLiveWindow, type PlaylistInfo, type StreamType } from '@videokit/core';
import { StoryboardPreview } from '@videokit/storyboard-preview';
import type { HlsConfig } from 'hls.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { startAnalytics, type AnalyticsMonitor } from './analytics.ts';
import { autoplay, parseAutoplay } from './autoplay.ts';
import { chooseEngine, probeCapabilities, type PreferPlayback } from './engines/choose-engine.ts';
import type { AudioTrackInfo, EngineEvents, PlaybackEngine, RenditionInfo } from './engines/engine.ts';
import { createEngine } from './engines/create-engine.ts';
import { PlayerErrorEvent, StreamTypeChangeEvent, TracksChangeEvent } from './events.ts';
import type { CastMedia } from './cast/load-request.ts';
import { CastLink } from './cast-link.ts';
import type { StoryboardSource } from './controls/context.ts';
import { MEDIA_EVENTS, type RemoteMedia } from './media-surface.ts';
import { engineLoadError, missingDrmToken } from './media-error.ts';
import { collectMetadata } from './metadata.ts';
import { PlayerUI } from './player-ui.ts';
import { notLiveRetryDelay } from './retry-schedule.ts';
import { SOURCE_PROPERTIES, sourceInputsOf } from './source-inputs.ts';
import { derivedPoster, resolveSource, type ResolvedSource, type SourceInputs } from './source.ts';
import { PLAYER_NAME, PLAYER_VERSION } from './version.ts';
import { videoPlayerStyles } from './video-player.styles.ts';

/** Tokens per use, as the `tokens` property takes them. */
export interface PlayerTokens {
  playback?: string;
  drm?: string;
  thumbnail?: string;
  storyboard?: string;
}

const autoplayConverter = {
  fromAttribute: (value: string | null): string | boolean => (value === null ? false : value || true),
  toAttribute: (value: string | boolean): string | null => (value === false ? null : value === true ? '' : value),
};

/**
 * Plays a playback ID (or a `src`) from the platform: hls.js where MediaSource exists (loaded
 * only when a source is set), the browser's own HLS elsewhere, with tokens, playback
 * modifiers, live and DVR, captions, audio tracks and analytics.
 *
 * @summary A video player for the platform's playback IDs.
 * @slot - Content over the video and the controls (overlays).
 * @slot controls - Custom controls, in the control bar before the menus.
 * @slot cast-button - The Cast button (default: the player's own, when `cast-receiver` is set).
 * @fires error - `PlayerErrorEvent`: `detail` is the `PlayerError`; `detail.fatal` false means it retries.
 * @fires streamtypechange - The stream type changed (`on-demand`, `live`).
 * @fires trackschange - Audio tracks or renditions were listed or changed selection.
 * @csspart video - The `<video>`.
 * @csspart placeholder - The placeholder image shown until the poster loads.
 * @fires play-request - And the other `*-request` events (`MediaRequestEvent`): what a control asked for.
 * @csspart error - The error overlay (message, details, retry).
 * @csspart controls-layer - Everything over the video.
 * @csspart control-bar - The bottom bar; `time-range`, `time-slider`, `preview`, `volume`, `volume-range`,
 * `time-display`, `live-button`, `menu`, `title`, `loading`, `center-play-button`, `shortcuts` and
 * `<name>-button` (play, seek-backward, seek-forward, mute, captions, audio, quality, rate, pip, airplay,
 * fullscreen, retry) name the controls.
 * @cssproperty --video-player-primary-color - Icons and text (also `primary-color`).
 * @cssproperty --video-player-secondary-color - Menu and bar backgrounds (also `secondary-color`).
 * @cssproperty --video-player-accent-color - Progress and focus ring (also `accent-color`).
 * @cssproperty --video-player-preview-width - Width of the storyboard preview over the time slider.
 * @cssproperty --play-button - `none` hides that control; likewise `--seek-backward-button`,
 * `--seek-forward-button`, `--mute-button`, `--volume-range`, `--time-range`, `--time-display`,
 * `--captions-button`, `--audio-track-button`, `--rendition-button`, `--playback-rate-button`,
 * `--pip-button`, `--airplay-button`, `--fullscreen-button`, `--live-button`, `--center-play-button`,
 * `--title-display`.
 * @cssproperty --video-player-aspect-ratio - Aspect ratio of the player box (default 16 / 9).
 * @cssproperty --video-player-object-fit - How the video fits the box (default contain).
 */
export class VideoPlayer extends PlayerUI {
  static override styles = videoPlayerStyles;

  /** The platform playback ID to play (not the asset ID). */
  @property({ attribute: 'playback-id' }) playbackId?: string;
  /** A media URL to play instead of a playback ID (HLS or MP4). */
  @property() src?: string;
  /** The platform domain (default `mux.com`); a `localhost` domain uses `http:`. */
  @property({ attribute: 'custom-domain' }) customDomain?: string;
  /** JWT for a signed playback ID (`aud: "v"`); modifiers then belong in its claims. */
  @property({ attribute: 'playback-token' }) playbackToken?: string;
  /** JWT for DRM licences (`aud: "d"`); turns DRM on. */
  @property({ attribute: 'drm-token' }) drmToken?: string;
  /** JWT for the poster thumbnail of a signed ID (`aud: "t"`). */
  @property({ attribute: 'thumbnail-token' }) thumbnailToken?: string;
  /** JWT for timeline previews of a signed ID (`aud: "s"`). */
  @property({ attribute: 'storyboard-token' }) storyboardToken?: string;

  /** Highest rendition to offer: `270p`…`2160p`. */
  @property({ attribute: 'max-resolution' }) maxResolution?: string;
  /** Lowest rendition to offer: `270p`…`2160p`. */
  @property({ attribute: 'min-resolution' }) minResolution?: string;
  /** `desc` lists renditions highest first. */
  @property({ attribute: 'rendition-order' }) renditionOrder?: string;
  /** BCP 47 language whose subtitles start selected (closest match). */
  @property({ attribute: 'default-subtitles-lang' }) defaultSubtitlesLang?: string;
  /** Instant clip: seconds into the asset to start. */
  @property({ attribute: 'asset-start-time' }) assetStartTime?: string | number;
  /** Instant clip: seconds into the asset to end. */
  @property({ attribute: 'asset-end-time' }) assetEndTime?: string | number;
  /** Live clip: epoch seconds of the program start. */
  @property({ attribute: 'program-start-time' }) programStartTime?: string | number;
  /** Live clip: epoch seconds of the program end. */
  @property({ attribute: 'program-end-time' }) programEndTime?: string | number;
  /** Extra query parameters for the playlist URL: a query string or an object. */
  @property({ attribute: 'extra-source-params' }) extraSourceParams?:
    string | Record<string, string | number | boolean>;

  /** Poster image URL (default: the playback ID's thumbnail at `thumbnail-time`). */
  @property() poster?: string;
  /** Shown until the poster has loaded (typically a small data: URL). */
  @property() placeholder?: string;
  /** Seconds into the video for the default poster. */
  @property({ attribute: 'thumbnail-time', type: Number }) thumbnailTime?: number;
  /** Seconds to start playback at. */
  @property({ attribute: 'start-time', type: Number }) startTime?: number;
  /** `mse` (hls.js) or `native` (the browser's HLS) where both exist. */
  @property({ attribute: 'prefer-playback' }) preferPlayback?: PreferPlayback;
  /** `true`/`""`, `"muted"` or `"any"` (try with sound, fall back to muted). */
  @property({ converter: autoplayConverter }) autoplay: string | boolean = false;
  /** Starts (and stays) muted. */
  @property({ type: Boolean, reflect: true }) muted = false;
  /** Starts again at the end. */
  @property({ type: Boolean }) loop = false;
  /** `none` requests nothing before play; `metadata` loads the start only; `auto` buffers. */
  @property() preload: 'none' | 'metadata' | 'auto' | '' = 'metadata';
  /** Select the default subtitles without showing them. */
  @property({ attribute: 'default-hidden-captions', type: Boolean }) defaultHiddenCaptions = false;

  /** Analytics environment key (`mux-embed`). */
  @property({ attribute: 'env-key' }) envKey?: string;
  /** No analytics: `mux-embed` is never loaded. */
  @property({ attribute: 'disable-tracking', type: Boolean }) disableTracking = false;
  /** Where analytics beacons go instead of the platform's collector. */
  @property({ attribute: 'beacon-collection-domain' }) beaconCollectionDomain?: string;
  /** Analytics metadata with snake_case keys; wins over `metadata-*` attributes. */
  @property({ attribute: false }) metadata?: Record<string, unknown>;
  /** hls.js configuration overrides, applied over the player's tuned defaults. */
  @property({ attribute: false }) hlsConfig?: Partial<HlsConfig>;

  /** Turns Cast on: the receiver app ID, or empty for the default media receiver. */
  @property({ attribute: 'cast-receiver' }) castReceiver?: string;
  /** Where the Cast sender framework loads from (default: Google's). */
  @property({ attribute: 'cast-sdk-src' }) castSdkSrc?: string;
  /** Merged into the Cast `LoadRequest`'s `customData`, beside `mux.playbackId` and the DRM token. */
  @property({ attribute: false }) castCustomData?: Record<string, unknown>;

  @state() private playerError: PlayerError | null = null;
  @state() private playlist: PlaylistInfo | undefined;

  #explicitStreamType: StreamType | undefined;
  #explicitLiveWindow: number | undefined;
  #announcedStreamType: StreamType = 'unknown';
  readonly #video = createRef<HTMLVideoElement>();
  #engine: PlaybackEngine | undefined;
  readonly #cast = new CastLink(this, {
    castMedia: () => this.#castMedia(),
    setRemote: (remote, resume) => this.#setRemote(remote, resume),
  });
  #engineReady: Promise<void> | undefined;
  #analytics: AnalyticsMonitor | undefined;
  #source: ResolvedSource = { status: 'empty' };
  #playRequested = false;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #notLiveAttempts = 0;
  #needsReload = false;
  #loadPending = false;
  #retryingNotLive = false;
  #mediaListeners: AbortController | undefined;
  readonly #initTime = Date.now();

  protected override get media(): HTMLVideoElement | undefined {
    return this.#video.value;
  }

  /** Tokens per use; the same values as the `*-token` attributes. */
  get tokens(): PlayerTokens {
    return {
      playback: this.playbackToken,
      drm: this.drmToken,
      thumbnail: this.thumbnailToken,
      storyboard: this.storyboardToken,
    };
  }
  set tokens(tokens: PlayerTokens | undefined) {
    this.playbackToken = tokens?.playback;
    this.drmToken = tokens?.drm;
    this.thumbnailToken = tokens?.thumbnail;
    this.storyboardToken = tokens?.storyboard;
  }

  /** `stream-type` when set, else what the playlist says (`unknown` until it loads). */
  @property({ attribute: 'stream-type' })
  get streamType(): StreamType {
    return this.#explicitStreamType ?? this.playlist?.streamType ?? 'unknown';
  }
  set streamType(value: StreamType | undefined) {
    const old = this.streamType;
    this.#explicitStreamType = value ?? undefined;
    this.requestUpdate('streamType', old);
  }

  /** Seconds of DVR window: 0 for live without DVR, Infinity with DVR, NaN on demand. */
  @property({ attribute: 'target-live-window', type: Number })
  get targetLiveWindow(): number {
    if (this.#explicitLiveWindow !== undefined) return this.#explicitLiveWindow;
    if (this.#explicitStreamType === 'live' && !this.playlist) return 0;
    return this.playlist ? targetLiveWindow(this.playlist) : NaN;
  }
  set targetLiveWindow(value: number | undefined) {
    const old = this.targetLiveWindow;
    this.#explicitLiveWindow = value === undefined || Number.isNaN(value) ? undefined : value;
    this.requestUpdate('targetLiveWindow', old);
  }

  /** The current error, or one being retried (`fatal: false`); null while healthy. */
  get error(): PlayerError | null {
    return this.playerError;
  }

  get audioTracks(): readonly AudioTrackInfo[] {
    return this.#engine?.audioTracks ?? [];
  }

  selectAudioTrack(id: string): void {
    this.#engine?.selectAudioTrack(id);
  }

  get renditions(): readonly RenditionInfo[] {
    return this.#engine?.renditions ?? [];
  }

  /** Pins one rendition by id, or `'auto'` for adaptive selection. */
  selectRendition(id: string): void {
    this.#engine?.selectRendition(id);
  }

  get autoRendition(): boolean {
    return this.#engine?.autoRendition ?? true;
  }

  /** The live edge in media seconds, or NaN when not live. */
  get liveEdge(): number {
    return this.#engine?.liveEdge ?? NaN;
  }

  seekToLive(): void {
    const edge = this.liveEdge;
    if (Number.isFinite(edge)) this.currentTime = edge;
  }

  async play(): Promise<void> {
    if (this.remote) return this.remote.play();
    this.#playRequested = true;
    // A pending source change or reconnection resolves (and tears down) first.
    await this.updateComplete;
    if (this.#source.status === 'invalid') {
      throw new DOMException(this.#source.error.message, 'NotSupportedError');
    }
    if (!this.#engineReady) this.#startEngine();
    // Wait for the engine that is current once loading ends: a reload may replace it meanwhile.
    let ready: Promise<void> | undefined;
    while (this.#engineReady && ready !== this.#engineReady) {
      ready = this.#engineReady;
      await ready;
    }
    this.#engine?.startLoading();
    const media = this.media;
    if (!media) throw new DOMException('<video-player> is not connected to a document', 'InvalidStateError');
    return media.play();
  }

  /** Loads the current source again from the start. */
  load(): void {
    this.#needsReload = true;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    // The time slider renders `<storyboard-preview>`, so the player works without `define` too.
    if (!customElements.get('storyboard-preview')) customElements.define('storyboard-preview', StoryboardPreview);
    super.connectedCallback();
    // Re-attached after a removal: the engine was destroyed, so load again.
    if (this.#needsReload) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cast.stop();
    this.#teardown();
    this.#mediaListeners?.abort();
    this.#mediaListeners = undefined;
    this.#needsReload = true;
  }

  protected override firstUpdated(): void {
    const media = this.media;
    if (media) this.applyPendingMediaState(media);
  }

  /** A new source is resolved before rendering, so its error state renders in the same update. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const sourceChanged = [...changed.keys()].some((key) => SOURCE_PROPERTIES.has(key));
    if (!sourceChanged && !this.#needsReload) return;
    this.#needsReload = false;
    this.#prepareLoad();
    this.#loadPending = true;
  }

  /** Engines start after rendering: they need the rendered `<video>`. */
  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('muted') && this.remote) this.remote.muted = this.muted;
    const media = this.media;
    if (media && !this.#mediaListeners) this.#forwardMediaEvents(media);
    if (this.streamType !== this.#announcedStreamType) {
      this.#announcedStreamType = this.streamType;
      this.dispatchEvent(new StreamTypeChangeEvent(this.streamType));
    }
    if (this.#loadPending) {
      this.#loadPending = false;
      const waitForPlay = this.preload === 'none' && !this.#playRequested && !parseAutoplay(this.#autoplayValue());
      if (!waitForPlay) this.#startEngine();
    } else if (changed.has('preload') && this.preload !== 'none' && !this.#engineReady) {
      this.#startEngine();
    } else if (changed.has('preload') && (this.preload === 'auto' || this.preload === '')) {
      this.#engine?.startLoading();
    }
  }

  protected override render(): unknown {
    const poster = this.#posterUrl();
    const placeholder = this.placeholder ? { backgroundImage: `url("${this.placeholder}")` } : {};
    return html`
      <div part="placeholder" class="placeholder" style=${styleMap(placeholder)}></div>
      <video
        ${ref(this.#video)}
        part="video"
        .muted=${this.muted}
        ?loop=${this.loop}
        preload=${this.preload || 'auto'}
        poster=${poster ?? nothing}
        playsinline
        crossorigin="anonymous"
      ></video>
      ${this.renderControls(this.#cast.renderButton())}
      <slot></slot>
    `;
  }

  /** Storyboards exist for on-demand playback IDs; a signed ID needs its own storyboard token. */
  protected storyboardSource(): StoryboardSource | undefined {
    if (!this.playbackId || this.src || (this.playbackToken && !this.storyboardToken)) return undefined;
    const text = (value: string | number | undefined): string | undefined =>
      value === undefined || value === '' ? undefined : String(value);
    return {
      playbackId: this.playbackId,
      customDomain: this.customDomain,
      token: this.storyboardToken,
      assetStartTime: text(this.assetStartTime),
      assetEndTime: text(this.assetEndTime),
    };
  }

  #sourceInputs(): SourceInputs {
    return sourceInputsOf(this);
  }

  #posterUrl(): string | undefined {
    if (this.poster !== undefined) return this.poster || undefined;
    // An invalid source has already said what is wrong; no second message for its poster.
    // An audio-only player has no picture to preview (and its assets have no thumbnails).
    if (this.src || this.audio || this.#source.status === 'invalid') return undefined;
    const { url, problem } = derivedPoster(this.#sourceInputs());
    if (problem) console.warn(`<video-player> no poster: ${problem.message}`);
    return url;
  }

  /** Tears down whatever plays now and resolves the current source, failing early on bad input. */
  #prepareLoad(): void {
    this.#teardown();
    if (!this.#retryingNotLive) this.#notLiveAttempts = 0;
    this.#retryingNotLive = false;
    this.playerError = null;
    this.playlist = undefined;
    this.#source = resolveSource(this.#sourceInputs());
    if (this.#source.status === 'invalid') this.#fail(this.#source.error);
    if (this.#source.status === 'ready') {
      for (const warning of this.#source.warnings) console.warn(`<video-player> ${warning.message}`);
    }
  }

  #startEngine(): void {
    const media = this.media;
    const source = this.#source;
    if (!media || source.status !== 'ready' || this.#engineReady) return;
    const events: EngineEvents = {
      error: (error) => this.#onEngineError(error),
      playlist: (info) => (this.playlist = info),
      tracks: () => this.dispatchEvent(new TracksChangeEvent()),
      recovered: () => (this.playerError = null),
    };
    const kind = chooseEngine(source.kind, this.preferPlayback, probeCapabilities(media));
    const loading = createEngine(kind, media, events, this.hlsConfig).then(async (engine) => {
      // Torn down (new source, disconnect) while the engine was on its way.
      if (this.#engineReady !== ready) {
        engine.destroy();
        return undefined;
      }
      this.#engine = engine;
      await engine.load({
        url: source.url,
        kind: source.kind,
        startTime: this.startTime,
        deferLoading: this.preload !== 'auto' && this.preload !== '' && !this.#playRequested,
        hideCaptions: this.defaultHiddenCaptions,
        ...(source.drm ? { drm: source.drm } : {}),
      });
      return engine;
    });
    // play() waits on this; a failed load is reported below, so it settles either way.
    const ready: Promise<void> = loading.then(
      () => undefined,
      () => undefined,
    );
    this.#engineReady = ready;
    void loading.then(
      (engine) => engine && this.#afterLoad(engine),
      (error: unknown) => this.#onEngineError(engineLoadError(error)),
    );
  }

  async #afterLoad(engine: PlaybackEngine): Promise<void> {
    const media = this.media;
    if (engine !== this.#engine || !media) return;
    if (!this.disableTracking) {
      const monitor = await startAnalytics(media, {
        envKey: this.envKey,
        beaconCollectionDomain: this.beaconCollectionDomain ?? defaultBeaconDomain(this.customDomain),
        metadata: collectMetadata(this, this.metadata),
        playerName: PLAYER_NAME,
        playerVersion: PLAYER_VERSION,
        playerInitTime: this.#initTime,
        hls: engine.hls,
      }).catch((error: unknown) => {
        console.warn('<video-player> analytics did not start:', error);
        return undefined;
      });
      if (engine !== this.#engine) monitor?.stop();
      else this.#analytics = monitor;
    }
    if (this.castReceiver !== undefined) this.#cast.start();
    const mode = parseAutoplay(this.#autoplayValue());
    if (mode && engine === this.#engine) {
      await autoplay(
        mode,
        () => this.play(),
        () => {
          this.muted = true;
          media.muted = true;
        },
      );
    }
  }

  #castMedia(): CastMedia | undefined {
    const source = this.#source;
    if (source.status !== 'ready') return undefined;
    return {
      url: source.url,
      kind: source.kind,
      playbackId: this.playbackId,
      drmToken: source.drm?.token,
      live: this.streamType === 'live',
      currentTime: this.currentTime,
      autoplay: !this.paused,
      title: this.getAttribute('metadata-video-title') ?? (this.title || undefined),
      poster: this.#posterUrl(),
      customData: this.castCustomData,
    };
  }

  /** Casting moves playback to the receiver; when it ends, local playback picks up where it was. */
  #setRemote(remote: RemoteMedia | undefined, resume?: { time: number; playing: boolean }): void {
    const media = this.media;
    this.remote = remote;
    if (!media) return;
    if (remote) {
      media.pause();
      return;
    }
    if (resume) {
      media.currentTime = resume.time;
      if (resume.playing) void media.play().catch(() => undefined);
    }
  }

  #autoplayValue(): string | null {
    if (this.autoplay === false) return null;
    return this.autoplay === true ? '' : this.autoplay;
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
    if (error.code === 'NETWORK_OFFLINE') this.playerError = error;
    this.dispatchEvent(new PlayerErrorEvent(error));
  }

  /** `412`: the stream is not live yet. Say so, and try again with backoff. */
  #retryNotLive(error: PlayerError): void {
    const delay = notLiveRetryDelay(this.#notLiveAttempts++);
    const waiting = new PlayerError(error.code, `${error.message}; retrying in ${String(Math.round(delay / 1000))} s`, {
      category: error.category,
      fatal: false,
      context: { ...error.context, retryInMs: delay },
    });
    this.#engine?.destroy();
    this.#engine = undefined;
    this.#engineReady = undefined;
    this.playerError = waiting;
    this.dispatchEvent(new PlayerErrorEvent(waiting));
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      this.#retryingNotLive = true;
      this.load();
    }, delay);
  }

  #fail(error: PlayerError): void {
    this.playerError = error;
    console.error(`<video-player> ${error.message}`);
    this.dispatchEvent(new PlayerErrorEvent(error));
  }

  #teardown(): void {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    this.#analytics?.stop();
    this.#analytics = undefined;
    this.#engine?.destroy();
    this.#engine = undefined;
    this.#engineReady = undefined;
  }

  #forwardMediaEvents(media: HTMLVideoElement): void {
    const listeners = new AbortController();
    this.#mediaListeners = listeners;
    for (const type of MEDIA_EVENTS) {
      media.addEventListener(type, () => this.dispatchEvent(new Event(type)), { signal: listeners.signal });
    }
    media.addEventListener(
      'encrypted',
      () => {
        if (this.#source.status === 'ready' && !this.#source.drm) this.#fail(missingDrmToken());
      },
      { signal: listeners.signal },
    );
    media.addEventListener(
      'error',
      () => {
        // hls.js reports its own failures; a media error with hls.js attached is already handled.
        if (this.#engine?.name === 'hls.js') return;
        const failure = media.error ?? { code: 0 };
        void import('@videokit/core/error-mapping').then(({ errorFromMediaError }) => {
          this.#fail(errorFromMediaError(failure, { url: media.currentSrc }));
        });
      },
      { signal: listeners.signal },
    );
  }
}
