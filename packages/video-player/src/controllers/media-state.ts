import type { PlayerError, StreamType } from '@videokit/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AudioTrackInfo, RenditionInfo } from '../engines/engine.ts';
import { MEDIA_EVENTS } from '../targets/media-events.ts';
import type { TargetKind } from '../targets/target.ts';
import { captionTracks } from './text-tracks.ts';

export { captionTracks } from './text-tracks.ts';

/** A subtitle or caption track as the captions menu lists it. */
export interface TextTrackState {
  label: string;
  language: string;
  showing: boolean;
}

/** Everything the controls render from: one snapshot, read before each render. */
export interface MediaState {
  paused: boolean;
  ended: boolean;
  /** Has playback started since the source loaded (hides the poster-time big play button). */
  started: boolean;
  waiting: boolean;
  time: number;
  duration: number;
  /** Buffered ranges in seconds. */
  buffered: [number, number][];
  /** The seekable window: `[0, duration]` on demand, the DVR window when live. */
  seekable: [number, number];
  volume: number;
  muted: boolean;
  rate: number;
  /** Starts again at the end. */
  loop: boolean;
  streamType: StreamType;
  live: boolean;
  /** Live with a DVR window: seekable. */
  dvr: boolean;
  liveEdge: number;
  /** Within a few seconds of the live edge. */
  atLiveEdge: boolean;
  textTracks: TextTrackState[];
  audioTracks: readonly AudioTrackInfo[];
  renditions: readonly RenditionInfo[];
  autoRendition: boolean;
  videoHeight: number;
  fullscreen: boolean;
  pip: boolean;
  airplay: boolean;
  error: PlayerError | null;
  /** Who plays now: the local video, a Cast receiver, or an interruption such as an ad break. */
  target: TargetKind;
  /** An interruption (an ad break) plays: `paused` describes it, and seeking waits. */
  interrupted: boolean;
  /** Live and no data for a while: waiting for the stream to come back. */
  liveStalled: boolean;
}

/** Told the new state after each change; returns nothing. */
export type MediaStateListener = (state: MediaState) => void;

/** What the state is read from: the player element (it mirrors the media and the engine). */
export interface MediaStateHost extends ReactiveControllerHost, HTMLElement {
  readonly paused: boolean;
  readonly ended: boolean;
  readonly currentTime: number;
  readonly duration: number;
  readonly buffered: TimeRanges;
  readonly seekable: TimeRanges;
  readonly volume: number;
  readonly muted: boolean;
  readonly playbackRate: number;
  readonly loop: boolean;
  readonly readyState: number;
  readonly videoHeight: number;
  readonly textTracks: TextTrackList | undefined;
  readonly audioTracks: Iterable<AudioTrackInfo>;
  readonly renditions: Iterable<RenditionInfo>;
  readonly autoRendition: boolean;
  readonly streamType: StreamType;
  readonly targetLiveWindow: number;
  readonly liveEdge: number;
  readonly liveStalled: boolean;
  readonly error: PlayerError | null;
  readonly playbackTarget: TargetKind;
}

const HOST_EVENTS = [...MEDIA_EVENTS, 'streamtypechange', 'trackschange', 'error'];
const TEXT_TRACK_EVENTS = ['change', 'addtrack', 'removetrack'];
const LIVE_EDGE_TOLERANCE = 5;

const ranges = (list: TimeRanges): [number, number][] =>
  Array.from({ length: list.length }, (_, index) => [list.start(index), list.end(index)]);

/**
 * The one state table of the controls, derived from the element's media and engine events.
 * Any change asks the host to update; `state` is read fresh before each render.
 */
export class MediaStateController implements ReactiveController {
  /** Read before each render of the host (the element's own fields exist by then). */
  state!: MediaState;
  readonly #host: MediaStateHost;
  readonly #media: () => HTMLVideoElement | undefined;
  #listeners: AbortController | undefined;
  #trackList: TextTrackList | undefined;
  #waiting = false;
  #started = false;
  #airplay = false;
  readonly #subscribers = new Set<MediaStateListener>();

  constructor(host: MediaStateHost, media: () => HTMLVideoElement | undefined) {
    this.#host = host;
    this.#media = media;
    host.addController(this);
  }

  /** Calls `listener` with each new state (custom controls follow the player this way); returns the unsubscribe. */
  subscribe(listener: MediaStateListener): () => void {
    this.#subscribers.add(listener);
    return () => void this.#subscribers.delete(listener);
  }

  hostConnected(): void {
    this.#listeners = new AbortController();
    const { signal } = this.#listeners;
    // A streamtypechange is dispatched after the render that already read the new type.
    const update = (event: Event): void => {
      if (event.type !== 'streamtypechange') this.#onEvent(event.type);
    };
    for (const type of HOST_EVENTS) this.#host.addEventListener(type, update, { signal });
    document.addEventListener('fullscreenchange', update, { signal });
    this.#trackList = undefined;
  }

  hostDisconnected(): void {
    this.#listeners?.abort();
    this.#listeners = undefined;
  }

  /** Text tracks and AirPlay live on the inner `<video>`, which exists after the first render. */
  hostUpdated(): void {
    for (const listener of this.#subscribers) listener(this.state);
    const media = this.#media();
    const signal = this.#listeners?.signal;
    if (!media || !signal || this.#trackList === media.textTracks) return;
    this.#trackList = media.textTracks;
    const update = (): void => this.#host.requestUpdate();
    for (const type of TEXT_TRACK_EVENTS) media.textTracks.addEventListener(type, update, { signal });
    if ('WebKitPlaybackTargetAvailabilityEvent' in window) {
      media.addEventListener(
        'webkitplaybacktargetavailabilitychanged',
        (event) => {
          this.#airplay = (event as Event & { availability?: string }).availability === 'available';
          update();
        },
        { signal },
      );
    }
  }

  hostUpdate(): void {
    const host = this.#host;
    const live = host.streamType === 'live';
    const edge = host.liveEdge;
    const seekable = ranges(host.seekable);
    const duration = host.duration;
    const window: [number, number] = live
      ? [seekable[0]?.[0] ?? 0, Number.isFinite(edge) ? edge : (seekable.at(-1)?.[1] ?? 0)]
      : [0, Number.isFinite(duration) ? duration : 0];
    const fullscreenElement = document.fullscreenElement;
    this.state = {
      paused: host.paused,
      ended: host.ended,
      started: this.#started,
      waiting: this.#waiting && !host.paused,
      time: host.currentTime,
      duration,
      buffered: ranges(host.buffered),
      seekable: window,
      volume: host.volume,
      muted: host.muted,
      rate: host.playbackRate,
      loop: host.loop,
      streamType: host.streamType,
      live,
      dvr: live && host.targetLiveWindow > 0,
      liveEdge: edge,
      atLiveEdge: live && (!Number.isFinite(edge) || edge - host.currentTime < LIVE_EDGE_TOLERANCE),
      textTracks: captionTracks(host.textTracks).map((track) => ({
        label: track.label,
        language: track.language,
        showing: track.mode === 'showing',
      })),
      audioTracks: [...host.audioTracks],
      renditions: [...host.renditions],
      autoRendition: host.autoRendition,
      videoHeight: host.videoHeight,
      fullscreen: !!fullscreenElement && (fullscreenElement === host || fullscreenElement.contains(host)),
      pip: document.pictureInPictureElement === host,
      airplay: this.#airplay,
      error: host.error,
      target: host.playbackTarget,
      interrupted: host.playbackTarget === 'interruption',
      liveStalled: host.liveStalled,
    };
  }

  #onEvent(type: string): void {
    if (type === 'waiting' || type === 'seeking') this.#waiting = true;
    if (['playing', 'pause', 'canplay', 'seeked', 'emptied', 'timeupdate'].includes(type)) {
      this.#waiting = this.#host.readyState < 3 && type !== 'pause' && type !== 'emptied';
    }
    if (type === 'playing') this.#started = true;
    if (type === 'emptied') this.#started = false;
    this.#host.requestUpdate();
  }
}
