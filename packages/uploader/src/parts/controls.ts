import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { buttonStyles } from './part.styles.ts';
import { UploaderPart } from './uploader-part.ts';

/** A control that shows nothing takes no room, so the shown buttons line up from the start. */
const controlStyles = [
  buttonStyles,
  css`
    :host(:not([shown])) {
      display: none;
    }
  `,
];

/** Reflects whether `part` rendered its button, for the style above. */
function markShown(part: UploaderPart): void {
  part.toggleAttribute('shown', !!part.shadowRoot?.querySelector('button'));
}

/**
 * @summary Pauses or resumes its `<video-uploader>`; shown while an upload runs.
 * @csspart button - The native button; `aria-pressed` tells whether it is paused.
 */
export class VideoUploaderPause extends UploaderPart {
  static override styles = controlStyles;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    markShown(this);
  }

  override render(): TemplateResult | typeof nothing {
    const uploader = this.target;
    const phase = uploader?.view.phase;
    if (!uploader || (phase !== 'uploading' && phase !== 'paused' && phase !== 'offline')) return nothing;
    const paused = phase === 'paused';
    return html`<button
      part="button"
      type="button"
      aria-pressed=${paused ? 'true' : 'false'}
      @click=${() => (paused ? uploader.resume() : uploader.pause())}
    >
      ${uploader.t(paused ? 'resume' : 'pause')}
    </button>`;
  }
}

/**
 * @summary Cancels every unfinished upload of its `<video-uploader>`.
 * @csspart button - The native button.
 */
export class VideoUploaderCancel extends UploaderPart {
  static override styles = controlStyles;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    markShown(this);
  }

  override render(): TemplateResult | typeof nothing {
    const uploader = this.target;
    if (!uploader?.view.canCancel) return nothing;
    return html`<button part="button" type="button" @click=${() => uploader.cancel()}>${uploader.t('cancel')}</button>`;
  }
}

/**
 * @summary After a failure, continues the upload from what the server holds (never from zero).
 * @csspart button - The native button.
 */
export class VideoUploaderRetry extends UploaderPart {
  static override styles = controlStyles;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    markShown(this);
  }

  override render(): TemplateResult | typeof nothing {
    const uploader = this.target;
    if (!uploader?.view.canRetry) return nothing;
    return html`<button part="button" type="button" @click=${() => uploader.retry()}>${uploader.t('retry')}</button>`;
  }
}
