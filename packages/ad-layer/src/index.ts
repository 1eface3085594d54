/**
 * @videokit/ad-layer: `<ad-layer>`, client-side ads over the Google IMA SDK. Importing this
 * module registers nothing; import `@videokit/ad-layer/define` for that.
 */
export { AdLayer } from './ad-layer.ts';
export {
  AdBreakEndEvent,
  AdBreakStartEvent,
  AdClickEvent,
  AdCompleteEvent,
  AdErrorEvent,
  AdFirstQuartileEvent,
  AdLayerEvent,
  AdMidpointEvent,
  AdSkipEvent,
  AdStartEvent,
  AdThirdQuartileEvent,
  type AdErrorInfo,
  type AdInfo,
} from './events.ts';
export { AdStateChangeEvent, type AdState, type ContentPlayer } from './player-bridge.ts';
export { DEFAULT_SDK_SRC, SdkBlockedError, loadImaSdk } from './sdk-loader.ts';
export { parseBreakTimes, type BreakTimes } from './ad-schedule.ts';
