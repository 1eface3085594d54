import { css, html, type TemplateResult } from 'lit';
import { UploaderPart } from './uploader-part.ts';

/**
 * @summary What screen readers hear of its `<video-uploader>` (Mux Uploader's
 * `<mux-uploader-sr-text>`): a visually hidden polite live region with the status line (phase
 * changes, errors, progress in steps of ten percent, completion). The uploader always renders
 * one, also with `no-status`, so the visible status part is not announced a second time.
 * @csspart text - The hidden text.
 */
export class VideoUploaderSrText extends UploaderPart {
  static override styles = css`
    :host {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
  `;

  override render(): TemplateResult {
    // The announcement: the visible line, with progress in steps of ten so it is not read out at every percent.
    return html`<span part="text" role="status" aria-live="polite">${this.target?.view.announcement ?? ''}</span>`;
  }
}
