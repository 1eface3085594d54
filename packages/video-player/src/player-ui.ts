import type { PlayerError, StreamType } from '@videokit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { styleMap } from 'lit/directives/style-map.js';
import { ActivityController } from './controllers/activity.ts';
import { hotkeyAction, parseHotkeyBlocklist, targetHandlesKey } from './controllers/hotkeys.ts';
import { captionTracks, MediaStateController, type MediaState } from './controllers/media-state.ts';
import {
  airplayButton,
  fullscreenButton,
  liveButton,
  pipButton,
  playButton,
  seekButtons,
  timeDisplay,
  volumeControls,
} from './controls/buttons.ts';
import { captionCss, DEFAULT_CAPTION_STYLE, type CaptionStyle } from './controls/caption-style.ts';
import type { ControlsContext, MenuName, StoryboardSource } from './controls/context.ts';
import { menuButton } from './controls/menu.ts';
import { openMenu, rateLabel, trackLabel } from './controls/menus.ts';
import { centerPlay, errorOverlay, loading, shortcutsHelp } from './controls/overlays.ts';
import { TimeSlider } from './controls/time-slider.ts';
import type { AudioTrackInfo, RenditionInfo } from './engines/engine.ts';
import { ENGLISH, loadLocale, spokenTime, t, type Locale } from './i18n/index.ts';
import { MediaSurface } from './media-surface.ts';
import { readPreferences, savePreferences, type Preferences } from './preferences.ts';
import { MediaRequestEvent, REQUEST_TYPES, type MediaRequests, type MediaRequestType } from './requests.ts';

const DEFAULT_RATES = [0.5, 0.75, 1, 1.25, 1.5, 2];
const DOUBLE_TAP_MS = 300;

const ratesConverter = {
  fromAttribute: (value: string | null): number[] => {
    const rates = (value ?? '')
      .split(/[\s,]+/)
      .map(Number)
      .filter((rate) => rate > 0);
    return rates.length ? rates : DEFAULT_RATES;
  },
};

/**
 * The player's controls, keyboard, announcements, locale and preferences. Controls render from
 * one `MediaState` and send request events; this class handles them through the element's own
 * media API, so it is the only place where the UI acts on playback.
 */
export abstract class PlayerUI extends MediaSurface {
  /** Seconds the forward button, `l` and → skip. */
  @property({ attribute: 'forward-seek-offset', type: Number }) forwardSeekOffset = 10;
  /** Seconds the back button, `j` and ← skip. */
  @property({ attribute: 'backward-seek-offset', type: Number }) backwardSeekOffset = 10;
  /** Speeds the playback-rate menu offers: `"0.5 1 1.5 2"`. */
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
  /** Audio-only layout: a control bar, no picture. */
  @property({ type: Boolean, reflect: true }) audio = false;
  /** The id of an element to make fullscreen instead of the player (an ancestor with overlays). */
  @property({ attribute: 'fullscreen-element' }) fullscreenElement?: string;
  /** Storyboard metadata for the time slider's previews (default: derived from `playback-id`). */
  @property({ attribute: 'storyboard-src' }) storyboardSrc?: string;
  /** Keep nothing in localStorage: no volume, captions, caption style or speed across visits. */
  @property({ attribute: 'no-preferences', type: Boolean }) noPreferences = false;
  @property({ attribute: 'no-volume-preference', type: Boolean }) noVolumePreference = false;
  @property({ attribute: 'no-captions-preference', type: Boolean }) noCaptionsPreference = false;
  @property({ attribute: 'no-rate-preference', type: Boolean }) noRatePreference = false;

  @property({ attribute: 'title' }) private titleAttribute?: string;
  @property({ attribute: 'lang' }) private langAttribute?: string;
  @state() private locale: Locale = ENGLISH;
  @state() private menu: MenuName | null = null;
  @state() private announcement = '';
  @state() private help = false;
  @state() private showRemaining = false;
  @state() private captionStyle: CaptionStyle = DEFAULT_CAPTION_STYLE;

  abstract readonly audioTracks: readonly AudioTrackInfo[];
  abstract readonly renditions: readonly RenditionInfo[];
  abstract readonly autoRendition: boolean;
  abstract readonly liveEdge: number;
  abstract readonly liveStalled: boolean;
  abstract readonly error: PlayerError | null;
  abstract get streamType(): StreamType;
  abstract get targetLiveWindow(): number;
  abstract muted: boolean;
  abstract play(): Promise<void>;
  abstract load(): void;
  abstract seekToLive(): void;
  abstract selectAudioTrack(id: string): void;
  abstract selectRendition(id: string): void;
  /** Where the time slider's storyboard comes from, or undefined for none. */
  protected abstract storyboardSource(): StoryboardSource | undefined;

  readonly #state = new MediaStateController(this, () => this.media);
  readonly #activity = new ActivityController(this, () => this.#canIdle());
  readonly #slider = new TimeSlider(this);
  #listeners: AbortController | undefined;
  #prefs: Preferences | undefined;
  #localeTag: string | undefined;
  #captionsRestored = false;
  #menuOpened = false;
  #returnFocus: MenuName | null = null;
  #tap: { time: number; wasIdle: boolean } | undefined;
  #mouse = false;

  constructor() {
    super();
    this.addController({ hostUpdate: () => this.#beforeRender(), hostUpdated: () => this.#afterRender() });
  }

  /** The state the controls render from. */
  get mediaState(): MediaState {
    return this.#state.state;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listeners = new AbortController();
    const { signal } = this.#listeners;
    for (const type of REQUEST_TYPES) {
      this.addEventListener(
        type,
        (event) => {
          if (event instanceof MediaRequestEvent) this.#handle(event as MediaRequestEvent);
        },
        { signal },
      );
    }
    this.addEventListener('keydown', (event) => this.#onKeydown(event), { signal });
    if (!this.#prefs) this.#restorePreferences();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listeners?.abort();
  }

  /** Sends a request as a control would. */
  #send<K extends MediaRequestType>(type: K, detail: MediaRequests[K]): void {
    this.renderRoot.dispatchEvent(new MediaRequestEvent(type, detail));
  }

  #t = (key: Parameters<typeof t>[1], values?: Record<string, string | number>): string => t(this.locale, key, values);

  #announce(message: string): void {
    // The same words twice still count as a change for the live region.
    this.announcement = message === this.announcement ? `${message}\u00a0` : message;
  }

  #canIdle(): boolean {
    const active = this.shadowRoot?.activeElement;
    return !this.audio && !this.paused && !this.menu && !this.help && !active?.matches(':focus-visible');
  }

  #preference(kind: 'volume' | 'captions' | 'rate'): boolean {
    if (this.noPreferences) return false;
    return !(kind === 'volume'
      ? this.noVolumePreference
      : kind === 'rate'
        ? this.noRatePreference
        : this.noCaptionsPreference);
  }

  #save(kind: 'volume' | 'captions' | 'rate', change: Preferences): void {
    if (this.#preference(kind)) savePreferences(change);
  }

  #restorePreferences(): void {
    const prefs = (this.#prefs = this.noPreferences ? {} : readPreferences());
    if (this.#preference('volume')) {
      if (prefs.volume !== undefined) this.volume = prefs.volume;
      if (prefs.muted !== undefined && !this.hasAttribute('muted') && !this.hasAttribute('autoplay'))
        this.muted = prefs.muted;
    }
    if (this.#preference('rate') && prefs.rate) this.defaultPlaybackRate = this.playbackRate = prefs.rate;
    if (this.#preference('captions') && prefs.captionStyle)
      this.captionStyle = { ...DEFAULT_CAPTION_STYLE, ...prefs.captionStyle };
  }

  #beforeRender(): void {
    const tag =
      [this.langAttribute, this.closest('[lang]')?.getAttribute('lang'), document.documentElement.lang].find(Boolean) ??
      'en';
    if (tag !== this.#localeTag) {
      this.#localeTag = tag;
      void loadLocale(tag).then((locale) => {
        if (this.#localeTag === tag) this.locale = locale;
      });
    }
    // A saved captions choice applies once the stream lists its tracks and can play.
    const tracks = this.#state.state.textTracks;
    if (!tracks.length) this.#captionsRestored = false;
    else if (!this.#captionsRestored && this.readyState >= 3) {
      this.#captionsRestored = true;
      const language = this.#preference('captions') ? this.#prefs?.captions : undefined;
      if (language !== undefined) {
        this.#selectTextTrack(tracks.findIndex((track) => track.language === language));
      }
    }
  }

  #afterRender(): void {
    if (this.menu && !this.#menuOpened) {
      const menu = this.renderRoot.querySelector('.menu');
      (menu?.querySelector<HTMLElement>('[aria-checked=true]') ?? menu?.querySelector<HTMLElement>('button'))?.focus();
    }
    this.#menuOpened = !!this.menu;
    if (this.#returnFocus) {
      this.renderRoot
        .querySelector<HTMLElement>(`[data-menu=${this.#returnFocus === 'style' ? 'captions' : this.#returnFocus}]`)
        ?.focus();
      this.#returnFocus = null;
    }
  }

  #setMenu(menu: MenuName | null, returnFocus = false): void {
    if (returnFocus && this.menu) this.#returnFocus = this.menu;
    this.#menuOpened = this.#menuOpened && !!menu && menu === this.menu;
    this.menu = menu;
  }

  #context(): ControlsContext {
    const s = this.#state.state;
    return {
      host: this,
      s,
      locale: this.locale,
      t: this.#t,
      send: (type, detail) => this.#send(type, detail),
      announce: (message) => this.#announce(message),
      forwardOffset: this.forwardSeekOffset,
      backwardOffset: this.backwardSeekOffset,
      rates: this.playbackRates,
      rtl: this.locale.dir === 'rtl',
      menu: this.menu,
      setMenu: (menu, returnFocus) => this.#setMenu(menu, returnFocus),
      captionStyle: this.captionStyle,
      setCaptionStyle: (style) => {
        this.captionStyle = style;
        this.#save('captions', { captionStyle: style });
      },
      storyboard: this.storyboardSrc ? { src: this.storyboardSrc } : this.storyboardSource(),
      showRemaining: this.showRemaining,
      toggleRemaining: () => (this.showRemaining = !this.showRemaining),
    };
  }

  /** Everything over the video: the controls layer. */
  protected renderControls(castButton: unknown = nothing): TemplateResult {
    const ctx = this.#context();
    const { s } = ctx;
    const title = this.videoTitle ?? this.titleAttribute;
    const colors: Record<string, string | undefined> = {
      '--video-player-primary-color': this.primaryColor,
      '--video-player-secondary-color': this.secondaryColor,
      '--video-player-accent-color': this.accentColor,
      ...captionCss(this.captionStyle),
    };
    const classes = {
      ui: true,
      idle: this.#activity.idle,
      paused: s.paused,
      live: s.live,
      started: s.started,
    };
    return html`<div
      class=${classMap(classes)}
      part="controls-layer"
      role="region"
      aria-label=${title ?? (this.audio ? ctx.t('audioPlayer') : ctx.t('player'))}
      dir=${this.locale.dir}
      lang=${this.locale.lang}
      style=${styleMap(colors)}
      tabindex="-1"
      @pointerdown=${(event: PointerEvent) => this.#closeMenuOutside(event)}
    >
      <div
        class="gesture"
        @pointerdown=${() => (this.#tap = { time: this.#tap?.time ?? 0, wasIdle: this.#activity.idle })}
        @pointerup=${(event: PointerEvent) => this.#onTap(event, ctx)}
        @dblclick=${() => {
          if (this.#mouse) this.#send('fullscreen-request', !s.fullscreen);
        }}
      ></div>
      ${title ? html`<div class="title" part="title">${title}</div>` : nothing} ${loading(ctx)} ${centerPlay(ctx)}
      ${errorOverlay(ctx)}
      <div class="bar" part="control-bar">
        ${this.#slider.render(ctx)}
        <div class="row">
          ${playButton(ctx)} ${seekButtons(ctx)} ${volumeControls(ctx)} ${timeDisplay(ctx)} ${liveButton(ctx)}
          <span class="spacer"></span>
          <slot name="controls"></slot>
          ${s.textTracks.length ? menuButton(ctx, 'captions', 'captions', ctx.t('captions')) : nothing}
          ${s.audioTracks.length > 1 ? menuButton(ctx, 'audio', 'audio', ctx.t('audioTrack')) : nothing}
          ${s.renditions.length > 1 ? menuButton(ctx, 'quality', 'quality', ctx.t('quality')) : nothing}
          ${s.live && !s.dvr ? nothing : menuButton(ctx, 'rate', 'rate', ctx.t('rate'))} ${pipButton(ctx)}
          ${airplayButton(ctx)}
          <slot name="cast-button">${castButton}</slot>
          ${fullscreenButton(ctx)}
        </div>
      </div>
      ${openMenu(ctx)} ${this.help ? shortcutsHelp(ctx, () => this.#closeHelp()) : nothing}
      <div class="sr" role="status">${this.announcement}</div>
    </div>`;
  }

  #closeHelp(): void {
    this.help = false;
    this.renderRoot.querySelector<HTMLElement>('.ui')?.focus();
  }

  #closeMenuOutside(event: PointerEvent): void {
    if (!this.menu) return;
    const inside = event.composedPath().some((node) => node instanceof Element && node.matches('.menu, .menu-button'));
    if (!inside) this.#setMenu(null);
  }

  /** Mouse: click toggles play. Touch: tap toggles the controls; a double tap on a side seeks. */
  #onTap(event: PointerEvent, ctx: ControlsContext): void {
    const tap = this.#tap;
    this.renderRoot.querySelector<HTMLElement>('.ui')?.focus({ preventScroll: true });
    this.#mouse = event.pointerType === 'mouse';
    if (this.#mouse) {
      if (event.button === 0) this.#send(ctx.s.paused ? 'play-request' : 'pause-request', undefined);
      return;
    }
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const side = (event.clientX - rect.left) / rect.width;
    if (tap && event.timeStamp - tap.time < DOUBLE_TAP_MS && (side < 1 / 3 || side > 2 / 3)) {
      const forward = side > 2 / 3 !== ctx.rtl;
      if (!ctx.s.live || ctx.s.dvr) {
        this.#send('seek-request', ctx.s.time + (forward ? ctx.forwardOffset : -ctx.backwardOffset));
      }
      this.#activity.wake();
      this.#tap = undefined;
      return;
    }
    this.#tap = { time: event.timeStamp, wasIdle: tap?.wasIdle ?? false };
    if (tap?.wasIdle) this.#activity.wake();
    else this.#activity.sleep();
  }

  #onKeydown(event: KeyboardEvent): void {
    if (this.nohotkeys || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (targetHandlesKey(event)) return;
    const s = this.#state.state;
    const action = hotkeyAction(event, {
      blocked: parseHotkeyBlocklist(this.hotkeys),
      forwardOffset: this.forwardSeekOffset,
      backwardOffset: this.backwardSeekOffset,
      seekable: !s.live || s.dvr,
      rtl: this.locale.dir === 'rtl',
    });
    if (!action) return;
    event.preventDefault();
    switch (action.action) {
      case 'toggle-play':
        return this.#send(s.paused ? 'play-request' : 'pause-request', undefined);
      case 'toggle-mute':
        return this.#send('mute-request', !s.muted);
      case 'toggle-fullscreen':
        return this.#send('fullscreen-request', !s.fullscreen);
      case 'toggle-captions': {
        const showing = s.textTracks.some((track) => track.showing);
        const preferred = [this.#prefs?.captions, this.locale.lang, navigator.language.split('-')[0]];
        const index = Math.max(
          0,
          s.textTracks.findIndex((track) => preferred.includes(track.language)),
        );
        return this.#send('select-text-track-request', showing ? -1 : index);
      }
      case 'seek':
        return this.#send('seek-request', s.time + action.by);
      case 'jump':
        return this.#send('seek-request', s.seekable[0] + action.to * (s.seekable[1] - s.seekable[0]));
      case 'volume':
        return this.#send('volume-request', Math.min(1, Math.max(0, Math.round((s.volume + action.by) * 100) / 100)));
      case 'rate': {
        const rates = this.playbackRates;
        const current = rates.findIndex((rate) => rate >= s.rate - 0.01);
        const next = rates[Math.min(rates.length - 1, Math.max(0, (current < 0 ? rates.length : current) + action.by))];
        return next ? this.#send('rate-request', next) : undefined;
      }
      case 'help':
        this.help = !this.help;
        if (this.help)
          void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.help .close')?.focus());
    }
  }

  #selectTextTrack(index: number): void {
    captionTracks(this.textTracks).forEach((track, i) => {
      track.mode = i === index ? 'showing' : 'disabled';
    });
  }

  /** The one place requests act on playback, through the element's own media API. */
  #handle(event: MediaRequestEvent): void {
    const s = this.#state.state;
    const media = this.media;
    const fromSlider = event.composedPath()[0] instanceof HTMLInputElement;
    switch (event.type) {
      case 'play-request':
        this.play().catch(() => undefined);
        return this.#announce(this.#t('playing'));
      case 'pause-request':
        this.pause();
        return this.#announce(this.#t('paused'));
      case 'seek-request': {
        // An ad layer marks the player while an ad plays: no seeking through the break.
        if (this.hasAttribute('ad-playing')) return;
        const [min, max] = s.seekable;
        const to = Math.min(max, Math.max(min, event.detail as number));
        this.currentTime = to;
        if (!fromSlider) this.#announce(this.#t('seekedTo', { time: spokenTime(to, this.locale.lang) }));
        return;
      }
      case 'seek-to-live-request':
        this.seekToLive();
        if (this.paused) this.play().catch(() => undefined);
        return this.#announce(this.#t('atLive'));
      case 'volume-request': {
        const volume = event.detail as number;
        this.volume = volume;
        if (volume > 0 && this.muted) this.#setMuted(false);
        return this.#save('volume', { volume, muted: this.muted });
      }
      case 'mute-request': {
        const muted = event.detail as boolean;
        if (!muted && this.volume === 0) this.volume = 0.5;
        this.#setMuted(muted);
        this.#announce(
          this.#t(muted ? 'mutedState' : 'volume') + (muted ? '' : ` ${String(Math.round(this.volume * 100))}%`),
        );
        return this.#save('volume', { volume: this.volume, muted });
      }
      case 'rate-request': {
        const rate = event.detail as number;
        this.playbackRate = this.defaultPlaybackRate = rate;
        this.#announce(this.#t('rateChanged', { label: rateLabel(this.#context(), rate) }));
        return this.#save('rate', { rate });
      }
      case 'select-text-track-request': {
        const index = event.detail as number;
        this.#selectTextTrack(index);
        const track = s.textTracks[index];
        this.#announce(
          track
            ? this.#t('captionsOn', { label: trackLabel(this.#context(), track) })
            : `${this.#t('captions')}: ${this.#t('captionsOff')}`,
        );
        return this.#save('captions', { captions: track?.language ?? '' });
      }
      case 'select-audio-track-request': {
        this.selectAudioTrack(event.detail as string);
        const track = s.audioTracks.find((audio) => audio.id === event.detail);
        if (track) this.#announce(this.#t('audioChanged', { label: trackLabel(this.#context(), track) }));
        return;
      }
      case 'select-rendition-request': {
        const id = event.detail as string;
        this.selectRendition(id);
        const rendition = s.renditions.find((r) => r.id === id);
        this.#announce(
          this.#t('qualityChanged', { label: rendition ? `${String(rendition.height)}p` : this.#t('auto') }),
        );
        return this.requestUpdate();
      }
      case 'fullscreen-request':
        if (!event.detail) {
          if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
          return;
        }
        return void this.#fullscreenTarget()
          .requestFullscreen()
          .catch(() => undefined);
      case 'pip-request':
        if (!event.detail) void document.exitPictureInPicture().catch(() => undefined);
        else void media?.requestPictureInPicture().catch(() => undefined);
        return;
      case 'airplay-request':
        return (
          media as { webkitShowPlaybackTargetPicker?: () => void } | undefined
        )?.webkitShowPlaybackTargetPicker?.();
      case 'retry-request':
        return this.load();
    }
  }

  #setMuted(muted: boolean): void {
    this.muted = muted;
    if (this.media) this.media.muted = muted;
  }

  #fullscreenTarget(): Element {
    const id = this.fullscreenElement;
    const root = this.getRootNode() as Document | ShadowRoot;
    return (id ? root.getElementById(id) : null) ?? this;
  }
}
