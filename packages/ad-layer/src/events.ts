/** What one ad is: its place in the break, its length and when it may be skipped. */
export interface AdInfo {
  /** 1-based position of the ad in its break. */
  position: number;
  /** Ads in the break. */
  total: number;
  /** Seconds; NaN when the response did not say. */
  duration: number;
  /** Seconds into the ad when it may be skipped; -1 when it may not. */
  skipOffset: number;
  adId: string;
  title: string;
  /** Break offset in content seconds: 0 pre-roll, -1 post-roll. */
  breakOffset: number;
}

/** Why ads did not play. Content plays on in every case. */
export interface AdErrorInfo {
  /** `sdk-blocked`: the SDK did not load (blocked or offline); `timeout`: no ads in time; `load`/`play`: the SDK's error. */
  kind: 'sdk-blocked' | 'timeout' | 'load' | 'play';
  /** The SDK's error code (VAST codes below 1000), or 0 when the SDK never answered. */
  code: number;
  message: string;
}

/** Base of every `<ad-layer>` event: bubbling and composed, with the ad when there is one. */
export class AdLayerEvent extends Event {
  readonly ad: AdInfo | null;
  constructor(type: string, ad: AdInfo | null = null) {
    super(type, { bubbles: true, composed: true });
    this.ad = ad;
  }
}

/** Content paused for an ad break. */
export class AdBreakStartEvent extends AdLayerEvent {
  static readonly type = 'adbreakstart';
  constructor(ad: AdInfo | null) {
    super(AdBreakStartEvent.type, ad);
  }
}

/** An ad started playing. */
export class AdStartEvent extends AdLayerEvent {
  static readonly type = 'adstart';
  constructor(ad: AdInfo) {
    super(AdStartEvent.type, ad);
  }
}

export class AdFirstQuartileEvent extends AdLayerEvent {
  static readonly type = 'adfirstquartile';
  constructor(ad: AdInfo) {
    super(AdFirstQuartileEvent.type, ad);
  }
}

export class AdMidpointEvent extends AdLayerEvent {
  static readonly type = 'admidpoint';
  constructor(ad: AdInfo) {
    super(AdMidpointEvent.type, ad);
  }
}

export class AdThirdQuartileEvent extends AdLayerEvent {
  static readonly type = 'adthirdquartile';
  constructor(ad: AdInfo) {
    super(AdThirdQuartileEvent.type, ad);
  }
}

/** An ad played to its end. */
export class AdCompleteEvent extends AdLayerEvent {
  static readonly type = 'adcomplete';
  constructor(ad: AdInfo) {
    super(AdCompleteEvent.type, ad);
  }
}

/** The viewer skipped an ad. */
export class AdSkipEvent extends AdLayerEvent {
  static readonly type = 'adskip';
  constructor(ad: AdInfo) {
    super(AdSkipEvent.type, ad);
  }
}

/** The viewer clicked through (the advertiser's page opened; the ad pauses). */
export class AdClickEvent extends AdLayerEvent {
  static readonly type = 'adclick';
  constructor(ad: AdInfo) {
    super(AdClickEvent.type, ad);
  }
}

/** The break is over; content resumes (or stays ended after a post-roll). */
export class AdBreakEndEvent extends AdLayerEvent {
  static readonly type = 'adbreakend';
  constructor() {
    super(AdBreakEndEvent.type);
  }
}

/** Ads failed; content plays instead. */
export class AdErrorEvent extends AdLayerEvent {
  static readonly type = 'aderror';
  readonly detail: AdErrorInfo;
  constructor(detail: AdErrorInfo, ad: AdInfo | null = null) {
    super(AdErrorEvent.type, ad);
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    adbreakstart: AdBreakStartEvent;
    adstart: AdStartEvent;
    adfirstquartile: AdFirstQuartileEvent;
    admidpoint: AdMidpointEvent;
    adthirdquartile: AdThirdQuartileEvent;
    adcomplete: AdCompleteEvent;
    adskip: AdSkipEvent;
    adclick: AdClickEvent;
    adbreakend: AdBreakEndEvent;
    aderror: AdErrorEvent;
  }
}
