/**
 * @videokit/uploader: `<video-uploader>` and its chunked, resumable upload
 * transport (an UpChunk-compatible API).
 */
export { createUpload, Upload, UpChunk, type UploadState } from './transport/upload.ts';
export { isIncompleteChunkUploadNeedingRetry } from './transport/chunk-outcome.ts';
export type { UploadOptions, UploadSource, Endpoint, HeaderMap } from './transport/options.ts';
export { UploadError, UploadOptionError, type UploadErrorReason, type UploadErrorDetails } from './transport/errors.ts';
export * from './transport/upload-events.ts';
export type { ProgressSnapshot } from './transport/progress-meter.ts';
export { VideoUploader } from './video-uploader.ts';
export { VideoUploaderDrop } from './parts/drop.ts';
export { VideoUploaderFileSelect } from './parts/file-select.ts';
export { VideoUploaderProgress, type ProgressType } from './parts/progress.ts';
export { VideoUploaderStatus } from './parts/status.ts';
export { VideoUploaderSrText } from './parts/sr-text.ts';
export { VideoUploaderPause, VideoUploaderCancel, VideoUploaderRetry } from './parts/controls.ts';
export * from './events.ts';
export type { UploaderApi, UploaderView, UploaderPhase } from './uploader-api.ts';
export { loadLocale, SUPPORTED_LANGUAGES, type Strings } from './locales.ts';
