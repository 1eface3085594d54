/**
 * The time slider: a native range input (role, keyboard and touch for free) over buffered
 * ranges, with a hover/drag preview of the storyboard tile and the time there.
 */
import type { ReactiveControllerHost } from 'lit';
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { clock, spokenTime } from '../i18n/index.ts';
import type { ControlsContext } from './context.ts';

const KEY_STEP = 5;
const clamp = (value: number): number => Math.min(1, Math.max(0, value));

export class TimeSlider {
  readonly #host: ReactiveControllerHost;
  /** Where the pointer hovers, 0–1 along the slider in reading direction; null when away. */
  #hover: number | null = null;
  /** The value being dragged to, in seconds; null when not dragging. */
  #drag: number | null = null;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  render(ctx: ControlsContext): TemplateResult | typeof nothing {
    const { s } = ctx;
    if (s.live && !s.dvr) return nothing;
    const [min, max] = s.seekable;
    const span = Math.max(0, max - min);
    const value = this.#drag ?? Math.min(max, Math.max(min, s.time));
    const at = (time: number): number => (span ? clamp((time - min) / span) : 0);
    const valuetext = s.live
      ? s.atLiveEdge
        ? ctx.t('atLive')
        : ctx.t('behindLive', { time: spokenTime(max - value, ctx.locale.lang) })
      : ctx.t('timeOf', {
          time: spokenTime(value, ctx.locale.lang),
          duration: spokenTime(s.duration, ctx.locale.lang),
        });
    const preview = this.#hover ?? (this.#drag === null ? null : at(this.#drag));
    const previewTime = preview === null ? 0 : min + preview * span;
    const board = !s.live && ctx.storyboard;
    const percent = (fraction: number): string => `${String(fraction * 100)}%`;
    return html`<div
      class="timeline"
      part="time-range bottom time range"
      @pointermove=${(event: PointerEvent) => this.#onHover(event, ctx.rtl)}
      @pointerleave=${() => this.#setHover(null)}
    >
      <div class="rail">
        ${s.buffered.map(
          ([start, end]) =>
            html`<div
              class="buffered"
              style=${styleMap({ insetInlineStart: percent(at(start)), width: percent(at(end) - at(start)) })}
            ></div>`,
        )}
        <div class="progress" style=${styleMap({ width: percent(at(value)) })}></div>
        ${ctx.chapters?.marks(at)}
      </div>
      <input
        type="range"
        part="time-slider"
        min=${min}
        max=${max}
        step="any"
        aria-label=${ctx.t('seek')}
        aria-valuetext=${valuetext}
        .value=${String(value)}
        @input=${(event: Event) => {
          this.#drag = Number((event.target as HTMLInputElement).value);
          ctx.send('seek-request', this.#drag);
        }}
        @change=${() => {
          this.#drag = null;
          this.#host.requestUpdate();
        }}
        @keydown=${(event: KeyboardEvent) => this.#onKey(event, ctx, min, max, value)}
      />
      ${
        preview === null
          ? nothing
          : html`<div
              class="preview"
              part="preview"
              aria-hidden="true"
              style=${styleMap({ '--x': String(ctx.rtl ? 1 - preview : preview) })}
            >
              ${
                board
                  ? html`<storyboard-preview
                      src=${board.src ?? nothing}
                      playback-id=${board.playbackId ?? nothing}
                      custom-domain=${board.customDomain ?? nothing}
                      storyboard-token=${board.token ?? nothing}
                      asset-start-time=${board.assetStartTime ?? nothing}
                      asset-end-time=${board.assetEndTime ?? nothing}
                      .time=${previewTime}
                    ></storyboard-preview>`
                  : nothing
              }
              ${ctx.chapters?.title(previewTime)}
              <span class="preview-time">${s.live ? clock(previewTime - max) : clock(previewTime)}</span>
            </div>`
      }
    </div>`;
  }

  #setHover(value: number | null): void {
    this.#hover = value;
    this.#host.requestUpdate();
  }

  #onHover(event: PointerEvent, rtl: boolean): void {
    if (event.pointerType === 'touch' && this.#drag === null) return;
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const fraction = clamp((event.clientX - rect.left) / (rect.width || 1));
    this.#setHover(rtl ? 1 - fraction : fraction);
  }

  /** Arrows step 5 s (mirrored in right-to-left), Page keys 10% of the range, Home/End the ends. */
  #onKey(event: KeyboardEvent, ctx: ControlsContext, min: number, max: number, value: number): void {
    const page = Math.max(KEY_STEP, (max - min) / 10);
    const step = ctx.rtl ? -KEY_STEP : KEY_STEP;
    const targets: Record<string, number> = {
      ArrowRight: value + step,
      ArrowLeft: value - step,
      ArrowUp: value + KEY_STEP,
      ArrowDown: value - KEY_STEP,
      PageUp: value + page,
      PageDown: value - page,
      Home: min,
      End: max,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    ctx.send('seek-request', Math.min(max, Math.max(min, target)));
  }
}
