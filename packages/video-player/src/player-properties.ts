import type { HlsConfig } from 'hls.js';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import {
  autoplayConverter,
  choiceConverter,
  DEFAULT_RATES,
  queryConverter,
  ratesConverter,
} from './attribute-converters.ts';
import { DEFAULT_RECONNECT_RETRIES } from './controllers/live-stall-link.ts';
import type { PreferPlayback } from './engines/choose-engine.ts';
import { ATTRIBUTE_ALIASES } from './mux-spellings.ts';

/**
 * The attributes of `<video-player>` that are plain values, declared once: `VideoPlayer` reads
 * them and adds the properties it computes (`muted`, `preload`, `poster`, `stream-type`, …).
 * Nothing here acts; Mux Player's spellings of the same attributes and properties are heard too.
 */
export class PlayerProperties extends LitElement {
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
  /** The `<video>`'s CORS mode for media and text tracks: `anonymous` (default) or `use-credentials`. */
  @property({ attribute: 'crossorigin' }) crossOrigin?: string;
  /** Storyboard metadata for the time slider's previews (default: derived from `playback-id`). */
  @property({ attribute: 'storyboard-src' }) storyboardSrc?: string;
  /** Keep nothing in localStorage: no volume, captions, caption style or speed across visits. */
  @property({ attribute: 'no-preferences', type: Boolean }) noPreferences = false;
  /** Volume and mute are not kept (also as Mux Player's `no-volume-pref` and `noVolumePref`). */
  @property({ attribute: 'no-volume-preference', type: Boolean }) noVolumePreference = false;
  @property({ attribute: 'no-captions-preference', type: Boolean }) noCaptionsPreference = false;
  @property({ attribute: 'no-rate-preference', type: Boolean }) noRatePreference = false;

  /** Reconnect attempts (6 s each) a stalled live stream gets before `LIVE_STREAM_DISCONNECTED`; 10 waits a minute. */
  @property({ attribute: 'max-reconnect-retries', type: Number }) maxReconnectRetries = DEFAULT_RECONNECT_RETRIES;

  /** Mux Player's name for `noVolumePreference`. */
  get noVolumePref(): boolean {
    return this.noVolumePreference;
  }
  set noVolumePref(value: boolean) {
    this.noVolumePreference = value;
  }

  /** Mux Player's attribute names are heard as this element's own. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...Object.keys(ATTRIBUTE_ALIASES)];
  }
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(ATTRIBUTE_ALIASES[name] ?? name, old, value);
  }
}
