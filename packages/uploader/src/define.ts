/** Registers `<video-uploader>` and its parts. The package's only module with side effects. */
import type { VideoUploaderCancel, VideoUploaderPause, VideoUploaderRetry } from './parts/controls.ts';
import type { VideoUploaderDrop } from './parts/drop.ts';
import type { VideoUploaderFileSelect } from './parts/file-select.ts';
import type { VideoUploaderProgress } from './parts/progress.ts';
import { defineElements, uploaderParts } from './parts/registry.ts';
import type { VideoUploaderSrText } from './parts/sr-text.ts';
import type { VideoUploaderStatus } from './parts/status.ts';
import type { VideoUploaderEventMap } from './events.ts';
import { VideoUploader } from './video-uploader.ts';

defineElements({ 'video-uploader': VideoUploader, ...uploaderParts });

declare global {
  interface HTMLElementTagNameMap {
    'video-uploader': VideoUploader;
    'video-uploader-drop': VideoUploaderDrop;
    'video-uploader-file-select': VideoUploaderFileSelect;
    'video-uploader-progress': VideoUploaderProgress;
    'video-uploader-status': VideoUploaderStatus;
    'video-uploader-sr-text': VideoUploaderSrText;
    'video-uploader-pause': VideoUploaderPause;
    'video-uploader-cancel': VideoUploaderCancel;
    'video-uploader-retry': VideoUploaderRetry;
  }
  // Only the names no DOM event already uses ('progress', 'success' and the rest stay as they are).
  interface HTMLElementEventMap {
    'file-ready': VideoUploaderEventMap['file-ready'];
    uploadstart: VideoUploaderEventMap['uploadstart'];
    chunkattempt: VideoUploaderEventMap['chunkattempt'];
    chunksuccess: VideoUploaderEventMap['chunksuccess'];
    pausedchange: VideoUploaderEventMap['pausedchange'];
    uploaderror: VideoUploaderEventMap['uploaderror'];
  }
}

export { VideoUploader };
