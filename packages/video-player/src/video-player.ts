import { shownTitleOf, type PlayerError, type StreamType } from '@videokit/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { PRELOADS, STREAM_TYPES, type Preload } from './attribute-converters.ts';
import type { MediaState, MediaStateListener } from './controllers/media-state.ts';
import { StreamTypeChangeEvent } from './events.ts';
import { accepted, legacyStreamType, type LegacyStreamType } from './mux-spellings.ts';
import {
  liveLatencyOf,
  liveWindowOf,
  posterOf,
  setTokens,
  streamTypeOf,
  tokensOf,
  type PlayerTokens,
} from './player-inputs.ts';
import { composeParts } from './player-parts.ts';
import { installMuxApi } from './controllers/mux-api-link.ts';
import { MuxApiProperties } from './mux-api-properties.ts';
import { SOURCE_PROPERTIES } from './source-inputs.ts';
import { LOCAL_READS, LocalVideo } from './targets/local-video.ts';
import { routeProperties } from './targets/media-routes.ts';
import { PlaybackTargets } from './targets/playback-targets.ts';
import { hasSlottedPoster, placeholderLayer, posterSlot } from './poster-layers.ts';
import type { Interruption, InterruptionHandle, TargetKind } from './targets/target.ts';
import type { PlayerAudioTrack } from './tracks/audio-track.ts';
import type { RenditionList } from './tracks/rendition-list.ts';
import type { TrackList } from './tracks/track-list.ts';
import { registerThemeOnDemand } from './themes/register-on-demand.ts';
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
 * @slot poster - An image shown until playback starts, instead of the derived poster (Mux Player's slot).
 * @attr default-show-remaining-time - The time display starts on the time left (Mux Player's; a click toggles).
 * @attr volume - Where the volume starts, 0–1, over a saved preference (Mux Player's; read on connection).
 * @attr playbackrate - Where the playback rate starts, over a saved preference (Mux Player's; read on connection).
 * @attr no-muted-pref - A saved mute is not restored (Mux Player's).
 * @attr default-stream-type - The stream type until the playlist says (`on-demand`, `live`; Mux Player's).
 * @attr default-duration - Seconds the time display shows until the media knows its duration (Mux Player's).
 * @attr prefer-cmcd - `query` or `header`: hls.js sends Common Media Client Data, the playback ID as content ID (Mux Player's).
 * @attr max-auto-resolution - The highest rendition hls.js picks by itself, e.g. `720p` (`270p`…`2160p`; a rendition the viewer picks is not capped; Mux Player's).
 * @attr min-preload-segments - Video segments buffered before playback starts, and fetched by `preload="metadata"` (Mux Player's).
 * @attr cap-rendition-to-player-size - `"false"` lets hls.js pick renditions larger than the player (Mux Player's).
 * @attr debug - The analytics SDK logs to the console (Mux Player's).
 * @attr disable-cookies - The analytics SDK sets no cookie (Mux Player's).
 * @attr player-init-time - Epoch milliseconds the page began creating the player, for startup analytics (Mux Player's).
 * @attr player-software-name - The player's name in analytics, for a player built on this one (Mux Player's).
 * @attr player-software-version - Its version in analytics (Mux Player's).
 * @fires error - `PlayerErrorEvent`: `detail` is the `PlayerError`; `detail.fatal` false means it retries;
 * `detail.mediaCode` is the `MediaError`-style number (1–5, 100) that Mux Player's `code` holds.
 * @fires streamtypechange - The stream type changed (`on-demand`, `live`).
 * @fires themechange - The `theme`'s styles were applied (built-in themes load on first use).
 * @fires trackschange - Audio tracks or renditions were listed or changed selection (`audioTracks` also
 * fires `change`, `addtrack` and `removetrack` on itself; `renditions` `change`, `addrendition`, `removerendition`).
 * @fires chapterchange - The chapter at the playhead changed (`detail`: `{ startTime, endTime, value }`); see `addChapters()`.
 * @fires cuepointchange - A cue point was reached (`detail`: `{ time, value }`); see `addCuePoints()`.
 * @fires targetlivewindowchange - `targetLiveWindow` changed (`detail`: its value), as Mux Player fires it.
 * @fires play-request - And the other `*-request` events (`MediaRequestEvent`): what a control asked for.
 * @csspart video - The `<video>`.
 * @csspart placeholder - The placeholder image shown until the poster loads.
 * @csspart error - The error overlay (message, details, retry).
 * @csspart controls-layer - Everything over the video.
 * @csspart control-bar - The bottom bar.
 * @csspart time-range - The time slider with its buffered and played bars.
 * @csspart time-slider - The time slider's range input.
 * @csspart preview - The storyboard preview over the time slider.
 * @csspart volume - The mute button and volume slider together.
 * @csspart volume-range - The volume slider.
 * @csspart time-display - Current time and duration (or remaining time).
 * @csspart live-button - Live indicator; seeks to the live edge.
 * @csspart live-waiting - The notice while a live stream has stopped arriving.
 * @csspart menu - The open menu (captions, caption style, audio, quality, playback).
 * @csspart title - The title over the video.
 * @csspart loading - The loading indicator.
 * @csspart center-play-button - The big play button in the middle.
 * @csspart shortcuts - The keyboard shortcuts overlay.
 * @csspart chapter-mark - A chapter's start on the time slider (after `addChapters()`).
 * @csspart preview-chapter - The chapter's title in the time slider's preview.
 * @csspart play-button - Play or pause. Each control also has Mux Player's part names (`bottom play button`, `bottom rendition button`, `center play button`, `control-bar bottom`, `top title display`, …).
 * @csspart seek-backward-button - Back by `backward-seek-offset`.
 * @csspart seek-forward-button - Forward by `forward-seek-offset`.
 * @csspart mute-button - Mute or unmute.
 * @csspart captions-button - Opens the captions menu.
 * @csspart audio-button - Opens the audio track menu.
 * @csspart quality-button - Opens the quality menu.
 * @csspart rate-button - Opens the playback menu (speed, loop).
 * @csspart pip-button - Picture in picture.
 * @csspart airplay-button - AirPlay (Safari).
 * @csspart fullscreen-button - Fullscreen.
 * @csspart retry-button - Retry in the error overlay.
 * @csspart cast-button - The Cast button.
 * @cssproperty --video-player-primary-color - Icons and text (also `primary-color`).
 * @cssproperty --video-player-secondary-color - Menu and bar backgrounds (also `secondary-color`).
 * @cssproperty --video-player-accent-color - Progress and focus ring (also `accent-color`).
 * @cssproperty --video-player-preview-width - Width of the storyboard preview over the time slider.
 * @cssproperty --play-button - `none` hides that control; likewise `--seek-backward-button`,
 * `--seek-forward-button`, `--mute-button`, `--volume-range`, `--time-range`, `--time-display`,
 * `--captions-button`, `--audio-track-button`, `--rendition-button`, `--playback-rate-button`,
 * `--pip-button`, `--airplay-button`, `--fullscreen-button`, `--live-button`, `--cast-button`,
 * `--center-play-button`, `--title-display`; and Mux Player's names (`--bottom-play-button`, …,
 * `--rendition-menu-button`, …, `--bottom-controls`, `--center-controls`, `--top-title-display`).
 * @cssproperty --video-player-aspect-ratio - Aspect ratio of the player box (default 16 / 9).
 * @cssproperty --video-player-object-fit - How the video fits the box (default contain; also Mux Player's `--media-object-fit`).
 * @cssproperty --media-object-position - Where the video sits in the box (Mux Player's name; default center).
 * @cssproperty --controls - `none` hides the control bar and the centre play button (Mux Player's name).
 * @cssproperty --controls-backdrop-color - The control bar's background (Mux Player's name; default a dark gradient).
 */
export class VideoPlayer extends MuxApiProperties {
  static override styles = videoPlayerStyles;
  /** `registerTheme` for pages without imports: `customElements.get('video-player').registerTheme(name, css)`. */
  static registerTheme = registerThemeOnDemand;

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
    const { playlist } = this.#parts.playback.session;
    return streamTypeOf(this.#explicitStreamType, playlist, this.getAttribute('default-stream-type'));
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
   * seeking waits, and the controls describe the interruption and stay usable over it.
   */
  interrupt(interruption: Interruption): InterruptionHandle {
    void import('./controls/interruption.ts').then((m) => m.interrupted(this, this.#parts.controls, interruption));
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
  static {
    const routes = (keys: readonly string[], to: (player: VideoPlayer) => object): void =>
      routeProperties(this.prototype, keys, to);
    routes(['currentTime', 'volume', 'duration'], (player) => player.#targets.content);
    routes(['paused'], (player) => player.#targets.active);
    routes(['playbackRate', 'defaultPlaybackRate'], (player) => player.#local);
    routes(Object.keys(LOCAL_READS), (player) => player.#local.reads);
    installMuxApi(this.prototype, (player) => player.#parts.muxApi);
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
    const media = this.renderRoot.querySelector<HTMLVideoElement>('video[part~="video"]');
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
    const poster = hasSlottedPoster(this) ? undefined : this.poster;
    return html`
      ${placeholderLayer(this)}
      <video
        part="video media-layer layer"
        style=${styleMap(this.#parts.controls.videoStyle())}
        ?loop=${this.loop}
        preload=${this.preload}
        poster=${poster ?? nothing}
        playsinline
        crossorigin=${this.crossOrigin ?? 'anonymous'}
      ></video>
      ${posterSlot(this, this.#parts.store.state.started)}
      ${this.#parts.controls.render((t) => this.#parts.cast.renderButton(t))}
      <slot></slot>
    `;
  }
}
