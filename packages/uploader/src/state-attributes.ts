/**
 * Mux Uploader's read-only state attributes, which pages style on
 * (`mux-uploader-file-select[upload-in-progress] { … }`): set on the uploader and on each part.
 */
import type { UploaderView } from './uploader-api.ts';

export function reflectUploadState(element: HTMLElement, view: UploaderView | null, paused: boolean): void {
  const phase = view?.phase ?? 'idle';
  element.toggleAttribute('file-ready', (view?.items.length ?? 0) > 0);
  element.toggleAttribute('upload-in-progress', ['uploading', 'paused', 'offline'].includes(phase));
  element.toggleAttribute('upload-complete', phase === 'success');
  element.toggleAttribute('upload-error', phase === 'error');
  element.toggleAttribute('paused', paused);
}
