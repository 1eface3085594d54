import { expect } from '@esm-bundle/chai';
import {
  MEDIA_EVENTS,
  REQUEST_TYPES,
  StreamTypeChangeEvent,
  type PlayerErrorEvent,
  type VideoPlayer as PlayerElement,
} from '@videokit/video-player';
import { FileReadyEvent, type VideoUploader as UploaderElement, type UploaderSuccessEvent } from '@videokit/uploader';
import type { StoryboardLoadEvent, StoryboardPreview as StoryboardElement } from '@videokit/storyboard-preview';
import type { AdLayer as AdLayerElement } from '@videokit/ad-layer';
import Hls from 'hls.js';
import { createRef, StrictMode, type ReactElement } from 'react';
import { domain, originUrl } from '../../../test/browser/origin.ts';
import { until } from '../../../test/browser/player.ts';
import { createDirectUpload, serverUpload, testFile } from '../../../test/browser/uploads.ts';
import {
  AdLayer,
  adLayerEvents,
  StoryboardPreview,
  storyboardPreviewEvents,
  VideoPlayer,
  videoPlayerEvents,
  VideoUploader,
  VideoUploaderCancel,
  VideoUploaderDrop,
  VideoUploaderFileSelect,
  VideoUploaderPause,
  VideoUploaderProgress,
  VideoUploaderRetry,
  VideoUploaderStatus,
  videoUploaderEvents,
} from './index.ts';
import { cleanup, frames, render } from './test/render.ts';

const MP4 = originUrl('stream', '/vod/highest.mp4');
const SDK = originUrl('ads', '/ima3.js');

type Tag = keyof HTMLElementTagNameMap;

function only<K extends Tag>(tagName: K): HTMLElementTagNameMap[K] {
  const found = document.querySelectorAll(tagName);
  expect(found.length, `<${tagName}> in the document`).to.equal(1);
  return found[0]!;
}

/** Each `on*` prop of `events`, called once for one dispatched event of its type. */
async function eachEventReachesItsCallback(
  events: Record<string, string>,
  element: (handlers: Record<string, (event: Event) => void>) => ReactElement,
  tagName: Tag,
): Promise<void> {
  const calls: string[] = [];
  const handlers = Object.fromEntries(Object.keys(events).map((prop) => [prop, () => calls.push(prop)]));
  const view = render(element(handlers));
  await frames();
  const target = only(tagName);
  for (const [prop, type] of Object.entries(events)) {
    calls.length = 0;
    target.dispatchEvent(new Event(type));
    expect(calls, `${prop} for "${type}"`).to.include(prop);
  }
  view.unmount();
}

describe('@videokit/react components', function () {
  this.timeout(40_000);
  afterEach(cleanup);

  describe('VideoPlayer', () => {
    it('sets properties, tokens and metadata attributes, and reaches the element through ref', async () => {
      const ref = createRef<PlayerElement>();
      const hlsConfig = { maxBufferLength: 12 };
      const castCustomData = { app: 'test' };
      const view = render(
        <VideoPlayer
          ref={ref}
          className="player"
          customDomain={domain}
          preload="none"
          maxResolution="720p"
          metadataVideoTitle="A title"
          metadataVideoId="video-7"
          metadataViewerUserId="viewer-9"
          metadata={{ video_series: 'series' }}
          hlsConfig={hlsConfig}
          castCustomData={castCustomData}
          tokens={{ playback: 'p', drm: 'd', thumbnail: 't', storyboard: 's' }}
          muted
        />,
      );
      await frames();
      const player = only('video-player');
      expect(ref.current).to.equal(player);
      expect(player.className).to.equal('player');
      expect(player.customDomain).to.equal(domain);
      expect(player.maxResolution).to.equal('720p');
      expect(player.muted).to.equal(true);
      expect(player.getAttribute('metadata-video-title')).to.equal('A title');
      expect(player.getAttribute('metadata-video-id')).to.equal('video-7');
      expect(player.getAttribute('metadata-viewer-user-id')).to.equal('viewer-9');
      expect(player.metadata).to.deep.equal({ video_series: 'series' });
      expect(player.hlsConfig).to.equal(hlsConfig);
      expect(player.castCustomData).to.equal(castCustomData);
      expect(player.tokens).to.deep.equal({ playback: 'p', drm: 'd', thumbnail: 't', storyboard: 's' });

      view.rerender(
        <VideoPlayer ref={ref} playbackToken="p2" drmToken="d2" thumbnailToken="t2" storyboardToken="s2" />,
      );
      expect(player.tokens).to.deep.equal({ playback: 'p2', drm: 'd2', thumbnail: 't2', storyboard: 's2' });
      expect(player.hasAttribute('metadata-video-title')).to.equal(false);
      expect(player.maxResolution).to.equal(undefined);
      view.unmount();
      expect(ref.current).to.equal(null);
    });

    it('plays a playback ID and reports its events', async () => {
      const seen: string[] = [];
      const streamTypes: string[] = [];
      render(
        <VideoPlayer
          playbackId="vod"
          customDomain={domain}
          beaconCollectionDomain={`beacon.${domain}`}
          autoplay="muted"
          muted
          onLoadedMetadata={() => seen.push('loadedmetadata')}
          onPlay={() => seen.push('play')}
          onPlaying={() => seen.push('playing')}
          onTimeUpdate={() => seen.push('timeupdate')}
          onStreamTypeChange={(event) => streamTypes.push(event.streamType)}
        />,
      );
      const player = only('video-player');
      await until(() => player.currentTime > 0.5, 'playback');
      expect(seen).to.include.members(['loadedmetadata', 'play', 'playing', 'timeupdate']);
      expect(streamTypes).to.deep.equal(['on-demand']);
    });

    it('reports a bad input through onError with the PlayerError', async () => {
      const errors: PlayerErrorEvent[] = [];
      render(
        <VideoPlayer
          playbackId="vod"
          customDomain={domain}
          minResolution="1080p"
          maxResolution="720p"
          onError={(event) => errors.push(event)}
        />,
      );
      await until(() => errors.length > 0, 'an error event');
      expect(errors[0]?.detail.message).to.contain('min-resolution');
    });

    it('has a callback for every media, request and player event, and swaps callbacks without doubling them', async () => {
      expect(Object.values(videoPlayerEvents)).to.include.members([...MEDIA_EVENTS, ...REQUEST_TYPES]);
      expect(videoPlayerEvents).to.include({
        onCanPlayThrough: 'canplaythrough',
        onSeekToLiveRequest: 'seek-to-live-request',
        onSelectTextTrackRequest: 'select-text-track-request',
      });
      await eachEventReachesItsCallback(videoPlayerEvents, (handlers) => <VideoPlayer {...handlers} />, 'video-player');

      const calls: string[] = [];
      const view = render(<VideoPlayer onStreamTypeChange={() => calls.push('first')} />);
      view.rerender(<VideoPlayer onStreamTypeChange={() => calls.push('second')} />);
      only('video-player').dispatchEvent(new StreamTypeChangeEvent('live'));
      view.rerender(<VideoPlayer />);
      only('video-player').dispatchEvent(new StreamTypeChangeEvent('on-demand'));
      expect(calls).to.deep.equal(['second']);
    });

    it('follows controlled paused and currentTime', async () => {
      const events: string[] = [];
      const player = (paused: boolean, currentTime?: number): ReactElement => (
        <VideoPlayer
          src={MP4}
          disableTracking
          preload="auto"
          muted
          paused={paused}
          currentTime={currentTime}
          onPlay={() => events.push('play')}
          onPause={() => events.push('pause')}
          onSeeked={() => events.push('seeked')}
        />
      );
      const view = render(player(true));
      const element = only('video-player');
      await frames();
      expect(element.paused).to.equal(true);
      view.rerender(player(false));
      await until(() => !element.paused && element.currentTime > 0.2, 'play after paused={false}');
      view.rerender(player(false, 3));
      await until(() => events.includes('seeked') && element.currentTime >= 3, 'seek after currentTime={3}');
      view.rerender(player(true, 3));
      await until(() => element.paused && events.includes('pause'), 'pause after paused={true}');
      expect(events).to.include.members(['play', 'seeked', 'pause']);
    });

    it('in StrictMode leaves no element, hls.js instance or global listener behind', async () => {
      const created: Hls[] = [];
      const destroyed: Hls[] = [];
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the instance, then restored
      const { loadSource, destroy } = Hls.prototype;
      Hls.prototype.loadSource = function (this: Hls, url: string) {
        created.push(this);
        loadSource.call(this, url);
      };
      Hls.prototype.destroy = function (this: Hls) {
        destroyed.push(this);
        destroy.call(this);
      };
      const globalListeners = new Map<string, number>();
      const targets: EventTarget[] = [window, document];
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the target, then restored
      const { addEventListener, removeEventListener } = EventTarget.prototype;
      const count = (type: string, by: number): void =>
        void globalListeners.set(type, (globalListeners.get(type) ?? 0) + by);
      EventTarget.prototype.addEventListener = function (
        this: EventTarget,
        ...args: Parameters<typeof addEventListener>
      ) {
        const [type, , options] = args;
        if (targets.includes(this)) {
          count(type, 1);
          // A listener added with a signal is removed when the signal aborts.
          if (typeof options === 'object') options.signal?.addEventListener('abort', () => count(type, -1));
        }
        addEventListener.apply(this, args);
      };
      EventTarget.prototype.removeEventListener = function (
        this: EventTarget,
        ...args: Parameters<typeof removeEventListener>
      ) {
        if (targets.includes(this)) count(args[0], -1);
        removeEventListener.apply(this, args);
      };
      const refs: (PlayerElement | null)[] = [];
      let plays = 0;
      try {
        const view = render(
          <StrictMode>
            <VideoPlayer
              ref={(node) => void refs.push(node)}
              playbackId="vod"
              customDomain={domain}
              disableTracking
              autoplay="muted"
              muted
              onPlaying={() => plays++}
            />
            <VideoUploader />
            <StoryboardPreview playbackId="vod" customDomain={domain} />
            <AdLayer sdkSrc={SDK}>
              <VideoPlayer src={MP4} disableTracking preload="none" />
            </AdLayer>
          </StrictMode>,
        );
        const player = document.querySelector<PlayerElement>('video-player[playback-id], video-player');
        await until(() => plays > 0 && (player?.currentTime ?? 0) > 0.3, 'playback');
        expect(document.querySelectorAll('video-player')).to.have.length(2);
        expect(created).to.have.length(1);
        view.unmount();
        expect(refs.at(-1)).to.equal(null);
        for (const tag of ['video-player', 'video-uploader', 'storyboard-preview', 'ad-layer']) {
          expect(document.querySelectorAll(tag), tag).to.have.length(0);
        }
        expect(destroyed).to.deep.equal(created);
        const left = [...globalListeners].filter(([, count]) => count > 0);
        expect(left, 'window/document listeners left').to.deep.equal([]);
      } finally {
        Hls.prototype.loadSource = loadSource;
        Hls.prototype.destroy = destroy;
        EventTarget.prototype.addEventListener = addEventListener;
        EventTarget.prototype.removeEventListener = removeEventListener;
      }
    });
  });

  describe('VideoUploader and its parts', () => {
    it('sets properties and uploads a file to a direct upload URL, with its events', async () => {
      const upload = await createDirectUpload();
      const seen: string[] = [];
      const successes: UploaderSuccessEvent[] = [];
      const ref = createRef<UploaderElement>();
      render(
        <VideoUploader
          ref={ref}
          endpoint={upload.url}
          chunkSize={256}
          pausable
          noDrop
          onFileReady={() => seen.push('file-ready')}
          onUploadStart={() => seen.push('uploadstart')}
          onChunkAttempt={() => seen.push('chunkattempt')}
          onChunkSuccess={() => seen.push('chunksuccess')}
          onProgress={() => seen.push('progress')}
          onSuccess={(event) => successes.push(event)}
        >
          <VideoUploaderDrop />
          <VideoUploaderFileSelect />
          <VideoUploaderProgress type="percentage" />
          <VideoUploaderStatus />
          <VideoUploaderPause />
          <VideoUploaderCancel />
          <VideoUploaderRetry />
        </VideoUploader>,
      );
      await frames();
      const uploader = only('video-uploader');
      expect(ref.current).to.equal(uploader);
      expect(uploader.endpoint).to.equal(upload.url);
      expect(uploader.chunkSize).to.equal(256);
      expect(uploader.pausable).to.equal(true);
      expect(uploader.noDrop).to.equal(true);
      expect(only('video-uploader-progress').type).to.equal('percentage');
      const parts = ['drop', 'file-select', 'status', 'pause', 'cancel', 'retry'] as const;
      for (const part of parts) only(`video-uploader-${part}`);

      const file = testFile(600 * 1024);
      uploader.addFiles([file]);
      await until(() => successes.length > 0, 'success');
      expect(successes[0]?.detail.size).to.equal(file.size);
      expect(seen).to.include.members(['file-ready', 'uploadstart', 'chunkattempt', 'chunksuccess', 'progress']);
      expect((await serverUpload(upload.id)).complete).to.equal(true);
    });

    it('has a callback for every uploader event', async () => {
      expect(Object.keys(videoUploaderEvents)).to.include.members([
        'onFileReady',
        'onUploadStart',
        'onChunkAttempt',
        'onChunkSuccess',
        'onProgress',
        'onPausedChange',
        'onOffline',
        'onOnline',
        'onUploadError',
        'onSuccess',
        'onCancel',
      ]);
      await eachEventReachesItsCallback(
        videoUploaderEvents,
        (handlers) => <VideoUploader {...handlers} />,
        'video-uploader',
      );
      let ready: FileReadyEvent | undefined;
      render(<VideoUploader onFileReady={(event) => (ready = event)} />);
      const event = new FileReadyEvent(testFile(10));
      only('video-uploader').dispatchEvent(event);
      expect(ready).to.equal(event);
    });
  });

  describe('StoryboardPreview', () => {
    it('loads a storyboard and reports onLoad; every event has a callback', async () => {
      const loads: StoryboardLoadEvent[] = [];
      const ref = createRef<StoryboardElement>();
      render(
        <StoryboardPreview
          ref={ref}
          playbackId="vod"
          customDomain={domain}
          time={2}
          onLoad={(event) => loads.push(event)}
        />,
      );
      await until(() => loads.length > 0, 'storyboard load');
      expect(ref.current?.playbackId).to.equal('vod');
      expect(ref.current?.time).to.equal(2);
      expect(loads[0]?.storyboard).to.not.equal(undefined);
      cleanup();
      await eachEventReachesItsCallback(
        storyboardPreviewEvents,
        (handlers) => <StoryboardPreview {...handlers} />,
        'storyboard-preview',
      );
    });
  });

  describe('AdLayer', () => {
    it('plays a pre-roll around a VideoPlayer child, with its events; every event has a callback', async () => {
      const seen: string[] = [];
      const ref = createRef<AdLayerElement>();
      render(
        <AdLayer
          ref={ref}
          sdkSrc={SDK}
          adTimeout={3000}
          adTagUrl={originUrl('ads', '/vast/preroll.xml?ads=1')}
          onAdBreakStart={() => seen.push('adbreakstart')}
          onAdStart={(event) => seen.push(`adstart ${String(event.ad?.position)}`)}
          onAdComplete={() => seen.push('adcomplete')}
          onAdBreakEnd={() => seen.push('adbreakend')}
        >
          <VideoPlayer src={MP4} disableTracking preload="auto" muted paused={false} />
        </AdLayer>,
      );
      await until(() => seen.includes('adbreakend'), 'the pre-roll ends');
      expect(ref.current?.adTimeout).to.equal(3000);
      expect(seen).to.deep.equal(['adbreakstart', 'adstart 1', 'adcomplete', 'adbreakend']);
      cleanup();
      await eachEventReachesItsCallback(adLayerEvents, (handlers) => <AdLayer {...handlers} />, 'ad-layer');
    });
  });
});
