/// <reference types="google_interactive_media_ads_types" />
/**
 * A local stand-in for the Google IMA HTML5 SDK (`ima3.js`), served on `ads.localhost/ima3.js`
 * (the origin transpiles this file per request). It implements the part of `google.ima` that
 * `<ad-layer>` uses, checked against `@types/google_interactive_media_ads_types`: it fetches a
 * real VAST 2–4 or VMAP 1.0 response (wrappers followed), plays the real MP4 media file in a
 * `<video>` inside the ad container, fires the SDK's events in the SDK's order and pings the
 * response's impression, tracking and click URLs. It draws no ad UI of its own (no countdown,
 * no skip button): the player supplies that.
 *
 * A classic script, like the real loader: everything lives inside one function and the only
 * global it touches is `window.google.ima`.
 */
(() => {
  type Ima = typeof google.ima;
  type AnyListener = (event: never) => void;

  const VERSION = '3.videokit-stand-in';
  const AD_EVENT = {
    AD_BREAK_FETCH_ERROR: 'adBreakFetchError',
    AD_BREAK_READY: 'adBreakReady',
    AD_BUFFERING: 'adBuffering',
    AD_CAN_PLAY: 'adCanPlay',
    AD_METADATA: 'adMetadata',
    AD_PROGRESS: 'adProgress',
    ALL_ADS_COMPLETED: 'allAdsCompleted',
    CLICK: 'click',
    COMPLETE: 'complete',
    CONTENT_PAUSE_REQUESTED: 'contentPauseRequested',
    CONTENT_RESUME_REQUESTED: 'contentResumeRequested',
    DURATION_CHANGE: 'durationChange',
    FIRST_QUARTILE: 'firstquartile',
    IMPRESSION: 'impression',
    INTERACTION: 'interaction',
    LINEAR_CHANGED: 'linearChanged',
    LOADED: 'loaded',
    LOG: 'log',
    MIDPOINT: 'midpoint',
    PAUSED: 'pause',
    RESUMED: 'resume',
    SKIPPABLE_STATE_CHANGED: 'skippableStateChanged',
    SKIPPED: 'skip',
    STARTED: 'start',
    THIRD_QUARTILE: 'thirdquartile',
    USER_CLOSE: 'userClose',
    VIDEO_CLICKED: 'videoClicked',
    VIDEO_ICON_CLICKED: 'videoIconClicked',
    VOLUME_CHANGED: 'volumeChanged',
    VOLUME_MUTED: 'volumeMuted',
  } as const;
  type AdEventType = (typeof AD_EVENT)[keyof typeof AD_EVENT];

  const CODE = {
    VAST_MALFORMED_RESPONSE: 100,
    VAST_UNSUPPORTED_VERSION: 102,
    VAST_WRAPPER_ERROR: 300,
    VAST_LOAD_TIMEOUT: 301,
    VAST_TOO_MANY_REDIRECTS: 302,
    VAST_NO_ADS_AFTER_WRAPPER: 303,
    VIDEO_PLAY_ERROR: 400,
    VAST_MEDIA_LOAD_TIMEOUT: 402,
    VAST_LINEAR_ASSET_MISMATCH: 403,
    VAST_PROBLEM_DISPLAYING_MEDIA_FILE: 405,
    UNKNOWN_ERROR: 900,
    FAILED_TO_REQUEST_ADS: 1005,
    VAST_EMPTY_RESPONSE: 1009,
    UNKNOWN_AD_RESPONSE: 1010,
    ADS_REQUEST_NETWORK_ERROR: 1012,
    INVALID_AD_TAG: 1013,
    INVALID_ARGUMENTS: 1101,
  } as const;
  type ErrorType = 'adLoadError' | 'adPlayError';

  // ---------------------------------------------------------------- events

  class StandInEvent implements google.ima.ImaEvent {
    target: object | null = null;
    constructor(readonly type: string) {}
    preventDefault(): void {
      // IMA events have no default action.
    }
  }

  class AdEventImpl extends StandInEvent implements google.ima.AdEvent {
    constructor(
      type: AdEventType,
      private readonly ad: google.ima.Ad | null,
      private readonly adData: object | null = null,
    ) {
      super(type);
    }
    getAd(): google.ima.Ad | null {
      return this.ad;
    }
    getAdData(): object | null {
      return this.adData;
    }
  }

  class AdErrorImpl extends Error implements google.ima.AdError {
    constructor(
      readonly errorType: ErrorType,
      readonly code: number,
      message: string,
      readonly inner: Error | null = null,
    ) {
      super(message);
      this.name = 'AdError';
    }
    getErrorCode(): number {
      return this.code;
    }
    getVastErrorCode(): number {
      return this.code < 1000 ? this.code : 900;
    }
    getInnerError(): Error | null {
      return this.inner;
    }
    getMessage(): string {
      return this.message;
    }
    getType(): string {
      return this.errorType;
    }
    override toString(): string {
      return `AdError ${String(this.code)}: ${this.message}`;
    }
  }

  class AdErrorEventImpl extends StandInEvent implements google.ima.AdErrorEvent {
    constructor(
      private readonly error: AdErrorImpl,
      private readonly context: object | null,
    ) {
      super('adError');
    }
    getError(): google.ima.AdError {
      return this.error;
    }
    getUserRequestContext(): object | null {
      return this.context;
    }
  }

  /** `addEventListener` with IMA's signature (capture flag and handler scope). */
  class Emitter {
    readonly #listeners = new Map<string, { listener: AnyListener; scope: object | undefined }[]>();

    addEventListener(type: string, listener: AnyListener, _capture?: boolean, scope?: object): void {
      const list = this.#listeners.get(type) ?? [];
      if (!list.some((entry) => entry.listener === listener)) list.push({ listener, scope });
      this.#listeners.set(type, list);
    }

    removeEventListener(type: string, listener: AnyListener): void {
      const list = this.#listeners.get(type)?.filter((entry) => entry.listener !== listener) ?? [];
      if (list.length) this.#listeners.set(type, list);
      else this.#listeners.delete(type);
    }

    /** How many listeners are attached: for leak checks. */
    get listenerCount(): number {
      let count = 0;
      for (const list of this.#listeners.values()) count += list.length;
      return count;
    }

    protected emit(event: StandInEvent): void {
      event.target = this;
      for (const { listener, scope } of [...(this.#listeners.get(event.type) ?? [])]) {
        try {
          (listener as (event: StandInEvent) => void).call(scope, event);
        } catch (error) {
          console.error('[ima stand-in] listener threw:', error);
        }
      }
    }

    protected removeAllListeners(): void {
      this.#listeners.clear();
    }
  }

  // ------------------------------------------------------------ settings

  const BACKFILL_ALWAYS: unknown = 'always';

  class SdkSettings implements google.ima.ImaSdkSettings {
    #autoPlayAdBreaks = true;
    #locale = 'en';
    #numRedirects = 4;
    #playerType = '';
    #playerVersion = '';
    #ppid: string | null = null;
    #cookies = true;
    #flags: Record<string, unknown> = {};
    #backfill: google.ima.ImaSdkSettings.CompanionBackfillMode | undefined;

    get autoPlayAdBreaks(): boolean {
      return this.#autoPlayAdBreaks;
    }
    getCompanionBackfill(): google.ima.ImaSdkSettings.CompanionBackfillMode {
      return this.#backfill ?? (BACKFILL_ALWAYS as google.ima.ImaSdkSettings.CompanionBackfillMode);
    }
    getDisableCustomPlaybackForIOS10Plus(): boolean {
      return false;
    }
    getFeatureFlags(): Record<string, unknown> {
      return this.#flags;
    }
    getLocale(): string {
      return this.#locale;
    }
    getNumRedirects(): number {
      return this.#numRedirects;
    }
    getPlayerType(): string {
      return this.#playerType;
    }
    getPlayerVersion(): string {
      return this.#playerVersion;
    }
    getPpid(): string | null {
      return this.#ppid;
    }
    isCookiesEnabled(): boolean {
      return this.#cookies;
    }
    setAutoPlayAdBreaks(value: boolean): void {
      this.#autoPlayAdBreaks = value;
    }
    setCompanionBackfill(mode: google.ima.ImaSdkSettings.CompanionBackfillMode): void {
      this.#backfill = mode;
    }
    setCookiesEnabled(value: boolean): void {
      this.#cookies = value;
    }
    setDisableCustomPlaybackForIOS10Plus(): void {
      // no iOS here
    }
    setFeatureFlags(flags: Record<string, unknown>): void {
      this.#flags = flags;
    }
    setLocale(locale: string): void {
      this.#locale = locale;
    }
    setNumRedirects(value: number): void {
      this.#numRedirects = value;
    }
    setPlayerType(value: string): void {
      this.#playerType = value;
    }
    setPlayerVersion(value: string): void {
      this.#playerVersion = value;
    }
    setPpid(value: string): void {
      this.#ppid = value;
    }
    setSessionId(): void {
      // not used by the stand-in
    }
    setVpaidAllowed(): void {
      // VPAID is not supported
    }
    setVpaidMode(): void {
      // VPAID is not supported
    }
  }
  const settings = new SdkSettings();

  // ------------------------------------------------------------ requests

  class AdsRequestImpl implements google.ima.AdsRequestInterface {
    adTagUrl = '';
    adsResponse: string | Document | null = null;
    contentDuration: number | null = null;
    contentKeywords: string[] | null = null;
    contentTitle: string | null = null;
    forceNonLinearFullSlot = false;
    linearAdSlotHeight = 0;
    linearAdSlotWidth = 0;
    liveStreamPrefetchSeconds = 0;
    nonLinearAdSlotHeight = 0;
    nonLinearAdSlotWidth = 0;
    omidAccessModeRules: Record<string, string> = {};
    pageUrl: string | null = null;
    vastLoadTimeout = 5000;
    autoPlay = true;
    muted = false;
    setAdWillAutoPlay(autoPlay: boolean): void {
      this.autoPlay = autoPlay;
    }
    setAdWillPlayMuted(muted: boolean): void {
      this.muted = muted;
    }
    setContinuousPlayback(): void {
      // no effect here
    }
  }

  class AdsRenderingSettingsImpl implements google.ima.AdsRenderingSettingsInterface {
    autoAlign = true;
    bitrate = -1;
    enablePreloading = false;
    /** Milliseconds; -1 means the SDK default (8 s). */
    loadVideoTimeout = -1;
    mimeTypes: string[] | null = null;
    playAdsAfterTime = -1;
    restoreCustomPlaybackStateOnAdBreakComplete = false;
    uiElements: string[] | null = null;
    useStyledLinearAds = false;
    useStyledNonLinearAds = false;
  }

  // -------------------------------------------------------- VAST and VMAP

  interface MediaFile {
    url: string;
    type: string;
    width: number;
    height: number;
    bitrate: number;
  }

  interface ParsedAd {
    id: string;
    sequence: number | null;
    adSystem: string;
    title: string;
    description: string;
    advertiser: string;
    creativeId: string;
    creativeAdId: string;
    duration: number;
    /** Seconds into the ad when it may be skipped; -1 when it may not. */
    skipOffset: number;
    mediaFiles: MediaFile[];
    clickThrough: string | null;
    clickTracking: string[];
    impressions: string[];
    errors: string[];
    tracking: Map<string, string[]>;
    wrapperAdIds: string[];
    wrapperSystems: string[];
    wrapperCreativeIds: string[];
  }

  interface BreakPlan {
    /** Seconds into the content; 0 pre-roll, -1 post-roll. */
    offset: number;
    /** `n%` offsets, resolved against the content duration when it is known. */
    percent: number | null;
    breakId: string;
    tagUrl: string | null;
    inline: Document | null;
    ads: ParsedAd[] | null;
    played: boolean;
  }

  const textOf = (node: Element | null | undefined): string => node?.textContent.trim() ?? '';
  const childrenNamed = (parent: Element, name: string): Element[] =>
    Array.from(parent.children).filter((child) => child.localName === name);
  const firstNamed = (parent: Element, name: string): Element | null => childrenNamed(parent, name)[0] ?? null;
  const descendantsNamed = (parent: Element, name: string): Element[] =>
    Array.from(parent.getElementsByTagName('*')).filter((child) => child.localName === name);

  /** `HH:MM:SS(.mmm)` to seconds; NaN when malformed. */
  function clockSeconds(value: string): number {
    const match = /^(\d+):(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/.exec(value.trim());
    if (!match) return NaN;
    return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
  }

  function ping(urls: readonly string[], macros: Record<string, string> = {}): void {
    for (const raw of urls) {
      let url = raw;
      for (const [name, value] of Object.entries(macros)) url = url.split(`[${name}]`).join(encodeURIComponent(value));
      url = url.replace('[TIMESTAMP]', encodeURIComponent(new Date().toISOString()));
      // Tracking pixels: fire and forget, as the SDK does.
      fetch(url, { mode: 'no-cors', credentials: 'omit', keepalive: true }).catch(() => undefined);
    }
  }

  async function fetchXml(url: string, timeoutMs: number, signal: AbortSignal): Promise<Document> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs > 0 ? timeoutMs : 5000);
    const abort = (): void => timeout.abort();
    signal.addEventListener('abort', abort);
    let text: string;
    try {
      const response = await fetch(url, { signal: timeout.signal, credentials: 'omit' });
      if (!response.ok) {
        throw new AdErrorImpl('adLoadError', CODE.ADS_REQUEST_NETWORK_ERROR, `ad tag answered ${response.status}`);
      }
      text = await response.text();
    } catch (error) {
      if (error instanceof AdErrorImpl) throw error;
      if (timeout.signal.aborted && !signal.aborted) {
        throw new AdErrorImpl('adLoadError', CODE.VAST_LOAD_TIMEOUT, `ad tag did not answer within ${timeoutMs} ms`);
      }
      throw new AdErrorImpl('adLoadError', CODE.ADS_REQUEST_NETWORK_ERROR, 'ad tag request failed', error as Error);
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
    }
    return parseXml(text);
  }

  function parseXml(text: string): Document {
    const doc = new DOMParser().parseFromString(text, 'text/xml');
    if (doc.getElementsByTagName('parsererror').length > 0) {
      throw new AdErrorImpl('adLoadError', CODE.VAST_MALFORMED_RESPONSE, 'the ad response is not XML');
    }
    return doc;
  }

  function parseLinear(ad: Element, system: string, linear: Element, creative: Element): Partial<ParsedAd> {
    const duration = clockSeconds(textOf(firstNamed(linear, 'Duration')));
    const skip = linear.getAttribute('skipoffset')?.trim() ?? '';
    let skipOffset = -1;
    if (skip.endsWith('%')) skipOffset = (Number(skip.slice(0, -1)) / 100) * duration;
    else if (skip) skipOffset = clockSeconds(skip);
    const tracking = new Map<string, string[]>();
    for (const node of descendantsNamed(linear, 'Tracking')) {
      const event = node.getAttribute('event') ?? '';
      tracking.set(event, [...(tracking.get(event) ?? []), textOf(node)]);
    }
    const clicks = firstNamed(linear, 'VideoClicks');
    return {
      id: ad.getAttribute('id') ?? '',
      adSystem: system,
      creativeId: creative.getAttribute('id') ?? '',
      creativeAdId: creative.getAttribute('adId') ?? creative.getAttribute('AdID') ?? '',
      duration,
      skipOffset: Number.isFinite(skipOffset) ? skipOffset : -1,
      tracking,
      mediaFiles: descendantsNamed(linear, 'MediaFile').map((node) => ({
        url: textOf(node),
        type: node.getAttribute('type') ?? '',
        width: Number(node.getAttribute('width') ?? 0),
        height: Number(node.getAttribute('height') ?? 0),
        bitrate: Number(node.getAttribute('bitrate') ?? 0),
      })),
      clickThrough: clicks ? textOf(firstNamed(clicks, 'ClickThrough')) || null : null,
      clickTracking: clicks ? childrenNamed(clicks, 'ClickTracking').map(textOf) : [],
    };
  }

  /** The linear ads of a VAST document, wrappers followed (`depth` redirects so far). */
  async function resolveVast(
    doc: Document,
    depth: number,
    timeoutMs: number,
    signal: AbortSignal,
  ): Promise<ParsedAd[]> {
    const root = doc.documentElement;
    if (root.localName !== 'VAST') {
      throw new AdErrorImpl('adLoadError', CODE.UNKNOWN_AD_RESPONSE, `not a VAST response: <${root.localName}>`);
    }
    const version = Number.parseFloat(root.getAttribute('version') ?? '');
    if (!(version >= 2 && version < 5)) {
      throw new AdErrorImpl('adLoadError', CODE.VAST_UNSUPPORTED_VERSION, `VAST version "${String(version)}"`);
    }
    const ads: ParsedAd[] = [];
    for (const ad of childrenNamed(root, 'Ad')) {
      const inline = firstNamed(ad, 'InLine');
      const wrapper = firstNamed(ad, 'Wrapper');
      const body = inline ?? wrapper;
      if (!body) continue;
      const system = textOf(firstNamed(body, 'AdSystem'));
      const impressions = childrenNamed(body, 'Impression').map(textOf).filter(Boolean);
      const errors = childrenNamed(body, 'Error').map(textOf).filter(Boolean);
      const sequenceAttr = ad.getAttribute('sequence');
      const sequence = sequenceAttr ? Number(sequenceAttr) : null;
      const creatives = descendantsNamed(body, 'Creative');
      if (wrapper) {
        if (depth >= settings.getNumRedirects()) {
          throw new AdErrorImpl('adLoadError', CODE.VAST_TOO_MANY_REDIRECTS, 'too many VAST wrapper redirects');
        }
        const next = textOf(firstNamed(wrapper, 'VASTAdTagURI'));
        if (!next) throw new AdErrorImpl('adLoadError', CODE.VAST_WRAPPER_ERROR, 'wrapper without VASTAdTagURI');
        const wrapped = await resolveVast(await fetchXml(next, timeoutMs, signal), depth + 1, timeoutMs, signal);
        if (wrapped.length === 0) {
          throw new AdErrorImpl('adLoadError', CODE.VAST_NO_ADS_AFTER_WRAPPER, 'no ads after the wrapper');
        }
        const linear = creatives.map((creative) => firstNamed(creative, 'Linear')).find(Boolean);
        const extra = linear ? parseLinear(ad, system, linear, linear.parentElement ?? linear) : {};
        for (const inner of wrapped) {
          inner.impressions.unshift(...impressions);
          inner.errors.unshift(...errors);
          for (const [event, urls] of extra.tracking ?? []) {
            inner.tracking.set(event, [...urls, ...(inner.tracking.get(event) ?? [])]);
          }
          inner.clickTracking.unshift(...(extra.clickTracking ?? []));
          inner.wrapperAdIds.unshift(ad.getAttribute('id') ?? '');
          inner.wrapperSystems.unshift(system);
          inner.wrapperCreativeIds.unshift(extra.creativeId ?? '');
          if (sequence !== null && inner.sequence === null) inner.sequence = sequence;
          ads.push(inner);
        }
        continue;
      }
      for (const creative of creatives) {
        const linear = firstNamed(creative, 'Linear');
        if (!linear || !inline) continue;
        const parsed = parseLinear(ad, system, linear, creative);
        ads.push({
          id: parsed.id ?? '',
          sequence,
          adSystem: system,
          title: textOf(firstNamed(inline, 'AdTitle')),
          description: textOf(firstNamed(inline, 'Description')),
          advertiser: textOf(firstNamed(inline, 'Advertiser')),
          creativeId: parsed.creativeId ?? '',
          creativeAdId: parsed.creativeAdId ?? '',
          duration: parsed.duration ?? NaN,
          skipOffset: parsed.skipOffset ?? -1,
          mediaFiles: parsed.mediaFiles ?? [],
          clickThrough: parsed.clickThrough ?? null,
          clickTracking: parsed.clickTracking ?? [],
          impressions,
          errors,
          tracking: parsed.tracking ?? new Map<string, string[]>(),
          wrapperAdIds: [],
          wrapperSystems: [],
          wrapperCreativeIds: [],
        });
        break;
      }
    }
    // A pod (ads with a sequence) plays in order; without one, the first stand-alone ad plays.
    const pod = ads.filter((ad) => ad.sequence !== null).sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0));
    return pod.length ? pod : ads.slice(0, 1);
  }

  function parseVmap(root: Element): BreakPlan[] {
    const breaks: BreakPlan[] = [];
    for (const node of childrenNamed(root, 'AdBreak')) {
      const offsetText = node.getAttribute('timeOffset')?.trim() ?? '';
      let offset = NaN;
      let percent: number | null = null;
      if (offsetText === 'start') offset = 0;
      else if (offsetText === 'end') offset = -1;
      else if (offsetText.endsWith('%')) percent = Number(offsetText.slice(0, -1));
      else offset = clockSeconds(offsetText);
      if (Number.isNaN(offset) && percent === null) continue;
      const source = firstNamed(node, 'AdSource');
      if (!source) continue;
      const tag = firstNamed(source, 'AdTagURI');
      const data = firstNamed(source, 'VASTAdData');
      const vast = data ? firstNamed(data, 'VAST') : null;
      let inline: Document | null = null;
      if (vast) {
        inline = document.implementation.createDocument(null, null);
        inline.appendChild(inline.importNode(vast, true));
      }
      breaks.push({
        offset: percent === null ? offset : NaN,
        percent,
        breakId: node.getAttribute('breakId') ?? '',
        tagUrl: tag ? textOf(tag) : null,
        inline,
        ads: null,
        played: false,
      });
    }
    return breaks;
  }

  // --------------------------------------------------------------- ad model

  class AdPodInfoImpl implements google.ima.AdPodInfo {
    constructor(
      private readonly position: number,
      private readonly total: number,
      private readonly podIndex: number,
      private readonly timeOffset: number,
      private readonly maxDuration: number,
    ) {}
    getAdPosition(): number {
      return this.position;
    }
    getIsBumper(): boolean {
      return false;
    }
    getMaxDuration(): number {
      return this.maxDuration;
    }
    getPodIndex(): number {
      return this.podIndex;
    }
    getTimeOffset(): number {
      return this.timeOffset;
    }
    getTotalAds(): number {
      return this.total;
    }
  }

  class AdImpl implements google.ima.Ad {
    constructor(
      readonly data: ParsedAd,
      private readonly pod: AdPodInfoImpl,
      readonly media: MediaFile,
    ) {}
    getAdId(): string {
      return this.data.id;
    }
    getAdPodInfo(): google.ima.AdPodInfo {
      return this.pod;
    }
    getAdSystem(): string {
      return this.data.adSystem;
    }
    getAdvertiserName(): string {
      return this.data.advertiser;
    }
    getApiFramework(): string | null {
      return null;
    }
    getCompanionAds(): google.ima.CompanionAd[] {
      return [];
    }
    getContentType(): string {
      return this.media.type;
    }
    getCreativeAdId(): string {
      return this.data.creativeAdId;
    }
    getCreativeId(): string {
      return this.data.creativeId;
    }
    getDealId(): string {
      return '';
    }
    getDescription(): string {
      return this.data.description;
    }
    getDuration(): number {
      return this.data.duration;
    }
    getHeight(): number {
      return this.media.height;
    }
    getMediaUrl(): string | null {
      return this.media.url;
    }
    getMinSuggestedDuration(): number {
      return this.data.duration;
    }
    getSkipTimeOffset(): number {
      return this.data.skipOffset;
    }
    getSurveyUrl(): string | null {
      return null;
    }
    getTitle(): string {
      return this.data.title;
    }
    getTraffickingParameters(): Record<string, string> {
      return {};
    }
    getTraffickingParametersString(): string {
      return '';
    }
    getUiElements(): string[] {
      return [];
    }
    getUniversalAdIdRegistry(): string {
      return 'unknown';
    }
    getUniversalAdIdValue(): string {
      return 'unknown';
    }
    getUniversalAdIds(): google.ima.UniversalAdIdInfo[] {
      return [];
    }
    getVastMediaBitrate(): number {
      return this.media.bitrate;
    }
    getVastMediaHeight(): number {
      return this.media.height;
    }
    getVastMediaWidth(): number {
      return this.media.width;
    }
    getWidth(): number {
      return this.media.width;
    }
    getWrapperAdIds(): string[] {
      return this.data.wrapperAdIds;
    }
    getWrapperAdSystems(): string[] {
      return this.data.wrapperSystems;
    }
    getWrapperCreativeIds(): string[] {
      return this.data.wrapperCreativeIds;
    }
    isLinear(): boolean {
      return true;
    }
  }

  // ---------------------------------------------------- display container

  class AdDisplayContainerImpl implements google.ima.AdDisplayContainer {
    readonly root: HTMLDivElement;
    readonly video: HTMLVideoElement;
    readonly clickArea: HTMLDivElement;
    initialized = false;

    constructor(
      readonly container: Element,
      // The SDK's optional custom playback and click elements are not supported.
    ) {
      if (!container.isConnected) {
        throw new AdErrorImpl('adLoadError', CODE.INVALID_ARGUMENTS, 'the ad container is not in the document');
      }
      this.root = document.createElement('div');
      this.root.dataset.imaStandIn = VERSION;
      this.root.style.cssText = 'position:absolute;inset:0;overflow:hidden;display:none;';
      this.video = document.createElement('video');
      this.video.playsInline = true;
      this.video.preload = 'auto';
      this.video.style.cssText = 'position:absolute;left:0;top:0;width:100%;height:100%;background:#000;';
      this.clickArea = document.createElement('div');
      this.clickArea.style.cssText = 'position:absolute;inset:0;cursor:pointer;';
      this.root.append(this.video, this.clickArea);
      container.append(this.root);
    }

    initialize(): void {
      this.initialized = true;
      // A user gesture unlocks the ad video, as the SDK does with its own element.
      this.video.load();
    }

    destroy(): void {
      this.video.removeAttribute('src');
      this.video.load();
      this.root.remove();
    }
  }

  // -------------------------------------------------------- ads manager

  interface ContentPlayback {
    currentTime?: number;
    duration?: number;
  }

  class AdsManagerImpl extends Emitter implements google.ima.AdsManager {
    #content: ContentPlayback | null = null;
    #rendering = new AdsRenderingSettingsImpl();
    #width = 0;
    #height = 0;
    #started = false;
    #destroyed = false;
    #monitor: ReturnType<typeof setInterval> | undefined;
    #current: AdImpl | null = null;
    #inBreak = false;
    #contentPaused = false;
    #skippable = false;
    #quartiles = new Set<string>();
    #adListeners: AbortController | null = null;
    #loadTimer: ReturnType<typeof setTimeout> | undefined;
    #finishAd: ((outcome: 'complete' | 'skip' | 'error') => void) | null = null;
    #contentCompleted = false;
    #allDone = false;
    #podIndex = 0;
    #volume = 1;
    readonly #abort = new AbortController();

    constructor(
      private readonly display: AdDisplayContainerImpl,
      private readonly breaks: BreakPlan[],
      private readonly adRules: boolean,
      private readonly request: AdsRequestImpl,
      private readonly context: object | null,
    ) {
      super();
    }

    /** Called by the loaded event's `getAdsManager`. */
    configureAdsManager(content: object, rendering?: google.ima.AdsRenderingSettings | null): void {
      this.#content = content;
      if (rendering) Object.assign(this.#rendering, rendering);
    }

    updateAdsRenderingSettings(rendering: google.ima.AdsRenderingSettings): void {
      Object.assign(this.#rendering, rendering);
    }

    init(width: number, height: number): void {
      this.resize(width, height);
    }

    start(): void {
      if (this.#destroyed || this.#started) return;
      this.#started = true;
      const preroll = this.breaks.find((plan) => plan.offset === 0);
      this.#monitor = setInterval(() => this.#checkCuePoints(), 100);
      if (preroll) void this.#playBreak(preroll);
      else this.#checkAllDone();
    }

    resize(width: number, height: number): void {
      this.#width = width;
      this.#height = height;
      this.display.video.style.width = `${String(width)}px`;
      this.display.video.style.height = `${String(height)}px`;
    }

    /** The size last passed to `init` or `resize`: for tests. */
    get size(): { width: number; height: number } {
      return { width: this.#width, height: this.#height };
    }

    pause(): void {
      if (!this.#current || this.display.video.paused) return;
      this.display.video.pause();
      ping(this.#current.data.tracking.get('pause') ?? []);
      this.emit(new AdEventImpl(AD_EVENT.PAUSED, this.#current));
    }

    resume(): void {
      if (!this.#current || !this.display.video.paused) return;
      void this.display.video.play().catch(() => undefined);
      ping(this.#current.data.tracking.get('resume') ?? []);
      this.emit(new AdEventImpl(AD_EVENT.RESUMED, this.#current));
    }

    skip(): void {
      if (this.#current && this.#skippable) this.#finishAd?.('skip');
    }

    stop(): void {
      this.discardAdBreak();
    }

    discardAdBreak(): void {
      if (this.#inBreak) this.#finishAd?.('skip');
    }

    destroy(): void {
      if (this.#destroyed) return;
      this.#destroyed = true;
      clearInterval(this.#monitor);
      clearTimeout(this.#loadTimer);
      this.#adListeners?.abort();
      this.#abort.abort();
      this.#finishAd = null;
      this.#current = null;
      this.display.video.pause();
      this.display.video.removeAttribute('src');
      this.display.video.load();
      this.display.root.style.display = 'none';
      this.removeAllListeners();
    }

    get destroyed(): boolean {
      return this.#destroyed;
    }

    getAdSkippableState(): boolean {
      return this.#skippable;
    }

    getCuePoints(): number[] {
      if (!this.adRules) return [];
      return this.breaks.map((plan) => this.#offsetOf(plan)).filter((offset) => !Number.isNaN(offset));
    }

    getRemainingTime(): number {
      const video = this.display.video;
      if (!this.#current) return -1;
      const duration = Number.isFinite(video.duration) ? video.duration : this.#current.getDuration();
      return Math.max(0, duration - video.currentTime);
    }

    getVolume(): number {
      return this.#volume;
    }

    setVolume(volume: number): void {
      this.#volume = volume;
      this.display.video.volume = volume;
      this.display.video.muted = volume === 0;
      this.emit(new AdEventImpl(volume === 0 ? AD_EVENT.VOLUME_MUTED : AD_EVENT.VOLUME_CHANGED, this.#current));
    }

    isCustomClickTrackingUsed(): boolean {
      return false;
    }

    isCustomPlaybackUsed(): boolean {
      return false;
    }

    collapse(): void {
      // a no-op in the HTML5 SDK
    }

    expand(): void {
      // a no-op in the HTML5 SDK
    }

    focus(): void {
      this.display.clickArea.focus();
    }

    /** Called by the loader's `contentComplete()`: the post-roll plays, then all ads are done. */
    contentComplete(): void {
      if (this.#contentCompleted || this.#destroyed) return;
      this.#contentCompleted = true;
      const postroll = this.breaks.find((plan) => plan.offset === -1 && !plan.played);
      if (postroll && this.#started && !this.#inBreak) void this.#playBreak(postroll);
      else this.#checkAllDone();
    }

    #offsetOf(plan: BreakPlan): number {
      if (plan.percent === null) return plan.offset;
      const duration = this.#content?.duration ?? this.request.contentDuration ?? NaN;
      return Number.isFinite(duration) ? (plan.percent / 100) * duration : NaN;
    }

    /** Plays the latest mid-roll the content has reached (earlier ones passed by a seek are dropped). */
    #checkCuePoints(): void {
      if (this.#inBreak || this.#destroyed || !settings.autoPlayAdBreaks || this.#contentCompleted) return;
      const time = this.#content?.currentTime ?? 0;
      const due = this.breaks.filter((plan) => {
        const offset = this.#offsetOf(plan);
        return !plan.played && offset > 0 && offset <= time;
      });
      const latest = due.at(-1);
      if (!latest) return;
      for (const plan of due) plan.played = true;
      void this.#playBreak(latest);
    }

    #checkAllDone(): void {
      if (this.#allDone || this.#inBreak) return;
      const pending = this.breaks.some((plan) => !plan.played && !(plan.offset === -1 && this.#contentCompleted));
      if (pending && !(this.#contentCompleted || !this.adRules)) return;
      if (!this.adRules || this.#contentCompleted || !pending) {
        this.#allDone = true;
        clearInterval(this.#monitor);
        this.emit(new AdEventImpl(AD_EVENT.ALL_ADS_COMPLETED, null));
      }
    }

    #fail(error: AdErrorImpl): void {
      this.emit(new AdErrorEventImpl(error, this.context));
    }

    async #playBreak(plan: BreakPlan): Promise<void> {
      plan.played = true;
      this.#inBreak = true;
      let ads: ParsedAd[];
      try {
        ads = plan.ads ?? (await this.#fetchBreak(plan));
        plan.ads = ads;
        if (ads.length === 0) throw new AdErrorImpl('adLoadError', CODE.VAST_EMPTY_RESPONSE, 'no ads in the break');
      } catch (error) {
        if (this.#destroyed) return;
        this.#inBreak = false;
        this.#fail(
          error instanceof AdErrorImpl
            ? error
            : new AdErrorImpl('adLoadError', CODE.UNKNOWN_ERROR, String(error), error as Error),
        );
        this.#checkAllDone();
        return;
      }
      const offset = this.#offsetOf(plan);
      const podIndex = offset === 0 ? 0 : offset === -1 ? -1 : ++this.#podIndex;
      const total = ads.length;
      const maxDuration = ads.reduce((sum, ad) => sum + (Number.isFinite(ad.duration) ? ad.duration : 0), 0);
      for (const [index, data] of ads.entries()) {
        if (this.#destroyed) return;
        const media = this.#pickMedia(data);
        const pod = new AdPodInfoImpl(index + 1, total, podIndex, offset, maxDuration);
        if (!media) {
          ping(data.errors, { ERRORCODE: String(CODE.VAST_LINEAR_ASSET_MISMATCH) });
          this.#fail(new AdErrorImpl('adPlayError', CODE.VAST_LINEAR_ASSET_MISMATCH, 'no playable media file'));
          continue;
        }
        const ad = new AdImpl(data, pod, media);
        await this.#playAd(ad);
      }
      if (this.#destroyed) return;
      this.#inBreak = false;
      this.#current = null;
      this.display.root.style.display = 'none';
      this.display.video.removeAttribute('src');
      this.display.video.load();
      if (this.#contentPaused) {
        this.#contentPaused = false;
        this.emit(new AdEventImpl(AD_EVENT.CONTENT_RESUME_REQUESTED, null));
      }
      if (!this.#contentCompleted) {
        this.#checkAllDone();
      } else {
        const postroll = this.breaks.find((candidate) => candidate.offset === -1 && !candidate.played);
        if (postroll) void this.#playBreak(postroll);
        else this.#checkAllDone();
      }
    }

    async #fetchBreak(plan: BreakPlan): Promise<ParsedAd[]> {
      const doc =
        plan.inline ??
        (plan.tagUrl ? await fetchXml(plan.tagUrl, this.request.vastLoadTimeout, this.#abort.signal) : null);
      if (!doc) throw new AdErrorImpl('adLoadError', CODE.VAST_EMPTY_RESPONSE, 'ad break without an ad source');
      return resolveVast(doc, 0, this.request.vastLoadTimeout, this.#abort.signal);
    }

    #pickMedia(ad: ParsedAd): MediaFile | null {
      const probe = this.display.video;
      const allowed = this.#rendering.mimeTypes;
      const playable = ad.mediaFiles.filter(
        (file) => file.url && probe.canPlayType(file.type) !== '' && (!allowed || allowed.includes(file.type)),
      );
      const target = this.#width || 640;
      playable.sort((a, b) => Math.abs(a.width - target) - Math.abs(b.width - target));
      return playable[0] ?? null;
    }

    /** Plays one ad to its end, skip or error. */
    #playAd(ad: AdImpl): Promise<void> {
      const video = this.display.video;
      const data = ad.data;
      this.#current = ad;
      this.#skippable = false;
      this.#quartiles = new Set();
      this.#adListeners?.abort();
      const listeners = new AbortController();
      this.#adListeners = listeners;
      const on = (target: EventTarget, type: string, handler: () => void): void =>
        target.addEventListener(type, handler, { signal: listeners.signal });
      return new Promise<void>((done) => {
        let started = false;
        const finish = (outcome: 'complete' | 'skip' | 'error'): void => {
          if (this.#finishAd !== finish) return;
          this.#finishAd = null;
          clearTimeout(this.#loadTimer);
          listeners.abort();
          video.pause();
          if (outcome === 'complete') {
            ping(data.tracking.get('complete') ?? []);
            this.emit(new AdEventImpl(AD_EVENT.COMPLETE, ad));
          } else if (outcome === 'skip') {
            ping(data.tracking.get('skip') ?? []);
            this.emit(new AdEventImpl(AD_EVENT.SKIPPED, ad));
          }
          done();
        };
        this.#finishAd = finish;
        const fail = (code: number, message: string): void => {
          ping(data.errors, { ERRORCODE: String(code) });
          this.#fail(new AdErrorImpl('adPlayError', code, message));
          finish('error');
        };
        const loadTimeout = this.#rendering.loadVideoTimeout > 0 ? this.#rendering.loadVideoTimeout : 8000;
        this.#loadTimer = setTimeout(() => {
          if (!started) fail(CODE.VAST_MEDIA_LOAD_TIMEOUT, `the media file did not load within ${loadTimeout} ms`);
        }, loadTimeout);
        on(video, 'error', () => fail(CODE.VAST_PROBLEM_DISPLAYING_MEDIA_FILE, 'the media file could not be played'));
        on(video, 'loadedmetadata', () => {
          this.emit(new AdEventImpl(AD_EVENT.LOADED, ad));
          if (!this.#contentPaused) {
            this.#contentPaused = true;
            this.emit(new AdEventImpl(AD_EVENT.CONTENT_PAUSE_REQUESTED, ad));
          }
          this.display.root.style.display = '';
          video.play().catch((error: unknown) => {
            if (video.paused && this.#finishAd === finish) {
              fail(CODE.VIDEO_PLAY_ERROR, `the ad could not start: ${String(error)}`);
            }
          });
        });
        on(video, 'playing', () => {
          if (started) return;
          started = true;
          clearTimeout(this.#loadTimer);
          ping(data.impressions);
          ping(data.tracking.get('creativeView') ?? []);
          ping(data.tracking.get('start') ?? []);
          this.emit(new AdEventImpl(AD_EVENT.STARTED, ad));
          this.emit(new AdEventImpl(AD_EVENT.IMPRESSION, ad));
        });
        on(video, 'timeupdate', () => this.#progress(ad));
        on(video, 'ended', () => {
          this.#progress(ad);
          finish('complete');
        });
        on(this.display.clickArea, 'click', () => {
          if (!data.clickThrough) return;
          ping(data.clickTracking);
          this.emit(new AdEventImpl(AD_EVENT.CLICK, ad));
          window.open(data.clickThrough, '_blank', 'noopener');
          this.pause();
        });
        video.muted = this.request.muted || this.#volume === 0;
        video.volume = this.#volume;
        video.src = ad.media.url;
        video.load();
      });
    }

    #progress(ad: AdImpl): void {
      const video = this.display.video;
      const duration = Number.isFinite(video.duration) && video.duration > 0 ? video.duration : ad.getDuration();
      const time = video.currentTime;
      const quartiles: [string, number, AdEventType][] = [
        ['firstQuartile', 0.25, AD_EVENT.FIRST_QUARTILE],
        ['midpoint', 0.5, AD_EVENT.MIDPOINT],
        ['thirdQuartile', 0.75, AD_EVENT.THIRD_QUARTILE],
      ];
      for (const [name, fraction, type] of quartiles) {
        if (!this.#quartiles.has(name) && time >= duration * fraction) {
          this.#quartiles.add(name);
          ping(ad.data.tracking.get(name) ?? []);
          this.emit(new AdEventImpl(type, ad));
        }
      }
      const skipOffset = ad.getSkipTimeOffset();
      if (!this.#skippable && skipOffset >= 0 && time >= skipOffset) {
        this.#skippable = true;
        this.emit(new AdEventImpl(AD_EVENT.SKIPPABLE_STATE_CHANGED, ad));
      }
      const pod = ad.getAdPodInfo();
      const progress: google.ima.AdProgressData = {
        adBreakDuration: pod.getMaxDuration(),
        adPosition: pod.getAdPosition(),
        currentTime: time,
        duration,
        totalAds: pod.getTotalAds(),
      };
      this.emit(new AdEventImpl(AD_EVENT.AD_PROGRESS, ad, progress));
    }
  }

  class AdsManagerLoadedEventImpl extends StandInEvent implements google.ima.AdsManagerLoadedEvent {
    constructor(
      private readonly manager: AdsManagerImpl,
      private readonly context: object | null,
    ) {
      super('adsManagerLoaded');
    }
    getAdsManager(content: object, rendering?: google.ima.AdsRenderingSettings): google.ima.AdsManager {
      this.manager.configureAdsManager(content, rendering);
      return this.manager;
    }
    getUserRequestContext(): object | null {
      return this.context;
    }
  }

  // ------------------------------------------------------------ ads loader

  class AdsLoaderImpl extends Emitter implements google.ima.AdsLoader {
    readonly #managers = new Set<AdsManagerImpl>();
    readonly #abort = new AbortController();
    #destroyed = false;

    constructor(private readonly display: AdDisplayContainerImpl) {
      super();
    }

    getSettings(): google.ima.ImaSdkSettings {
      return settings;
    }

    getVersion(): string {
      return VERSION;
    }

    contentComplete(): void {
      for (const manager of this.#managers) manager.contentComplete();
    }

    destroy(): void {
      this.#destroyed = true;
      this.#abort.abort();
      for (const manager of this.#managers) manager.destroy();
      this.#managers.clear();
      this.removeAllListeners();
    }

    requestAds(request: google.ima.AdsRequest, context: object | null = null): void {
      void this.#request(request as unknown as AdsRequestImpl, context);
    }

    async #request(request: AdsRequestImpl, context: object | null): Promise<void> {
      try {
        let doc: Document;
        if (typeof request.adsResponse === 'string') doc = parseXml(request.adsResponse);
        else if (request.adsResponse) doc = request.adsResponse;
        else if (/^https?:\/\//.test(request.adTagUrl)) {
          doc = await fetchXml(request.adTagUrl, request.vastLoadTimeout, this.#abort.signal);
        } else throw new AdErrorImpl('adLoadError', CODE.INVALID_AD_TAG, `invalid ad tag "${request.adTagUrl}"`);
        let breaks: BreakPlan[];
        const adRules = doc.documentElement.localName === 'VMAP';
        if (adRules) {
          breaks = parseVmap(doc.documentElement);
        } else {
          const ads = await resolveVast(doc, 0, request.vastLoadTimeout, this.#abort.signal);
          if (ads.length === 0)
            throw new AdErrorImpl('adLoadError', CODE.VAST_EMPTY_RESPONSE, 'the VAST response has no ads');
          breaks = [{ offset: 0, percent: null, breakId: 'preroll', tagUrl: null, inline: null, ads, played: false }];
        }
        if (this.#destroyed) return;
        const manager = new AdsManagerImpl(this.display, breaks, adRules, request, context);
        this.#managers.add(manager);
        this.emit(new AdsManagerLoadedEventImpl(manager, context));
      } catch (error) {
        if (this.#destroyed) return;
        const adError =
          error instanceof AdErrorImpl
            ? error
            : new AdErrorImpl('adLoadError', CODE.FAILED_TO_REQUEST_ADS, String(error), error as Error);
        this.emit(new AdErrorEventImpl(adError, context));
      }
    }
  }

  // --------------------------------------------------------------- exports

  const ima = {
    VERSION,
    settings,
    AdDisplayContainer: AdDisplayContainerImpl,
    AdsLoader: AdsLoaderImpl,
    AdsRequest: AdsRequestImpl,
    AdsRenderingSettings: AdsRenderingSettingsImpl,
    AdCuePoints: { PREROLL: 0, POSTROLL: -1 },
    AdEvent: { Type: AD_EVENT },
    AdErrorEvent: { Type: { AD_ERROR: 'adError' } },
    AdError: { ErrorCode: CODE, Type: { AD_LOAD: 'adLoadError', AD_PLAY: 'adPlayError' } },
    AdsManagerLoadedEvent: { Type: { ADS_MANAGER_LOADED: 'adsManagerLoaded' } },
    ViewMode: { NORMAL: 'normal', FULLSCREEN: 'fullscreen' },
    UiElements: { AD_ATTRIBUTION: 'adAttribution', COUNTDOWN: 'countdown' },
  };
  const host = window as unknown as { google?: { ima?: Ima } };
  host.google ??= {};
  host.google.ima = ima as unknown as Ima;
})();
