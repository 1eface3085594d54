import type { EventName } from '@lit/react';
import {
  AdLayer as AdLayerElement,
  type AdBreakEndEvent,
  type AdBreakStartEvent,
  type AdClickEvent,
  type AdCompleteEvent,
  type AdErrorEvent,
  type AdFirstQuartileEvent,
  type AdMidpointEvent,
  type AdSkipEvent,
  type AdStartEvent,
  type AdThirdQuartileEvent,
} from '@videokit/ad-layer';
import { wrapElement } from './wrap.ts';

/** Every event `<ad-layer>` fires, by its React callback name. */
export const adLayerEvents = {
  onAdBreakStart: 'adbreakstart' as EventName<AdBreakStartEvent>,
  onAdStart: 'adstart' as EventName<AdStartEvent>,
  onAdFirstQuartile: 'adfirstquartile' as EventName<AdFirstQuartileEvent>,
  onAdMidpoint: 'admidpoint' as EventName<AdMidpointEvent>,
  onAdThirdQuartile: 'adthirdquartile' as EventName<AdThirdQuartileEvent>,
  onAdComplete: 'adcomplete' as EventName<AdCompleteEvent>,
  onAdSkip: 'adskip' as EventName<AdSkipEvent>,
  onAdClick: 'adclick' as EventName<AdClickEvent>,
  onAdBreakEnd: 'adbreakend' as EventName<AdBreakEndEvent>,
  onAdError: 'aderror' as EventName<AdErrorEvent>,
};

/** `<ad-layer>` around a `VideoPlayer` (its child): `adTagUrl`, `adBreakTimes`, …; `on*` per ad event. */
export const AdLayer = wrapElement({
  tagName: 'ad-layer',
  elementClass: AdLayerElement,
  events: adLayerEvents,
  displayName: 'AdLayer',
});
