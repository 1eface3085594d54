import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { UploaderPart } from './uploader-part.ts';

/**
 * @summary The visible status line of its `<video-uploader>`, whose figures agree with the bar.
 * Screen readers hear the same line (progress in steps of ten percent) from the uploader's
 * `<video-uploader-sr-text>`, so this one is not a live region (it would be announced twice).
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
  `;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Reflected so page CSS can colour the status by phase.
    this.setAttribute('phase', this.target?.view.phase ?? 'idle');
  }

  override render(): TemplateResult {
    const view = this.target?.view;
    return html`<p part="message">${view?.message ?? ''}</p>`;
  }
}
