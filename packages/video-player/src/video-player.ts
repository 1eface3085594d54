import { shownTitleOf, type PlayerError, type StreamType } from '@videokit/core';
import type { HlsConfig } from 'hls.js';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import {
  autoplayConverter,
  choiceConverter,
  DEFAULT_RATES,
  PRELOADS,
  queryConverter,
  ratesConverter,
  STREAM_TYPES,
  type Preload,
} from './attribute-converters.ts';
import type { MediaState, MediaStateListener } from './controllers/media-state.ts';
import type { PreferPlayback } from './engines/choose-engine.ts';
import { StreamTypeChangeEvent } from './events.ts';
import {
  liveLatencyOf,
  liveWindowOf,
  posterOf,
  setTokens,
  streamTypeOf,
  tokensOf,
  type PlayerTokens,
} from './player-inputs.ts';
import {
  accepted,
  ATTRIBUTE_ALIASES,
  legacyStreamType,
  PROPERTY_ALIASES,
  type LegacyStreamType,
} from './mux-spellings.ts';
import { composeParts } from './player-parts.ts';
import { installMuxApi } from './controllers/mux-api-link.ts';
import type { ActiveChapter, ActiveCuePoint, Chapter, CuePoint } from './controllers/mux-extras.ts';
import { DEFAULT_RECONNECT_RETRIES } from './controllers/live-stall-link.ts';
import { SOURCE_PROPERTIES } from './source-inputs.ts';
import { LOCAL_READS, LocalVideo } from './targets/local-video.ts';
import { PlaybackTargets } from './targets/playback-targets.ts';
import type { Interruption, InterruptionHandle, TargetKind } from './targets/target.ts';
import type { PlayerAudioTrack } from './tracks/audio-track.ts';
import type { RenditionList } from './tracks/rendition-list.ts';
import type { TrackList } from './tracks/track-list.ts';
import { videoPlayerStyles } from './video-player.styles.ts';

export type { PlayerTokens } from './player-inputs.ts';

/**
 * Plays a playback ID (or a `src`) from the platform: hls.js where MediaSource exists (loaded
 * only when a source is set), the browser's own HLS elsewhere, with tokens, playback
 * modifiers, live and DVR, captions, audio tracks and analytics.
 *
 * @summary A video player for the platform's playback IDs.
 * @slot - Content over the video and the controls (overlays).
 * @slot controls - Custom controls, in the control bar before the menus.
 * @slot cast-button - The Cast button (default: the player's own, when `cast-receiver` is set).
 * @fires error - `PlayerErrorEvent`: `detail` is the `PlayerError`; `detail.fatal` false means it retries;
 * `detail.mediaCode` is the `MediaError`-style number (1–5, 100) that Mux Player's `code` holds.
 * @fires streamtypechange - The stream type changed (`on-demand`, `live`).
 * @fires themechange - The `theme`'s styles were applied (built-in themes load on first use).
 * @fires trackschange - Audio tracks or renditions were listed or changed selection (`audioTracks` also
 * fires `change`, `addtrack` and `removetrack` on itself; `renditions` `change`, `addrendition`, `removerendition`).
 * @fires chapterchange - The chapter at the playhead changed (`detail`: `{ startTime, endTime, value }`); see `addChapters()`.
 * @fires cuepointchange - A cue point was reached (`detail`: `{ time, value }`); see `addCuePoints()`.
 * @fires targetlivewindowchange - `targetLiveWindow` changed (`detail`: its value), as Mux Player fires it.
 * @csspart video - The `<video>`.
 * @csspart placeholder - The placeholder image shown until the poster loads.
 * @fires play-request - And the other `*-request` events (`MediaRequestEvent`): what a control asked for.
 * @csspart error - The error overlay (message, details, retry).
 * @csspart controls-layer - Everything over the video.
 * @csspart control-bar - The bottom bar; `time-range`, `time-slider`, `preview`, `volume`, `volume-range`,
 * `time-display`, `live-button`, `menu`, `title`, `loading`, `center-play-button`, `shortcuts`, `chapter-mark`,
 * `preview-chapter` and
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
export class VideoPlayer extends LitElement {
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
  /** Extra query parameters for the playlist URL: a query string or an object (reads back as an object). */
  @property({ attribute: 'extra-source-params', converter: queryConverter }) extraSourceParams?:
    string | Record<string, string | number | boolean>;
  /** No `redundant_streams=true` (CDN failover) on public playback IDs' playlist URLs. */
  @property({ attribute: 'no-redundant-streams', type: Boolean }) noRedundantStreams = false;
  /** Shown until the poster has loaded (typically a small data: URL). */
  @property() placeholder?: string;
  /** Seconds into the video for the default poster. */
  @property({ attribute: 'thumbnail-time', type: Number }) thumbnailTime?: number;
  /** Seconds to start playback at. */
  @property({ attribute: 'start-time', type: Number }) startTime?: number;
  /** `mse` (hls.js) or `native` (the browser's HLS) where both exist. */
  @property({ attribute: 'prefer-playback', converter: choiceConverter('prefer-playback', ['mse', 'native']) })
  preferPlayback?: PreferPlayback;
  /** `true`/`""`, `"muted"` or `"any"` (try with sound, fall back to muted). */
  @property({ converter: autoplayConverter }) autoplay: string | boolean = false;
  /** Starts again at the end. */
  @property({ type: Boolean }) loop = false;
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

  /** Seconds the forward button, `l` and → skip. */
  @property({ attribute: 'forward-seek-offset', type: Number }) forwardSeekOffset = 10;
  /** Seconds the back button, `j` and ← skip. */
  @property({ attribute: 'backward-seek-offset', type: Number }) backwardSeekOffset = 10;
  /** Speeds the playback-rate menu offers: `"0.5 1 1.5 2"` (also as Mux Player's `playbackrates`). */
  @property({ attribute: 'playback-rates', converter: ratesConverter }) playbackRates = DEFAULT_RATES;
  /** Turns every keyboard shortcut off (Space too). */
  @property({ type: Boolean }) nohotkeys = false;
  /** Shortcuts to turn off: `"noarrowleft noarrowright nof"`. */
  @property() hotkeys?: string;
  /** Shown over the video (top), and names the player for assistive technology. */
  @property({ attribute: 'video-title' }) videoTitle?: string;
  /** Where the control colours come from; CSS custom properties do the same. */
  @property({ attribute: 'primary-color' }) primaryColor?: string;
  @property({ attribute: 'secondary-color' }) secondaryColor?: string;
  @property({ attribute: 'accent-color' }) accentColor?: string;
  /**
   * The controls' look: `default`, `classic`, `minimal`, `microvideo`, or a name given to
   * `registerTheme()`. Built-in themes load on first use; switching at runtime restyles.
   */
  @property({ reflect: true }) theme?: string;
  /** Audio-only layout: a control bar, no picture. */
  @property({ type: Boolean, reflect: true }) audio = false;
  /** The id of an element to make fullscreen instead of the player (an ancestor with overlays). */
  @property({ attribute: 'fullscreen-element' }) fullscreenElement?: string;
  /** Storyboard metadata for the time slider's previews (default: derived from `playback-id`). */
  @property({ attribute: 'storyboard-src' }) storyboardSrc?: string;
  /** Keep nothing in localStorage: no volume, captions, caption style or speed across visits. */
  @property({ attribute: 'no-preferences', type: Boolean }) noPreferences = false;
  /** Volume and mute are not kept (also as Mux Player's `no-volume-pref` and `noVolumePref`). */
  @property({ attribute: 'no-volume-preference', type: Boolean }) noVolumePreference = false;
  @property({ attribute: 'no-captions-preference', type: Boolean }) noCaptionsPreference = false;
  @property({ attribute: 'no-rate-preference', type: Boolean }) noRatePreference = false;

  @property({ attribute: 'title' }) private titleAttribute?: string;
  @property({ attribute: 'lang' }) private langAttribute?: string;

  #explicitStreamType: StreamType | undefined;
  #preload: Preload = 'metadata';
  #poster: string | undefined;
  #explicitLiveWindow: number | undefined;
  #announcedStreamType: StreamType = 'unknown';
  readonly #local = new LocalVideo();
  readonly #targets = new PlaybackTargets(this.#local, () => this.requestUpdate());
  readonly #parts = composeParts(this, {
    targets: this.#targets,
    lang: () => this.langAttribute,
    title: () => shownTitleOf({ 'video-title': this.videoTitle, title: this.titleAttribute }),
  });

  /** Starts (and stays) muted. Follows whoever plays: the local video or a Cast receiver. */
  @property({ type: Boolean, reflect: true })
  get muted(): boolean {
    return this.#targets.content.muted;
  }
  set muted(muted: boolean) {
    const old = this.muted;
    this.#local.muted = muted;
    this.#targets.content.muted = muted;
    this.requestUpdate('muted', old);
  }

  /** `none` requests nothing before play; `metadata` (default) loads the start only; `auto` (also `""`) buffers. */
  @property()
  get preload(): Preload {
    return this.#preload;
  }
  set preload(value: Preload | '' | null | undefined) {
    const old = this.#preload;
    this.#preload = value === '' ? 'auto' : value && accepted('preload', value, PRELOADS) ? value : 'metadata';
    this.requestUpdate('preload', old);
  }

  /** Poster image URL; reads back the one shown (by default the playback ID's thumbnail at `thumbnail-time`). */
  @property()
  get poster(): string | undefined {
    return posterOf(this.#poster, this, this.#parts.playback.session.source);
  }
  set poster(value: string | null | undefined) {
    const old = this.#poster;
    this.#poster = value ?? undefined;
    this.requestUpdate('poster', old);
  }

  /** Tokens per use; the same values as the `*-token` attributes. */
  get tokens(): PlayerTokens {
    return tokensOf(this);
  }
  set tokens(tokens: PlayerTokens | undefined) {
    setTokens(this, tokens);
  }

  /**
   * `stream-type` when set, else what the playlist says (`unknown` until it loads). Mux Player's
   * `ll-live`, `live:dvr` and `ll-live:dvr` mean `live` (with DVR for `:dvr`), with a deprecation warning.
   */
  @property({ attribute: 'stream-type' })
  get streamType(): StreamType {
    return streamTypeOf(this.#explicitStreamType, this.#parts.playback.session.playlist);
  }
  set streamType(value: StreamType | LegacyStreamType | null | undefined) {
    const old = this.streamType;
    const legacy = value ? legacyStreamType(value) : undefined;
    if (legacy?.dvr && this.#explicitLiveWindow === undefined) this.targetLiveWindow = Infinity;
    this.#explicitStreamType = legacy
      ? 'live'
      : value && accepted('stream-type', value, STREAM_TYPES)
        ? (value as StreamType)
        : undefined;
    this.requestUpdate('streamType', old);
  }

  /** Reconnect attempts (6 s each) a stalled live stream gets before `LIVE_STREAM_DISCONNECTED`; 10 waits a minute. */
  @property({ attribute: 'max-reconnect-retries', type: Number }) maxReconnectRetries = DEFAULT_RECONNECT_RETRIES;

  /** Seconds of DVR window: 0 for live without DVR, Infinity with DVR, NaN on demand. */
  @property({ attribute: 'target-live-window', type: Number })
  get targetLiveWindow(): number {
    const playlist = this.#parts.playback.session.playlist;
    return liveWindowOf(this.#explicitLiveWindow, this.#explicitStreamType, playlist);
  }
  set targetLiveWindow(value: number | null | undefined) {
    const old = this.targetLiveWindow;
    this.#explicitLiveWindow = value == null || Number.isNaN(value) ? undefined : value;
    this.requestUpdate('targetLiveWindow', old);
  }

  /** The current error, or one being retried (`fatal: false`); null while healthy. */
  get error(): PlayerError | null {
    return this.#parts.playback.session.error;
  }

  /** The state the controls render from. */
  get mediaState(): MediaState {
    return this.#parts.store.state;
  }

  /** Calls `listener` with every new `mediaState` (for custom controls); returns the unsubscribe. */
  subscribe(listener: MediaStateListener): () => void {
    return this.#parts.store.subscribe(listener);
  }

  /** Who plays now: `local`, `cast`, or `interruption` (an ad break). */
  get playbackTarget(): TargetKind {
    return this.#targets.kind;
  }

  /**
   * Hands `play()`, `pause()` and `paused` to an interruption such as an ad break, until the
   * returned handle's `end()`. The content pauses now and stays paused until played again;
   * seeking waits, and the controls describe the interruption.
   */
  interrupt(interruption: Interruption): InterruptionHandle {
    return this.#targets.interrupt(interruption);
  }

  /** The stream's audio tracks, a live list like a `<video>`'s `audioTracks` (setting `enabled` selects). */
  get audioTracks(): TrackList<PlayerAudioTrack> {
    return this.#parts.playback.session.audioTracks;
  }

  selectAudioTrack(id: string): void {
    this.#parts.playback.session.selectAudioTrack(id);
  }

  /**
   * The video renditions (hls.js only), a live list; `selected` marks a pinned one, and
   * `selectedIndex` is its index (-1: adaptive). Fires `addrendition`, `removerendition`, `change`.
   */
  get renditions(): RenditionList {
    return this.#parts.playback.session.renditions;
  }
  /** `renditions` under the name media controllers (Media Chrome) and Mux Player use. */
  get videoRenditions(): RenditionList {
    return this.renditions;
  }

  /** Pins one rendition by id, or `'auto'` for adaptive selection. */
  selectRendition(id: string): void {
    this.#parts.playback.session.selectRendition(id);
  }
  get autoRendition(): boolean {
    return this.#parts.playback.session.autoRendition;
  }

  /** The live edge in media seconds, or NaN when not live. */
  get liveEdge(): number {
    return this.#parts.playback.session.liveEdge;
  }

  /** Seconds since the frame on screen was captured (its program date time); NaN without one. */
  get liveLatency(): number {
    return liveLatencyOf(this.streamType, this.#parts.playback.session.playingDate);
  }

  /** A live stream that has stopped arriving (the encoder went away); clears when it resumes. */
  get liveStalled(): boolean {
    return this.#parts.liveStall.stalled;
  }

  seekToLive(): void {
    const edge = this.liveEdge;
    if (Number.isFinite(edge)) this.currentTime = edge;
  }

  async play(): Promise<void> {
    if (this.#targets.kind !== 'local') return this.#targets.active.play();
    // A pending source change or reconnection resolves (and tears down) first.
    await this.updateComplete;
    await this.#parts.playback.session.readyToPlay();
    return this.#local.play();
  }

  pause(): void {
    this.#targets.active.pause();
  }

  /** Loads the current source again from the start. */
  load(): void {
    this.#parts.playback.session.reload();
  }

  // The HTMLMediaElement API, routed by one rule per group (installed in the static block):
  // time, volume and duration follow the content (the local video, or a Cast receiver while
  // casting); `paused` follows whoever plays (an interruption first); the rest is the local video's.
  declare currentTime: number;
  declare volume: number;
  declare readonly duration: number;
  declare readonly paused: boolean;
  declare playbackRate: number;
  declare defaultPlaybackRate: number;
  declare readonly ended: boolean;
  declare readonly seeking: boolean;
  declare readonly buffered: TimeRanges;
  declare readonly seekable: TimeRanges;
  declare readonly played: TimeRanges;
  declare readonly readyState: number;
  declare readonly networkState: number;
  declare readonly videoWidth: number;
  declare readonly videoHeight: number;
  declare readonly currentSrc: string;
  declare readonly textTracks: TextTrackList | undefined;
  /** Mux Player's name for `noVolumePreference`. */
  declare noVolumePref: boolean;
  /** Adds a text track as a `<track>` in the video (captions start off, others hidden); Mux Player's. */
  declare addTextTrack: (kind: TextTrackKind, label: string, lang?: string, id?: string) => TextTrack | undefined;
  /** Removes a track `addTextTrack` added; Mux Player's. */
  declare removeTextTrack: (track: TextTrack) => void;
  /** Playback has started at least once for this source. */
  declare readonly hasPlayed: boolean;
  /** Adds chapters `{ startTime, endTime?, value }` (loads on first use); resolves to their track. */
  declare addChapters: (chapters: readonly Chapter[]) => Promise<TextTrack>;
  /** Adds cue points `{ time, value }` (any JSON value; loads on first use); resolves to their track. */
  declare addCuePoints: (cuePoints: readonly CuePoint[]) => Promise<TextTrack>;
  /** The date of media time 0, from the program date time (an invalid date without one). */
  declare getStartDate: () => Date;
  /** The chapter at the playhead, if any. */
  declare readonly activeChapter: ActiveChapter | undefined;
  /** The last cue point reached, if any. */
  declare readonly activeCuePoint: ActiveCuePoint | undefined;
  /** The chapters added, in order. */
  declare readonly chapters: ActiveChapter[];
  /** The cue points added, in order. */
  declare readonly cuePoints: ActiveCuePoint[];
  /** The program date time of the frame on screen (an invalid date without one). */
  declare readonly currentPdt: Date;
  /** Media time where the live edge begins (seekable end less 3 target durations, or 2 part targets); NaN unless live. */
  declare readonly liveEdgeStart: number;
  /** Playing a live stream at its edge (not behind `liveEdgeStart`). */
  declare readonly inLiveWindow: boolean;
  static {
    const route = (keys: readonly string[], to: (player: VideoPlayer) => object, as?: string): void => {
      for (const key of keys) {
        Object.defineProperty(this.prototype, key, {
          get(this: VideoPlayer): unknown {
            return Reflect.get(to(this), as ?? key) as unknown;
          },
          set(this: VideoPlayer, value: unknown) {
            Reflect.set(to(this), as ?? key, value);
          },
        });
      }
    };
    route(['currentTime', 'volume', 'duration'], (player) => player.#targets.content);
    route(['paused'], (player) => player.#targets.active);
    route(['playbackRate', 'defaultPlaybackRate'], (player) => player.#local);
    route(Object.keys(LOCAL_READS), (player) => player.#local.reads);
    for (const [alias, name] of Object.entries(PROPERTY_ALIASES)) route([alias], (player) => player, name);
    installMuxApi(this.prototype, (player) => player.#parts.muxApi);
  }

  /** Mux Player's attribute names are heard as this element's own. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...Object.keys(ATTRIBUTE_ALIASES)];
  }
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(ATTRIBUTE_ALIASES[name] ?? name, old, value);
  }
  canPlayType(type: string): CanPlayTypeResult {
    return this.#local.media?.canPlayType(type) ?? '';
  }
  requestPictureInPicture(): Promise<PictureInPictureWindow> {
    return this.#local.requestPictureInPicture();
  }
  /** AirPlay's device picker (Safari). */
  webkitShowPlaybackTargetPicker(): void {
    this.#local.showPlaybackTargetPicker();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#local.detach();
  }

  /** A new source is resolved before rendering, so its error state renders in the same update. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const sourceChanged = [...changed.keys()].some((key) => SOURCE_PROPERTIES.has(key));
    if (sourceChanged || !this.#parts.playback.session.prepared) this.#parts.playback.session.prepare();
  }

  /** Engines start after rendering: they need the rendered `<video>`. */
  protected override updated(changed: PropertyValues<this>): void {
    // A query, not the `ref` directive: this runs once per render and keeps Lit's async directives out of the bundle.
    const media = this.renderRoot.querySelector<HTMLVideoElement>('video[part="video"]');
    if (media && !this.#local.attached) this.#local.attach(media, this, this.#targets);
    if (this.streamType !== this.#announcedStreamType) {
      this.#announcedStreamType = this.streamType;
      this.dispatchEvent(new StreamTypeChangeEvent(this.streamType));
    }
    this.#parts.playback.session.rendered(changed.has('preload'));
    if (changed.has('theme') && this.shadowRoot && (this.theme || changed.get('theme'))) {
      const { shadowRoot, theme } = this;
      void import('./themes/load.ts').then((themes) =>
        themes.applyTheme(this, shadowRoot, VideoPlayer.elementStyles, theme?.trim() ? theme.trim() : 'default'),
      );
    }
  }

  protected override render(): unknown {
    const poster = this.poster;
    const placeholder = this.placeholder ? { backgroundImage: `url("${this.placeholder}")` } : {};
    return html`
      <div part="placeholder" class="placeholder" style=${styleMap(placeholder)}></div>
      <video
        part="video"
        style=${styleMap(this.#parts.controls.videoStyle())}
        ?loop=${this.loop}
        preload=${this.preload}
        poster=${poster ?? nothing}
        playsinline
        crossorigin="anonymous"
      ></video>
      ${this.#parts.controls.render((t) => this.#parts.cast.renderButton(t))}
      <slot></slot>
    `;
  }
}
