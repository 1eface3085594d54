// Compiled by `tsc --noEmit` only (never bundled): every public entry, the React props and the event
// callbacks with their real types. Each `@ts-expect-error` line must stay an error: a wrong type that
// compiled would mean the published declarations had lost their types.
import { hlsUrl, PlayerError, thumbnailUrl, type KeySystem, type StreamType } from '@videokit/core';
import { errorFromHttp } from '@videokit/core/error-mapping';
import { AdLayer as AdLayerElement, AdStateChangeEvent, parseBreakTimes, type AdInfo } from '@videokit/ad-layer';
import '@videokit/ad-layer/define';
import {
  AdLayer,
  StoryboardPreview,
  VideoPlayer,
  VideoUploader,
  VideoUploaderCancel,
  VideoUploaderDrop,
  VideoUploaderFileSelect,
  VideoUploaderPause,
  VideoUploaderProgress,
  VideoUploaderRetry,
  VideoUploaderStatus,
  adLayerEvents,
  storyboardPreviewEvents,
  videoPlayerEvents,
  videoUploaderEvents,
  type PlayerTokens,
  type VideoPlayerProps,
} from '@videokit/react';
import { VideoPlayer as LazyVideoPlayer } from '@videokit/react/lazy';
import {
  StoryboardPreview as StoryboardPreviewElement,
  parseStoryboardVtt,
  tileAt,
} from '@videokit/storyboard-preview';
import '@videokit/storyboard-preview/define';
import { createUpload, UploadError, VideoUploader as UploaderElement, type UploadOptions } from '@videokit/uploader';
import '@videokit/uploader/define';
import {
  PlayerErrorEvent,
  StreamTypeChangeEvent,
  TracksChangeEvent,
  VideoPlayer as PlayerElement,
  type AudioTrackInfo,
  type PlayerAudioTrack,
  type RenditionInfo,
  type RenditionList,
  type TrackList,
} from '@videokit/video-player';
import '@videokit/video-player/define';
import { useRef } from 'react';

// Core: URL building and errors.
const url: string = hlsUrl({ playbackId: 'abc', modifiers: { maxResolution: '720p' } }).url;
const poster: string = thumbnailUrl({ playbackId: 'abc', time: 3 }).url;
const streamType: StreamType = 'on-demand';
const keySystem: KeySystem = 'widevine';
const failure: PlayerError = errorFromHttp({ status: 404, url, category: 'video' });
// @ts-expect-error hlsUrl needs a playback ID
hlsUrl({ maxResolution: '720p' });

// Elements: registered by `define`, typed in the tag name map.
const player: PlayerElement = document.createElement('video-player');
const uploader: UploaderElement = document.createElement('video-uploader');
const adLayer: AdLayerElement = document.createElement('ad-layer');
const preview: StoryboardPreviewElement = document.createElement('storyboard-preview');
player.playbackId = 'abc';
player.tokens = { playback: 'jwt' } satisfies PlayerTokens;
// Track lists shaped like a <video>'s: indexable, `length`, `getTrackById`, events.
const audioTracks: TrackList<PlayerAudioTrack> = player.audioTracks;
const firstTrack: AudioTrackInfo | undefined = audioTracks[0];
const tracks: AudioTrackInfo[] = [...audioTracks];
const renditionList: RenditionList = player.renditions;
const renditions: RenditionInfo[] = [...renditionList];
const chosen: RenditionInfo | null = renditionList.getTrackById('720p');
audioTracks.addEventListener('change', () => console.log(audioTracks.length));
player.addEventListener('error', (event) => console.log(event));
// @ts-expect-error playbackId is a string
player.playbackId = 42;
// @ts-expect-error preload takes none, metadata or auto
player.preload = 'everything';

// The transport.
const options: UploadOptions = { endpoint: 'https://upload.example/1', file: new Blob(['x']), chunkSize: 256 };
const upload = createUpload(options);
upload.on('progress', (event) => console.log(event.detail));
upload.on('error', (event) => console.log(event.detail.message));
// @ts-expect-error chunkSize is a number of KiB
createUpload({ ...options, chunkSize: '256' });
const uploadError: typeof UploadError = UploadError;

// Storyboards and ads.
const tile = tileAt(parseStoryboardVtt('WEBVTT\n', 'https://image.example/sb.vtt'), 2);
const breaks = parseBreakTimes('start, 30, end');
const adState = (event: AdStateChangeEvent): AdInfo | undefined => event.detail?.ad;

// React: every prop family and every callback with its event's real type.
export function EveryProp() {
  const ref = useRef<PlayerElement>(null);
  const props: VideoPlayerProps = {
    playbackId: 'abc',
    customDomain: 'example.com',
    playbackToken: 'v',
    drmToken: 'd',
    thumbnailToken: 't',
    storyboardToken: 's',
    tokens: { playback: 'v' },
    maxResolution: '1080p',
    minResolution: '480p',
    renditionOrder: 'desc',
    extraSourceParams: { foo: 'bar' },
    metadata: { video_id: 'id' },
    metadataVideoTitle: 'Title',
    metadataVideoId: 'id',
    metadataViewerUserId: 'viewer',
    hlsConfig: { maxBufferLength: 10 },
    paused: true,
    currentTime: 3,
    muted: true,
    autoplay: 'muted',
    preload: 'none',
    startTime: 1,
    poster: '',
    envKey: 'key',
    disableTracking: true,
    castReceiver: '',
  };
  return (
    <>
      <VideoPlayer
        ref={ref}
        {...props}
        onPlay={(event: Event) => console.log(event.type)}
        onTimeUpdate={(event: Event) => console.log(event.type)}
        onError={(event: PlayerErrorEvent) => console.log(event.detail.code, event.detail.fatal)}
        onStreamTypeChange={(event: StreamTypeChangeEvent) => console.log(event.streamType)}
        onTracksChange={(event: TracksChangeEvent) => console.log(event.type)}
        onAdStateChange={(event: AdStateChangeEvent) => console.log(event.detail)}
        onSeekRequest={(event: Event) => console.log(event.type)}
      />
      {/* @ts-expect-error maxResolution is a string */}
      <VideoPlayer maxResolution={720} />
      {/* @ts-expect-error onError's event is a PlayerErrorEvent, not an upload error */}
      <VideoPlayer onError={(event: CustomEvent<{ file: File }>) => console.log(event.detail.file)} />
      <LazyVideoPlayer playbackId="abc" loading="viewport" style={{ aspectRatio: 16 / 9 }} />
      {/* @ts-expect-error loading is viewport or page */}
      <LazyVideoPlayer playbackId="abc" loading="never" />
      <VideoUploader
        endpoint={async () => 'https://upload.example/1'}
        chunkSize={512}
        pausable
        onFileReady={(event) => console.log(event.detail.name, event.file.name)}
        onUploadStart={(event) => console.log(event.detail.url, event.detail.resumed)}
        onChunkAttempt={(event) => console.log(event.detail.file)}
        onChunkSuccess={(event) => console.log(event.detail.file)}
        onProgress={(event) => console.log(event.detail.toFixed(1), event.file, event.loaded)}
        onPausedChange={(event) => console.log(event.detail, event.paused)}
        onOffline={(event) => console.log(event.type)}
        onOnline={(event) => console.log(event.type)}
        onUploadError={(event) => console.log(event.detail.reason, event.detail.message)}
        onSuccess={(event) => console.log(event.detail.size)}
        onCancel={(event) => console.log(event.detail.file)}
      >
        <VideoUploaderDrop />
        <VideoUploaderFileSelect />
        <VideoUploaderProgress type="radial" />
        <VideoUploaderStatus />
        <VideoUploaderPause />
        <VideoUploaderCancel />
        <VideoUploaderRetry />
      </VideoUploader>
      {/* @ts-expect-error onSuccess's detail has no `bytes` */}
      <VideoUploader onSuccess={(event) => console.log(event.detail.bytes)} />
      <StoryboardPreview
        playbackId="abc"
        time={5}
        onLoad={(event) => console.log(event.type)}
        onStoryboardError={(event) => console.log(event.detail.code)}
      />
      <AdLayer
        adTagUrl="https://ads.example/vmap.xml"
        onAdBreakStart={(event) => console.log(event.type)}
        onAdStart={(event) => console.log(event.ad?.position)}
        onAdFirstQuartile={(event) => console.log(event.type)}
        onAdMidpoint={(event) => console.log(event.type)}
        onAdThirdQuartile={(event) => console.log(event.type)}
        onAdComplete={(event) => console.log(event.type)}
        onAdSkip={(event) => console.log(event.type)}
        onAdClick={(event) => console.log(event.type)}
        onAdBreakEnd={(event) => console.log(event.type)}
        onAdError={(event) => console.log(event.detail.kind)}
      >
        <VideoPlayer playbackId="abc" />
      </AdLayer>
    </>
  );
}

export const used = [
  poster,
  streamType,
  keySystem,
  failure,
  tracks,
  renditions,
  firstTrack,
  chosen,
  uploader,
  adLayer,
  preview,
  uploadError,
  tile,
  breaks,
  adState,
  Object.keys({ ...videoPlayerEvents, ...videoUploaderEvents, ...adLayerEvents, ...storyboardPreviewEvents }),
];
