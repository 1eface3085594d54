/// <reference types="google_interactive_media_ads_types" preserve="true" />
import type { ContainerSize } from './controllers/container-size.ts';
import type { AdErrorInfo, AdInfo } from './events.ts';
import type { Ima } from './sdk-loader.ts';

/** The IMA events the layer turns into its own; the rest stay inside the session. */
export type AdActivity =
  | 'start'
  | 'firstquartile'
  | 'midpoint'
  | 'thirdquartile'
  | 'complete'
  | 'skip'
  | 'click'
  | 'progress'
  | 'skippable'
  | 'pause'
  | 'resume';

export interface AdSessionHooks {
  /** A response loaded; `adRules` when it is VMAP (IMA schedules the breaks), with its cue points. */
  loaded(adRules: boolean, cuePoints: readonly number[]): void;
  /** `fromLoader`: the request itself failed (nothing will play from it). */
  error(info: AdErrorInfo, fromLoader: boolean): void;
  breakStart(ad: AdInfo | null): void;
  breakEnd(): void;
  /** `progress`: where the ad is, from the SDK's `AD_PROGRESS` data (progress events only). */
  activity(type: AdActivity, ad: AdInfo, progress?: AdProgress): void;
  allComplete(): void;
}

/** Seconds into the ad and its length, as the media plays it. */
export interface AdProgress {
  currentTime: number;
  duration: number;
}

/** `AD_PROGRESS` events carry `AdProgressData`; anything else is not progress. */
function progressOf(data: object | null): AdProgress | undefined {
  const { currentTime, duration } = (data ?? {}) as Partial<Record<keyof AdProgress, unknown>>;
  return typeof currentTime === 'number' && typeof duration === 'number' ? { currentTime, duration } : undefined;
}

export interface AdRequestOptions {
  size: ContainerSize;
  timeoutMs: number;
  muted: boolean;
  contentDuration: number;
}

/**
 * One IMA setup over one ad container: the display container, one loader, and the ads manager
 * of the latest request. Every listener it adds comes off in `destroy()`.
 */
export class AdSession {
  readonly display: google.ima.AdDisplayContainer;
  readonly loader: google.ima.AdsLoader;
  #manager: google.ima.AdsManager | undefined;
  #ad: AdInfo | null = null;
  #initialized = false;
  #destroyed = false;
  #timeoutMs = 5000;
  readonly #onLoaded = (event: google.ima.AdsManagerLoadedEvent): void => this.#managerLoaded(event);
  readonly #onLoaderError = (event: google.ima.AdErrorEvent): void => this.#error(event, true);
  readonly #onManagerError = (event: google.ima.AdErrorEvent): void => this.#error(event, false);
  readonly #onAdEvent = (event: google.ima.AdEvent): void => this.#adEvent(event);

  constructor(
    private readonly ima: Ima,
    container: HTMLElement,
    private readonly content: object,
    private readonly hooks: AdSessionHooks,
  ) {
    this.display = new ima.AdDisplayContainer(container);
    this.loader = new ima.AdsLoader(this.display);
    this.loader.addEventListener(ima.AdsManagerLoadedEvent.Type.ADS_MANAGER_LOADED, this.#onLoaded, false);
    this.loader.addEventListener(ima.AdErrorEvent.Type.AD_ERROR, this.#onLoaderError, false);
  }

  get manager(): google.ima.AdsManager | undefined {
    return this.#manager;
  }

  get ad(): AdInfo | null {
    return this.#ad;
  }

  request(adTagUrl: string, options: AdRequestOptions): void {
    this.#dropManager();
    this.#timeoutMs = options.timeoutMs;
    const request = new this.ima.AdsRequest();
    request.adTagUrl = adTagUrl;
    const width = options.size.width || 640;
    const height = options.size.height || 360;
    request.linearAdSlotWidth = width;
    request.linearAdSlotHeight = height;
    request.nonLinearAdSlotWidth = width;
    request.nonLinearAdSlotHeight = Math.round(height / 3);
    request.vastLoadTimeout = options.timeoutMs;
    if (Number.isFinite(options.contentDuration)) request.contentDuration = options.contentDuration;
    request.setAdWillPlayMuted(options.muted);
    this.loader.requestAds(request);
  }

  /** Call from the viewer's first play: IMA needs a user gesture to unlock its video element. */
  initialize(): void {
    if (this.#initialized) return;
    this.#initialized = true;
    this.display.initialize();
  }

  /** Starts the loaded manager at the container's size (pre-rolls and single-VAST breaks play now). */
  start(size: ContainerSize): boolean {
    const manager = this.#manager;
    if (!manager) return false;
    this.initialize();
    try {
      manager.init(size.width, size.height, this.#viewMode(size));
      manager.start();
      return true;
    } catch (error) {
      this.hooks.error({ kind: 'play', code: 900, message: String(error) }, false);
      return false;
    }
  }

  resize(size: ContainerSize): void {
    this.#manager?.resize(size.width, size.height, this.#viewMode(size));
  }

  pause(): void {
    this.#manager?.pause();
  }

  resume(): void {
    this.#manager?.resume();
  }

  /** 0 to 1; 0 mutes. */
  setVolume(level: number): void {
    this.#manager?.setVolume(level);
  }

  skip(): void {
    this.#manager?.skip();
  }

  contentComplete(): void {
    this.loader.contentComplete();
  }

  remainingTime(): number {
    return this.#manager?.getRemainingTime() ?? -1;
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#dropManager();
    this.loader.removeEventListener(this.ima.AdsManagerLoadedEvent.Type.ADS_MANAGER_LOADED, this.#onLoaded, false);
    this.loader.removeEventListener(this.ima.AdErrorEvent.Type.AD_ERROR, this.#onLoaderError, false);
    this.loader.destroy();
    this.display.destroy();
  }

  #viewMode(size: ContainerSize): unknown {
    const modes = (this.ima as unknown as { ViewMode?: { NORMAL: unknown; FULLSCREEN: unknown } }).ViewMode;
    return size.fullscreen ? (modes?.FULLSCREEN ?? 'fullscreen') : (modes?.NORMAL ?? 'normal');
  }

  #eventTypes(): google.ima.AdEvent.Type[] {
    return Object.values(this.ima.AdEvent.Type);
  }

  #managerLoaded(event: google.ima.AdsManagerLoadedEvent): void {
    if (this.#destroyed) return;
    this.#dropManager();
    const settings = new this.ima.AdsRenderingSettings();
    settings.restoreCustomPlaybackStateOnAdBreakComplete = true;
    settings.loadVideoTimeout = this.#timeoutMs;
    const manager = event.getAdsManager(this.content, settings);
    this.#manager = manager;
    manager.addEventListener(this.ima.AdErrorEvent.Type.AD_ERROR, this.#onManagerError, false);
    for (const type of this.#eventTypes()) manager.addEventListener(type, this.#onAdEvent, false);
    const cuePoints = manager.getCuePoints();
    this.hooks.loaded(cuePoints.length > 0, cuePoints);
  }

  #dropManager(): void {
    const manager = this.#manager;
    if (!manager) return;
    this.#manager = undefined;
    this.#ad = null;
    manager.removeEventListener(this.ima.AdErrorEvent.Type.AD_ERROR, this.#onManagerError, false);
    for (const type of this.#eventTypes()) manager.removeEventListener(type, this.#onAdEvent, false);
    manager.destroy();
  }

  #error(event: google.ima.AdErrorEvent, fromLoader: boolean): void {
    if (this.#destroyed) return;
    const error = event.getError();
    const code = error?.getErrorCode() ?? 900;
    const timeout = code === 301 || code === 402;
    const kind = timeout ? 'timeout' : error?.getType() === 'adPlayError' ? 'play' : 'load';
    this.hooks.error({ kind, code, message: error?.getMessage() ?? 'ad error' }, fromLoader);
  }

  #info(ad: google.ima.Ad | null): AdInfo | null {
    if (!ad) return null;
    const pod = ad.getAdPodInfo();
    return {
      position: pod.getAdPosition(),
      total: pod.getTotalAds(),
      duration: ad.getDuration(),
      skipOffset: ad.getSkipTimeOffset(),
      adId: ad.getAdId(),
      title: ad.getTitle(),
      breakOffset: pod.getTimeOffset(),
    };
  }

  #adEvent(event: google.ima.AdEvent): void {
    if (this.#destroyed) return;
    const types = this.ima.AdEvent.Type;
    const ad = this.#info(event.getAd()) ?? this.#ad;
    if (ad) this.#ad = ad;
    const activity: Partial<Record<string, AdActivity>> = {
      [types.STARTED]: 'start',
      [types.FIRST_QUARTILE]: 'firstquartile',
      [types.MIDPOINT]: 'midpoint',
      [types.THIRD_QUARTILE]: 'thirdquartile',
      [types.COMPLETE]: 'complete',
      [types.SKIPPED]: 'skip',
      [types.CLICK]: 'click',
      [types.AD_PROGRESS]: 'progress',
      [types.SKIPPABLE_STATE_CHANGED]: 'skippable',
      [types.PAUSED]: 'pause',
      [types.RESUMED]: 'resume',
    };
    const control: Partial<Record<string, () => void>> = {
      [types.CONTENT_PAUSE_REQUESTED]: () => this.hooks.breakStart(ad),
      [types.CONTENT_RESUME_REQUESTED]: () => {
        this.#ad = null;
        this.hooks.breakEnd();
      },
      [types.ALL_ADS_COMPLETED]: () => this.hooks.allComplete(),
    };
    const handle = control[event.type];
    if (handle) {
      handle();
      return;
    }
    const type = activity[event.type];
    if (!type || !ad) return;
    this.hooks.activity(type, ad, type === 'progress' ? progressOf(event.getAdData()) : undefined);
  }
}
