import type { EventName } from '@lit/react';
import {
  VideoUploader as VideoUploaderElement,
  VideoUploaderCancel as VideoUploaderCancelElement,
  VideoUploaderDrop as VideoUploaderDropElement,
  VideoUploaderFileSelect as VideoUploaderFileSelectElement,
  VideoUploaderPause as VideoUploaderPauseElement,
  VideoUploaderProgress as VideoUploaderProgressElement,
  VideoUploaderRetry as VideoUploaderRetryElement,
  VideoUploaderStatus as VideoUploaderStatusElement,
  type ChunkAttemptEvent,
  type ChunkSuccessEvent,
  type FileReadyEvent,
  type OfflineEvent,
  type OnlineEvent,
  type PausedChangeEvent,
  type UploadStartEvent,
  type UploaderCancelEvent,
  type UploaderErrorEvent,
  type UploaderProgressEvent,
  type UploaderSuccessEvent,
} from '@videokit/uploader';
import { wrapElement } from './wrap.ts';

/** Every event `<video-uploader>` fires, by its React callback name. */
export const videoUploaderEvents = {
  onFileReady: 'file-ready' as EventName<FileReadyEvent>,
  onUploadStart: 'uploadstart' as EventName<UploadStartEvent>,
  onChunkAttempt: 'chunkattempt' as EventName<ChunkAttemptEvent>,
  onChunkSuccess: 'chunksuccess' as EventName<ChunkSuccessEvent>,
  onProgress: 'progress' as EventName<UploaderProgressEvent>,
  onPausedChange: 'pausedchange' as EventName<PausedChangeEvent>,
  onOffline: 'offline' as EventName<OfflineEvent>,
  onOnline: 'online' as EventName<OnlineEvent>,
  onUploadError: 'uploaderror' as EventName<UploaderErrorEvent>,
  onSuccess: 'success' as EventName<UploaderSuccessEvent>,
  onCancel: 'cancel' as EventName<UploaderCancelEvent>,
};

/** `<video-uploader>`: `endpoint`, `chunkSize`, `maxFileSize`, … and an `on*` callback per event. */
export const VideoUploader = wrapElement({
  tagName: 'video-uploader',
  elementClass: VideoUploaderElement,
  events: videoUploaderEvents,
  displayName: 'VideoUploader',
});

/** `<video-uploader-drop>`: a drop zone for its uploader (inside it, or `uploader="ID"`). */
export const VideoUploaderDrop = wrapElement({
  tagName: 'video-uploader-drop',
  elementClass: VideoUploaderDropElement,
  events: {},
  displayName: 'VideoUploaderDrop',
});

/** `<video-uploader-file-select>`: the button that opens the file picker. */
export const VideoUploaderFileSelect = wrapElement({
  tagName: 'video-uploader-file-select',
  elementClass: VideoUploaderFileSelectElement,
  events: {},
  displayName: 'VideoUploaderFileSelect',
});

/** `<video-uploader-progress>`: `type="bar" | "percentage" | "radial"`. */
export const VideoUploaderProgress = wrapElement({
  tagName: 'video-uploader-progress',
  elementClass: VideoUploaderProgressElement,
  events: {},
  displayName: 'VideoUploaderProgress',
});

/** `<video-uploader-status>`: the status line, a polite live region. */
export const VideoUploaderStatus = wrapElement({
  tagName: 'video-uploader-status',
  elementClass: VideoUploaderStatusElement,
  events: {},
  displayName: 'VideoUploaderStatus',
});

/** `<video-uploader-pause>`: pauses or resumes. */
export const VideoUploaderPause = wrapElement({
  tagName: 'video-uploader-pause',
  elementClass: VideoUploaderPauseElement,
  events: {},
  displayName: 'VideoUploaderPause',
});

/** `<video-uploader-cancel>`: cancels unfinished uploads. */
export const VideoUploaderCancel = wrapElement({
  tagName: 'video-uploader-cancel',
  elementClass: VideoUploaderCancelElement,
  events: {},
  displayName: 'VideoUploaderCancel',
});

/** `<video-uploader-retry>`: continues a failed upload. */
export const VideoUploaderRetry = wrapElement({
  tagName: 'video-uploader-retry',
  elementClass: VideoUploaderRetryElement,
  events: {},
  displayName: 'VideoUploaderRetry',
});
