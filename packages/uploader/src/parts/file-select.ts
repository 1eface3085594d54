import { html, type TemplateResult } from 'lit';
import { buttonStyles } from './part.styles.ts';
import { UploaderPart } from './uploader-part.ts';

/**
 * @summary The button that opens the file picker of its `<video-uploader>`.
 * @csspart button - The native button.
 */
export class VideoUploaderFileSelect extends UploaderPart {
  static override styles = buttonStyles;

  override render(): TemplateResult {
    const uploader = this.target;
    const view = uploader?.view;
    return html`<button
      part="button"
      type="button"
      ?disabled=${!view?.canSelect}
      @click=${() => uploader?.openFilePicker()}
    >
      ${uploader?.t(view?.multiple ? 'selectFiles' : 'selectFile') ?? ''}
    </button>`;
  }
}
