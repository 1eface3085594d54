/**
 * The base of every part: an `uploader` attribute to link by id, the link itself, and Mux
 * Uploader's state attributes (`file-ready`, `upload-in-progress`, `upload-complete`,
 * `upload-error`, `paused`) mirrored from the uploader for page CSS.
 */
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { UploaderLink } from '../controllers/uploader-link.ts';
import { reflectUploadState } from '../state-attributes.ts';
import type { UploaderApi } from '../uploader-api.ts';

export class UploaderPart extends LitElement {
  /** The id of the `<video-uploader>` this part belongs to, when it lives outside it. */
  @property({ reflect: true }) uploader = '';
  /** Mux Uploader's name for `uploader`. */
  @property({ attribute: 'mux-uploader' }) muxUploader = '';

  protected readonly link = new UploaderLink(this);

  protected get target(): UploaderApi | null {
    return this.link.uploader;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const relinks = (key: 'uploader' | 'muxUploader'): boolean => changed.has(key) && changed.get(key) !== undefined;
    if (relinks('uploader') || relinks('muxUploader')) this.link.relink();
    const view = this.target?.view ?? null;
    reflectUploadState(this, view, view?.phase === 'paused');
  }
}
