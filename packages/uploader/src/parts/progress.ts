import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formatDuration, formatPercent } from '../format.ts';
import { UploaderPart } from './uploader-part.ts';

export type ProgressType = 'bar' | 'percentage' | 'radial';

/**
 * @summary Upload progress of its `<video-uploader>` as a bar, a percentage or a ring.
 * @csspart track - The bar's or ring's background.
 * @csspart bar - The filled part.
 * @csspart percentage - The percentage text.
 * @cssproperty --video-uploader-progress-height - Bar thickness.
 * @cssproperty --video-uploader-progress-size - Ring diameter.
 * @cssproperty --progress-bar-fill-color - Mux Uploader's names, used when ours are unset:
 *   `--progress-bar-background-color`, `--progress-bar-height`, `--progress-bar-border-radius`,
 *   `--progress-bar-box-shadow`, `--progress-radial-fill-color`, `--progress-percentage-display`.
 */
export class VideoUploaderProgress extends UploaderPart {
  static override styles = css`
    :host {
      display: block;
    }
    :host([type='percentage']) {
      display: var(--progress-percentage-display, inline-block);
    }
    :host([type='radial']) {
      display: inline-block;
    }
    [part='track'] {
      height: var(--video-uploader-progress-height, var(--progress-bar-height, 0.5rem));
      border-radius: var(--video-uploader-radius, var(--progress-bar-border-radius, 6px));
      background: var(--video-uploader-progress-track, var(--progress-bar-background-color, #e5e7eb));
      box-shadow: var(--progress-bar-box-shadow, none);
      overflow: hidden;
    }
    [part='bar'] {
      height: 100%;
      background: var(--video-uploader-accent, var(--progress-bar-fill-color, #2563eb));
      transition: width 0.2s linear;
    }
    svg {
      width: var(--video-uploader-progress-size, 3rem);
      height: var(--video-uploader-progress-size, 3rem);
      transform: rotate(-90deg);
    }
    circle[part='track'] {
      stroke: var(--video-uploader-progress-track, #e5e7eb);
    }
    circle[part='bar'] {
      stroke: var(--video-uploader-accent, var(--progress-radial-fill-color, #2563eb));
    }
    @media (prefers-reduced-motion: reduce) {
      [part='bar'] {
        transition: none;
      }
    }
  `;

  @property({ reflect: true }) type: ProgressType = 'bar';

  override render(): TemplateResult | typeof nothing {
    const uploader = this.target;
    if (!uploader) return nothing;
    const { percent, eta } = uploader.view;
    const lang = uploader.resolvedLang;
    // Nothing to show before a file is chosen (and after a reset), as in Mux Uploader.
    const shown = uploader.view.phase === 'idle' ? '' : formatPercent(lang, percent);
    if (this.type === 'percentage') return html`<span part="percentage">${shown}</span>`;
    const text = eta === null ? shown : `${shown}, ${formatDuration(lang, eta)}`;
    const meter = (content: TemplateResult): TemplateResult =>
      html`<div
        role="progressbar"
        aria-label=${uploader.t('progressLabel')}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${Math.round(percent)}
        aria-valuetext=${text}
      >
        ${content}
      </div>`;
    if (this.type === 'radial') {
      const circumference = 2 * Math.PI * 16;
      return meter(
        html`<svg viewBox="0 0 36 36" aria-hidden="true">
          ${svg`<circle part="track" cx="18" cy="18" r="16" fill="none" stroke-width="4"></circle>
            <circle part="bar" cx="18" cy="18" r="16" fill="none" stroke-width="4"
              stroke-dasharray=${circumference} stroke-dashoffset=${circumference * (1 - percent / 100)}></circle>`}
        </svg>`,
      );
    }
    return meter(html`<div part="track"><div part="bar" style="width: ${percent}%"></div></div>`);
  }
}
