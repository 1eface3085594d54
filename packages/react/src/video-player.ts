import { createComponent, type EventName } from '@lit/react';
import type { AdStateChangeEvent } from '@videokit/ad-layer';
import { defaultPoster } from '@videokit/core';
import {
  VideoPlayer as VideoPlayerElement,
  type PlayerErrorEvent,
  type StreamTypeChangeEvent,
  type TracksChangeEvent,
} from '@videokit/video-player';
import * as React from 'react';
import { defineElement, useClientRender } from './client-render.ts';
import { playerPlaceholder } from './placeholder.ts';
import { mediaEvents, requestEvents } from './player-events.ts';

/** Every event `<video-player>` fires, by its React callback name. */
export const videoPlayerEvents = {
  ...mediaEvents,
  ...requestEvents,
  onError: 'error' as EventName<PlayerErrorEvent>,
  onStreamTypeChange: 'streamtypechange' as EventName<StreamTypeChangeEvent>,
  onTracksChange: 'trackschange' as EventName<TracksChangeEvent>,
  /** Fired on the player by an `<ad-layer>` around it. */
  onAdStateChange: 'adstatechange' as EventName<AdStateChangeEvent>,
};

const PlayerElement = createComponent({
  react: React,
  tagName: 'video-player',
  elementClass: VideoPlayerElement,
  events: videoPlayerEvents,
  displayName: 'VideoPlayerElement',
});

type ElementProps = Omit<React.ComponentProps<typeof PlayerElement>, 'ref' | 'paused' | 'currentTime'>;

export interface VideoPlayerProps extends ElementProps {
  /** Controlled play state: the player plays or pauses whenever this changes (and on mount). */
  paused?: boolean;
  /** Controlled position in seconds: the player seeks whenever this changes (and on mount). */
  currentTime?: number;
  /** The `metadata-video-title` attribute (analytics). */
  metadataVideoTitle?: string;
  /** The `metadata-video-id` attribute (analytics). */
  metadataVideoId?: string;
  /** The `metadata-viewer-user-id` attribute (analytics). */
  metadataViewerUserId?: string;
}

/** The poster the element would show by default: core's rule (none for a signed ID without a thumbnail token). */
function posterOf(props: VideoPlayerProps): string | undefined {
  if (props.poster !== undefined) return props.poster || undefined;
  if (props.src) return undefined;
  // The element reports a bad playback ID, domain or token itself; the placeholder just has no poster.
  return defaultPoster({
    playbackId: props.playbackId,
    domain: props.customDomain,
    playbackToken: props.playbackToken ?? props.tokens?.playback,
    thumbnailToken: props.thumbnailToken ?? props.tokens?.thumbnail,
    thumbnailTime: props.thumbnailTime,
  }).url;
}

function assignRef<T>(ref: React.ForwardedRef<T>, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

/**
 * `<video-player>` for React. Props are the element's properties in camelCase (`playbackId`,
 * `tokens`, `metadata`, `hlsConfig`, …); events are `on*` callbacks; the ref is the element.
 * On the server and while hydrating it renders the player's box with its poster.
 */
export const VideoPlayer = React.forwardRef<VideoPlayerElement, VideoPlayerProps>(function VideoPlayer(props, ref) {
  const { paused, currentTime, metadataVideoTitle, metadataVideoId, metadataViewerUserId, tokens, ...rest } = props;
  const client = useClientRender();
  const element = React.useRef<VideoPlayerElement | null>(null);
  const setRef = React.useCallback(
    (node: VideoPlayerElement | null) => {
      element.current = node;
      assignRef(ref, node);
    },
    [ref],
  );

  React.useEffect(() => {
    const player = element.current;
    if (!player || paused === undefined || paused === player.paused) return;
    // A refused play() leaves the player paused, which its `pause`/`play` events report.
    if (paused) player.pause();
    else player.play().catch(() => undefined);
  }, [paused, client]);

  React.useEffect(() => {
    const player = element.current;
    if (player && currentTime !== undefined && currentTime !== player.currentTime) player.currentTime = currentTime;
  }, [currentTime, client]);

  if (!client) return playerPlaceholder({ ...rest, poster: posterOf(props) });
  defineElement('video-player', VideoPlayerElement);
  return React.createElement(PlayerElement, {
    ...rest,
    // `tokens` is the four token properties at once; a typed token prop wins over its field.
    playbackToken: rest.playbackToken ?? tokens?.playback,
    drmToken: rest.drmToken ?? tokens?.drm,
    thumbnailToken: rest.thumbnailToken ?? tokens?.thumbnail,
    storyboardToken: rest.storyboardToken ?? tokens?.storyboard,
    'metadata-video-title': metadataVideoTitle,
    'metadata-video-id': metadataVideoId,
    'metadata-viewer-user-id': metadataViewerUserId,
    ref: setRef,
  } as React.ComponentProps<typeof PlayerElement>);
});
