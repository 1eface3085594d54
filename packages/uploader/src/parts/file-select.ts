import { html, type TemplateResult } from 'lit';
import { buttonStyles } from './part.styles.ts';
import { UploaderPart } from './uploader-part.ts';

/**
 * @summary The button that opens the file picker of its `<video-uploader>`.
 * @slot - Replaces the built-in button (Mux Uploader); clicking what it holds opens the picker.
 * @csspart button - The native button.
 */
export class VideoUploaderFileSelect extends UploaderPart {
  static override styles = buttonStyles;

  override render(): TemplateResult {
    const uploader = this.target;
    const view = uploader?.view;
    return html`<slot
      ><button part="button" type="button" ?disabled=${!view?.canSelect}>
        ${uploader?.t(view?.multiple ? 'selectFiles' : 'selectFile') ?? ''}
      </button></slot
    >`;
  }

  // On the host, so a click on the page's own slotted content opens the picker too (a
  // keyboard activates that content with a click of its own, as it does the built-in button).
  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.#open);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.#open);
  }

  readonly #open = (): void => {
    if (this.target?.view.canSelect) this.target.openFilePicker();
  };
}
