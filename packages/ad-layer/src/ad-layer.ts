/// <reference types="google_interactive_media_ads_types" preserve="true" />
import { html, LitElement, nothing, render, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { directionOf, fill, languageOf } from '@videokit/core';
import { adLabel, formatCountdown, secondsUntilSkip } from './ad-format.ts';
import { AD_STRINGS } from './strings.ts';
import { MidrollSchedule, parseBreakTimes, type BreakTimes } from './ad-schedule.ts';
import { AdSession, type AdActivity, type AdProgress } from './ad-session.ts';
import { adLayerStyles, adSurfaceStyles } from './ad-layer.styles.ts';
import { ContainerSizeController } from './controllers/container-size.ts';
import {
  AdBreakEndEvent,
  AdBreakStartEvent,
  AdClickEvent,
  AdCompleteEvent,
  AdErrorEvent,
  AdFirstQuartileEvent,
  AdMidpointEvent,
  AdSkipEvent,
  AdStartEvent,
  AdThirdQuartileEvent,
  type AdErrorInfo,
  type AdInfo,
} from './events.ts';
import { PlayerBridge, type ContentPlayer } from './player-bridge.ts';
import { DEFAULT_SDK_SRC, loadImaSdk, SdkBlockedError } from './sdk-loader.ts';

const ACTIVITY_EVENTS: Partial<Record<AdActivity, (ad: AdInfo) => Event>> = {
  start: (ad) => new AdStartEvent(ad),
  firstquartile: (ad) => new AdFirstQuartileEvent(ad),
  midpoint: (ad) => new AdMidpointEvent(ad),
  thirdquartile: (ad) => new AdThirdQuartileEvent(ad),
  complete: (ad) => new AdCompleteEvent(ad),
  skip: (ad) => new AdSkipEvent(ad),
  click: (ad) => new AdClickEvent(ad),
};

const isPlayer = (element: Element | null | undefined): element is ContentPlayer =>
  !!element && typeof (element as Partial<ContentPlayer>).play === 'function' && 'currentTime' in element;

/**
 * Client-side ads (VAST or VMAP) over a `<video-player>` with the Google IMA SDK. The SDK is
 * loaded only when `ad-tag-url` is set; pre-rolls, mid-rolls (VMAP cue points, or
 * `ad-break-times` for a plain VAST tag) and post-rolls pause the content and resume it where it
 * was. Any ad failure, timeout or blocked SDK lets the content play.
 *
 * While a linear ad plays, the player carries `ad-playing` (and `ad-paused`), receives
 * `adstatechange` events, and through the player's `interrupt()` its `play()`, `pause()` and `paused`
 * are the ad's; its mute and volume are the ad's too, and its control bar stays usable over the ad
 * (see ARCHITECTURE.md, "Ads").
 *
 * @summary Client-side ads over the player, with the IMA SDK.
 * @slot - The `<video-player>` (or use `for`).
 * @fires adbreakstart - `AdBreakStartEvent`: content paused for a break.
 * @fires adstart - `AdStartEvent`: an ad started; `ad` has its position, length and skip offset.
 * @fires adfirstquartile - `AdFirstQuartileEvent`
 * @fires admidpoint - `AdMidpointEvent`
 * @fires adthirdquartile - `AdThirdQuartileEvent`
 * @fires adcomplete - `AdCompleteEvent`: an ad played to its end.
 * @fires adskip - `AdSkipEvent`: the viewer skipped an ad.
 * @fires adclick - `AdClickEvent`: the viewer clicked through.
 * @fires adbreakend - `AdBreakEndEvent`: the break ended; content resumes.
 * @fires aderror - `AdErrorEvent`: `detail.kind` is `sdk-blocked`, `timeout`, `load` or `play`; content plays.
 * @cssproperty --ad-layer-z-index - Stacking of the ad surface inside the player (default 10).
 * @cssproperty --ad-layer-badge-color - Background of the "Ad" badge (default #f5c518).
 * @cssproperty --ad-layer-focus-color - Focus ring of the ad buttons (default #fff).
 * @cssproperty --ad-layer-controls-height - Space kept under the ad state for the player's control bar (default 4.5em).
 */
export class AdLayer extends LitElement {
  static override styles = adLayerStyles;

  /** VAST or VMAP ad tag. Without it nothing is loaded. */
  @property({ attribute: 'ad-tag-url' }) adTagUrl?: string;
  /** The IMA SDK script (Google's loader by default). */
  @property({ attribute: 'sdk-src' }) sdkSrc: string = DEFAULT_SDK_SRC;
  /** id of the player when it is not a child of the layer. */
  @property({ attribute: 'for' }) for?: string;
  /** Break times for a plain VAST tag: `start`, seconds (`90`, `1:30`), `end`. Ignored for VMAP. */
  @property({ attribute: 'ad-break-times' }) adBreakTimes?: string;
  /** Milliseconds to wait for the SDK and an ad response before content plays without ads. */
  @property({ attribute: 'ad-timeout', type: Number }) adTimeout = 5000;
  /** A blocked SDK stays silent instead of showing a notice. */
  @property({ attribute: 'allow-ad-blocker', type: Boolean }) allowAdBlocker = false;
  /** Reflects whether a linear ad break is on screen. */
  @property({ attribute: 'ad-playing', type: Boolean, reflect: true }) adPlaying = false;

  @state() private ad: AdInfo | null = null;
  @state() private adPaused = false;
  @state() private remaining = NaN;
  @state() private adTime = 0;
  /** The current ad's length: as it plays, else as the response says. */
  #adDuration = NaN;
  /** A notice over the player (the ads could not load), or none. */
  @state() private notice: 'blocked' | '' = '';

  #player: ContentPlayer | undefined;
  #bridge: PlayerBridge | undefined;
  #surface: HTMLDivElement | undefined;
  #imaContainer: HTMLDivElement | undefined;
  #session: AdSession | undefined;
  #listeners: AbortController | undefined;
  #generation = 0;
  #times: BreakTimes | undefined;
  #midrolls: MidrollSchedule | undefined;
  #phase: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  #adRules = false;
  #contentStarted = false;
  #contentCompleted = false;
  #waiting = false;
  #startWhenLoaded = false;
  #savedTime = NaN;
  #guard: ReturnType<typeof setTimeout> | undefined;
  readonly #size = new ContainerSizeController(this, (size) => this.#session?.resize(size));

  /** The IMA ads manager of the current response, for integrations (analytics, companions). */
  get adsManager(): google.ima.AdsManager | undefined {
    return this.#session?.manager;
  }

  /** The player the ads cover. */
  get player(): ContentPlayer | undefined {
    return this.#player;
  }

  /** Skips the current ad when it is skippable. */
  skipAd(): void {
    this.#session?.skip();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#teardown();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const sourceChanged =
      changed.has('adTagUrl') || changed.has('sdkSrc') || changed.has('for') || changed.has('adBreakTimes');
    if (sourceChanged || !this.#player) this.#connectPlayer(sourceChanged);
    this.#renderSurface();
  }

  protected override render(): unknown {
    return html`<slot @slotchange=${() => this.#connectPlayer(false)}></slot>`;
  }

  #findPlayer(): ContentPlayer | undefined {
    if (this.for) {
      const root = this.getRootNode() as Document | ShadowRoot;
      const found = root.getElementById(this.for);
      return isPlayer(found) ? found : undefined;
    }
    const child = this.querySelector('video-player') ?? this.firstElementChild;
    return isPlayer(child) ? child : undefined;
  }

  #connectPlayer(force: boolean): void {
    const player = this.#findPlayer();
    if (!force && player === this.#player) return;
    this.#teardown();
    if (!player || !this.adTagUrl || !this.isConnected) return;
    this.#player = player;
    this.#bridge = new PlayerBridge(player);
    void this.#setup(player, ++this.#generation);
  }

  async #setup(player: ContentPlayer, generation: number): Promise<void> {
    const { times, invalid } = parseBreakTimes(this.adBreakTimes);
    if (invalid.length)
      console.warn(`<ad-layer> ad-break-times: cannot read ${invalid.join(', ')}; use start, seconds or end`);
    this.#times = this.adBreakTimes ? times : undefined;
    this.#midrolls = this.#times ? new MidrollSchedule(this.#times.midrolls) : undefined;
    this.#listen(player);
    this.#surface = document.createElement('div');
    this.#surface.dataset.adLayer = '';
    this.#surface.attachShadow({ mode: 'open' }).adoptedStyleSheets = [
      adSurfaceStyles.styleSheet ?? new CSSStyleSheet(),
    ];
    this.#imaContainer = document.createElement('div');
    this.#imaContainer.style.cssText = 'position:absolute;inset:0;';
    this.#surface.append(this.#imaContainer);
    player.append(this.#surface);
    this.#size.observe(player);
    this.#renderSurface();
    this.#phase = 'loading';
    try {
      const ima = await loadImaSdk(this.sdkSrc, this.adTimeout);
      if (generation !== this.#generation) return;
      this.#session = new AdSession(ima, this.#imaContainer, player, {
        loaded: (adRules) => this.#loaded(adRules),
        error: (info, fromLoader) => this.#failed(info, fromLoader),
        breakStart: (ad) => this.#breakStart(ad),
        breakEnd: () => this.#breakEnd(),
        activity: (type, ad, progress) => this.#activity(type, ad, progress),
        allComplete: () => undefined,
      });
      if (!this.#times || this.#times.preroll) this.#request();
      else this.#phase = 'ready';
    } catch (error) {
      if (generation !== this.#generation) return;
      const blocked = error instanceof SdkBlockedError;
      this.#failed({ kind: 'sdk-blocked', code: 0, message: blocked ? error.message : String(error) }, true);
      if (!this.allowAdBlocker) this.notice = 'blocked';
    }
  }

  #listen(player: ContentPlayer): void {
    const listeners = new AbortController();
    this.#listeners = listeners;
    const on = (type: string, handler: () => void): void =>
      player.addEventListener(type, handler, { signal: listeners.signal });
    on('play', () => this.#contentPlayed());
    on('timeupdate', () => this.#timeUpdate());
    on('ended', () => this.#contentEnded());
    // The player's mute and volume (its control bar, keys, app code) are the ad's too.
    on('volumechange', () => this.#followVolume());
  }

  #request(): void {
    if (!this.#session || !this.adTagUrl) return;
    this.#phase = 'loading';
    this.#session.request(this.adTagUrl, {
      size: this.#size.size,
      timeoutMs: this.adTimeout,
      muted: this.#player?.hasAttribute('muted') ?? false,
      contentDuration: this.#player?.duration ?? NaN,
    });
  }

  /** A play on the player: the first one starts ads; one during a break goes to the ad instead. */
  #contentPlayed(): void {
    const bridge = this.#bridge;
    if (!bridge) return;
    if (bridge.inAd) {
      bridge.contentPause();
      this.#session?.resume();
      return;
    }
    if (this.#contentStarted) return;
    this.#contentStarted = true;
    this.#session?.initialize();
    if (this.#phase === 'ready' && this.#session?.manager) {
      this.#session.start(this.#size.size);
    } else if (this.#phase === 'loading' && (!this.#times || this.#times.preroll)) {
      // Hold the content until the pre-roll is known, but never longer than ad-timeout.
      this.#waiting = true;
      bridge.contentPause();
      this.#guard = setTimeout(() => {
        this.#failed({ kind: 'timeout', code: 0, message: `no ads within ${String(this.adTimeout)} ms` }, true);
      }, this.adTimeout);
    }
  }

  #timeUpdate(): void {
    const player = this.#player;
    if (!player || !this.#midrolls || this.#bridge?.inAd || this.#phase === 'loading') return;
    if (this.#midrolls.due(player.currentTime) !== null) {
      this.#startWhenLoaded = true;
      this.#request();
    }
  }

  #contentEnded(): void {
    if (this.#bridge?.inAd || this.#contentCompleted) return;
    this.#contentCompleted = true;
    if (this.#times) {
      if (this.#times.postroll && this.#session) {
        this.#startWhenLoaded = true;
        this.#request();
      }
    } else {
      this.#session?.contentComplete();
    }
  }

  #followVolume(): void {
    const player = this.#player;
    if (player && this.#bridge?.inAd) this.#session?.setVolume(player.muted ? 0 : player.volume);
  }

  #loaded(adRules: boolean): void {
    this.#phase = 'ready';
    this.#adRules = adRules;
    if (this.#contentStarted || this.#startWhenLoaded) {
      this.#startWhenLoaded = false;
      this.#session?.start(this.#size.size);
      if (adRules && !this.#session?.manager?.getCuePoints().includes(0)) this.#release();
    }
  }

  #failed(info: AdErrorInfo, fromLoader: boolean): void {
    const inBreak = this.#bridge?.inAd ?? false;
    if (fromLoader) {
      this.#phase = 'failed';
      this.#startWhenLoaded = false;
    }
    this.dispatchEvent(new AdErrorEvent(info, this.ad));
    console.warn(`<ad-layer> ${info.kind} error ${String(info.code)}: ${info.message}; content plays without ads`);
    if (fromLoader) {
      this.#release();
      return;
    }
    // A single VAST response has nothing after its failed ad: end the break here.
    if (!this.#adRules && inBreak) this.#breakEnd();
    else if (!inBreak) this.#release();
  }

  /** Lets held content play (after a failure, or when a VMAP response has no pre-roll). */
  #release(): void {
    clearTimeout(this.#guard);
    this.#guard = undefined;
    if (!this.#waiting) return;
    this.#waiting = false;
    void this.#bridge?.contentPlay().catch(() => undefined);
  }

  #breakStart(ad: AdInfo | null): void {
    const player = this.#player;
    const bridge = this.#bridge;
    if (!player || !bridge) return;
    clearTimeout(this.#guard);
    this.#waiting = false;
    this.#savedTime = this.#contentCompleted ? NaN : player.currentTime;
    bridge.contentPause();
    bridge.enterAd({
      resume: () => this.#session?.resume(),
      pause: () => this.#session?.pause(),
      label: () => AD_STRINGS.strings(languageOf(player)).ad,
    });
    this.adPlaying = true;
    this.ad = ad;
    this.adPaused = false;
    this.dispatchEvent(new AdBreakStartEvent(ad));
  }

  #breakEnd(): void {
    const player = this.#player;
    const bridge = this.#bridge;
    if (!player || !bridge?.inAd) return;
    bridge.exitAd();
    this.adPlaying = false;
    this.ad = null;
    this.remaining = NaN;
    this.adTime = 0;
    this.#adDuration = NaN;
    if (!this.#adRules) this.#phase = 'ready';
    if (Number.isFinite(this.#savedTime) && Math.abs(player.currentTime - this.#savedTime) > 0.5) {
      player.currentTime = this.#savedTime;
    }
    this.dispatchEvent(new AdBreakEndEvent());
    if (!this.#contentCompleted) void bridge.contentPlay().catch(() => undefined);
  }

  #activity(type: AdActivity, ad: AdInfo, progress?: AdProgress): void {
    this.ad = ad;
    if (type === 'pause') this.adPaused = true;
    if (type === 'resume' || type === 'start') this.adPaused = false;
    if (type === 'start') this.#followVolume();
    if (type === 'start' || type === 'progress') {
      this.remaining = this.#session?.remainingTime() ?? NaN;
      // The SDK's progress data is the media's own time and length; until it comes, the response's duration.
      if (type === 'start') this.#adDuration = ad.duration;
      if (progress) this.#adDuration = progress.duration;
      this.adTime =
        progress?.currentTime ??
        (Number.isFinite(this.#adDuration) ? Math.max(0, this.#adDuration - this.remaining) : 0);
    }
    this.#bridge?.update({
      ad,
      paused: this.adPaused,
      remaining: this.remaining,
      currentTime: this.adTime,
      duration: this.#adDuration,
      skippable: this.#session?.manager?.getAdSkippableState() ?? false,
    });
    const event = ACTIVITY_EVENTS[type]?.(ad);
    if (event) this.dispatchEvent(event);
  }

  #renderSurface(): void {
    const surface = this.#surface;
    const root = surface?.shadowRoot;
    if (!surface || !root) return;
    surface.toggleAttribute('data-active', this.adPlaying || !!this.notice);
    surface.toggleAttribute('data-break', this.adPlaying);
    const ad = this.ad;
    const skippable = this.#session?.manager?.getAdSkippableState() ?? false;
    const skipIn = ad ? secondsUntilSkip(ad.skipOffset, this.adTime) : Infinity;
    // The player's language (its own `lang`, or the nearest around it); others load on first use.
    const lang = languageOf(this.#player ?? this);
    const words = AD_STRINGS.strings(lang);
    if (!AD_STRINGS.loaded(lang))
      void AD_STRINGS.load(lang).then(
        () => this.#renderSurface(),
        () => undefined,
      );
    render(
      html`
        <slot></slot>
        <div class="ad-ui" part="ad-ui" lang=${lang} dir=${directionOf(lang)} ?hidden=${!this.adPlaying || !ad}>
          <span class="label" role="status"
            >${ad ? adLabel(words, ad.position, ad.total) : ''}<span class="visually-hidden"
              >${ad ? ` ${words.noSeeking}` : ''}</span
            ></span
          >
          <span class="countdown" aria-label=${words.timeLeft}>${formatCountdown(this.remaining)}</span>
          <span class="spacer"></span>
          ${
            // The player's bar plays and pauses the ad already; a second button would repeat it.
            this.#bridge?.controlsPlayAd
              ? nothing
              : html`<button type="button" @click=${() => this.#togglePause()}>
                  ${this.adPaused ? words.playAd : words.pauseAd}
                </button>`
          }
          ${
            skippable
              ? html`<button type="button" class="skip" @click=${() => this.skipAd()}>${words.skipAd}</button>`
              : Number.isFinite(skipIn)
                ? html`<span class="skip-wait">${fill(words.skipIn, { seconds: skipIn })}</span>`
                : nothing
          }
        </div>
        <div class="notice" role="status" lang=${lang} dir=${directionOf(lang)} ?hidden=${!this.notice}>
          <span>${this.notice ? words[this.notice] : ''}</span>
          <button type="button" aria-label=${words.dismiss} @click=${() => (this.notice = '')}>✕</button>
        </div>
      `,
      root,
      { host: this },
    );
  }

  #togglePause(): void {
    if (this.adPaused) this.#session?.resume();
    else this.#session?.pause();
  }

  #teardown(): void {
    this.#generation++;
    clearTimeout(this.#guard);
    this.#guard = undefined;
    this.#listeners?.abort();
    this.#listeners = undefined;
    this.#bridge?.exitAd();
    this.#bridge = undefined;
    this.#session?.destroy();
    this.#session = undefined;
    this.#size.unobserve();
    this.#surface?.remove();
    this.#surface = undefined;
    this.#imaContainer = undefined;
    this.#player = undefined;
    this.#phase = 'idle';
    this.#adRules = false;
    this.#contentStarted = this.#contentCompleted = this.#waiting = this.#startWhenLoaded = false;
    this.#savedTime = NaN;
    this.adPlaying = false;
    this.ad = null;
    this.notice = '';
  }
}
