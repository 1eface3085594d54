// Components rendered by react-dom/server in Node and hydrated in the browser: one per wrapper.
import type { ReactElement } from 'react';
import { AdLayer, StoryboardPreview, VideoPlayer, VideoUploader, VideoUploaderProgress } from '../index.ts';
import { VideoPlayer as LazyVideoPlayer } from '../lazy.ts';

/** A 1×1 grey GIF, as a blur-up placeholder would be. */
export const PLACEHOLDER = 'data:image/gif;base64,R0lGODlhAQABAIAAAICAgP///yH5BAAAAAAALAAAAAABAAEAAAICRAEAOw==';

export type Fixture = (domain: string) => ReactElement;

export const fixtures = {
  player: (domain) => (
    <VideoPlayer
      playbackId="vod"
      customDomain={domain}
      beaconCollectionDomain={`beacon.${domain}`}
      metadataVideoTitle="Hydrated"
      metadata={{ video_id: 'video-1' }}
      placeholder={PLACEHOLDER}
      preload="none"
      muted
      style={{ aspectRatio: 16 / 9, width: 320 }}
    />
  ),
  uploader: () => (
    <VideoUploader pausable chunkSize={256} className="uploader">
      <VideoUploaderProgress type="percentage" />
    </VideoUploader>
  ),
  storyboard: (domain) => <StoryboardPreview playbackId="vod" customDomain={domain} time={2} />,
  adLayer: (domain) => (
    <AdLayer adTimeout={3000}>
      <VideoPlayer src={`http://stream.${domain}/vod/highest.mp4`} disableTracking preload="none" muted />
    </AdLayer>
  ),
  lazy: (domain) => (
    <LazyVideoPlayer loading="page" playbackId="vod" customDomain={domain} disableTracking placeholder={PLACEHOLDER} />
  ),
} satisfies Record<string, Fixture>;
