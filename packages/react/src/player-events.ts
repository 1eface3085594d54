/**
 * `<video-player>`'s media and request events by their React callback names, derived from the
 * element's own lists (`MEDIA_EVENTS`, `REQUEST_TYPES`), so a new request needs no edit here.
 */
import type { EventName } from '@lit/react';
import {
  MEDIA_EVENTS,
  REQUEST_TYPES,
  type MediaEventName,
  type MediaRequestEvent,
  type MediaRequestType,
} from '@videokit/video-player';

type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${Pascal<Tail>}`
  : Capitalize<S>;

/**
 * Media event names are one lowercase word; React spells their callbacks with a capital per word.
 * Typed by `MEDIA_EVENTS`: a media event added there fails to compile until it is spelled here.
 */
const REACT_SPELLING = {
  abort: 'Abort',
  canplay: 'CanPlay',
  canplaythrough: 'CanPlayThrough',
  durationchange: 'DurationChange',
  emptied: 'Emptied',
  ended: 'Ended',
  loadeddata: 'LoadedData',
  loadedmetadata: 'LoadedMetadata',
  loadstart: 'LoadStart',
  pause: 'Pause',
  play: 'Play',
  playing: 'Playing',
  progress: 'Progress',
  ratechange: 'RateChange',
  resize: 'Resize',
  seeked: 'Seeked',
  seeking: 'Seeking',
  stalled: 'Stalled',
  suspend: 'Suspend',
  timeupdate: 'TimeUpdate',
  volumechange: 'VolumeChange',
  waiting: 'Waiting',
  enterpictureinpicture: 'EnterPictureInPicture',
  leavepictureinpicture: 'LeavePictureInPicture',
} as const satisfies Record<MediaEventName, string>;

type MediaEventProps = { [K in MediaEventName as `on${(typeof REACT_SPELLING)[K]}`]: K };
type RequestEventProps = { [K in MediaRequestType as `on${Pascal<K>}`]: EventName<MediaRequestEvent<K>> };

/** `seek-to-live-request` → `onSeekToLiveRequest`. */
const pascal = (type: string): string =>
  type
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');

/** The element's re-dispatched media events (`HTMLMediaElement`'s), by their React names. */
export const mediaEvents = Object.fromEntries(
  MEDIA_EVENTS.map((type) => [`on${REACT_SPELLING[type]}`, type]),
) as MediaEventProps;

/** What the controls (or custom controls) asked the element for (`MediaRequestEvent`, `detail` is the value). */
export const requestEvents = Object.fromEntries(
  REQUEST_TYPES.map((type) => [`on${pascal(type)}`, type]),
) as RequestEventProps;
