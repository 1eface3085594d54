import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { UploaderPart } from './uploader-part.ts';

/**
 * @summary A drop zone that hands dropped files to its `<video-uploader>` (which checks `accept`).
 * @slot - What the zone shows; by default a prompt.
 * @csspart prompt - The default prompt.
 * @csspart overlay - With `overlay`, what covers the zone while a file is dragged over it.
 * @cssproperty --video-uploader-drop-border - Border of the zone.
 * @cssproperty --overlay-background-color - The overlay's background (Mux Uploader's name).
 * @cssproperty --video-uploader-drop-active-background - Background while a file is dragged over.
 */
export class VideoUploaderDrop extends UploaderPart {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      padding: var(--video-uploader-drop-padding, 1.5rem);
      border: var(--video-uploader-drop-border, 2px dashed #9ca3af);
      border-radius: var(--video-uploader-radius, 6px);
      text-align: center;
    }
    :host([active]) {
      background: var(--video-uploader-drop-active-background, #eff6ff);
      border-color: var(--video-uploader-accent, #2563eb);
    }
    /* The overlay's text takes the prompt's place; the prompt showing through would garble both. */
    .covered {
      visibility: hidden;
    }
    [part='overlay'] {
      position: absolute;
      inset: 0;
      display: flex;
      align-items: center;
      justify-content: center;
      border-radius: inherit;
      background: var(--overlay-background-color, rgba(226, 253, 255, 0.95));
      pointer-events: none;
    }
  `;

  /** Set while files are dragged over the zone (for styling). */
  @property({ type: Boolean, reflect: true }) active = false;
  /** Cover the zone while a file is dragged over it (Mux Uploader). */
  @property({ type: Boolean }) overlay = false;
  /** Text on the overlay. */
  @property({ attribute: 'overlay-text' }) overlayText = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('dragenter', this.#onDragOver);
    this.addEventListener('dragover', this.#onDragOver);
    this.addEventListener('dragleave', this.#onDragLeave);
    this.addEventListener('drop', this.#onDrop);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('dragenter', this.#onDragOver);
    this.removeEventListener('dragover', this.#onDragOver);
    this.removeEventListener('dragleave', this.#onDragLeave);
    this.removeEventListener('drop', this.#onDrop);
  }

  override render(): TemplateResult {
    const overlay =
      this.overlay && this.active
        ? // Without its own text the overlay would hide the prompt and say nothing in its place.
          html`<div part="overlay" aria-hidden="true">${this.overlayText || this.target?.t('dropPrompt')}</div>`
        : nothing;
    return html`<slot class=${overlay === nothing ? '' : 'covered'}
        ><span part="prompt">${this.target?.t('dropPrompt') ?? ''}</span></slot
      >${overlay}`;
  }

  readonly #onDragOver = (event: DragEvent): void => {
    if (!this.target?.view.canSelect || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.active = true;
  };

  readonly #onDragLeave = (event: DragEvent): void => {
    if (event.relatedTarget instanceof Node && this.contains(event.relatedTarget)) return;
    this.active = false;
  };

  readonly #onDrop = (event: DragEvent): void => {
    this.active = false;
    const files = event.dataTransfer?.files;
    if (!files?.length || !this.target?.view.canSelect) return;
    event.preventDefault();
    this.target.addFiles(files);
  };
}
