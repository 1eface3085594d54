import { VideoUploaderCancel, VideoUploaderPause, VideoUploaderRetry } from './controls.ts';
import { VideoUploaderDrop } from './drop.ts';
import { VideoUploaderFileSelect } from './file-select.ts';
import { VideoUploaderProgress } from './progress.ts';
import { VideoUploaderSrText } from './sr-text.ts';
import { VideoUploaderStatus } from './status.ts';

/** The parts by tag name: `<video-uploader>` renders them, so it registers them when it connects. */
export const uploaderParts = {
  'video-uploader-drop': VideoUploaderDrop,
  'video-uploader-file-select': VideoUploaderFileSelect,
  'video-uploader-progress': VideoUploaderProgress,
  'video-uploader-status': VideoUploaderStatus,
  'video-uploader-sr-text': VideoUploaderSrText,
  'video-uploader-pause': VideoUploaderPause,
  'video-uploader-cancel': VideoUploaderCancel,
  'video-uploader-retry': VideoUploaderRetry,
} as const;

/** Registers each element under its name unless something already has (a page's own `define`, a CDN bundle). */
export function defineElements(elements: Readonly<Record<string, CustomElementConstructor>>): void {
  for (const [name, element] of Object.entries(elements)) {
    if (!customElements.get(name)) customElements.define(name, element);
  }
}
