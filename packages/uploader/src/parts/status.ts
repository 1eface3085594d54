import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { UploaderPart } from './uploader-part.ts';

/**
 * @summary The status line of its `<video-uploader>`, a polite live region: screen readers
 * hear phase changes, errors and progress in steps of ten percent, while the visible line
 * gives the same figure as the bar.
 * @csspart message - The text.
 */
export class VideoUploaderStatus extends UploaderPart {
  static override styles = css`
    :host {
      display: block;
    }
    :host([phase='error']) [part='message'] {
      color: var(--video-uploader-error-color, #b91c1c);
    }
    :host([phase='success']) [part='message'] {
      color: var(--video-uploader-success-color, #15803d);
    }
    .announcement {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Reflected so page CSS can colour the status by phase.
    this.setAttribute('phase', this.target?.view.phase ?? 'idle');
  }

  override render(): TemplateResult {
    const view = this.target?.view;
    const message = view?.message ?? '';
    const announcement = view?.announcement ?? message;
    // One live region that stays in the DOM (so it announces), hidden while a finer figure shows.
    const split = announcement !== message;
    return html`${split ? html`<p part="message" aria-hidden="true">${message}</p>` : nothing}
      <p part="message" class=${split ? 'announcement' : ''} role="status" aria-live="polite">${announcement}</p>`;
  }
}
