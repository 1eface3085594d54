/** What sits over the video: title, big play, loading and the error (the shortcuts help is `shortcuts-help.ts`). */
import { html, nothing, type TemplateResult } from 'lit';
import { errorMessage } from '../i18n/index.ts';
import type { ControlsContext } from './context.ts';
import { icon } from './icons.ts';

/** The big centre play button: a pointer convenience; the bar's play button is the one in the tab order. */
export const centerPlay = (ctx: ControlsContext): TemplateResult | typeof nothing =>
  ctx.s.paused && !ctx.s.error
    ? html`<button
        class="center-play"
        part="center-play-button center play button pre-play"
        tabindex="-1"
        aria-hidden="true"
        @click=${() => ctx.send('play-request', undefined)}
      >
        ${icon('play')}
      </button>`
    : nothing;

export function loading(ctx: ControlsContext): TemplateResult | typeof nothing {
  if (ctx.s.error) return nothing;
  // A live stream that stopped arriving says so, instead of spinning with no end in sight.
  if (ctx.s.liveStalled) {
    return html`<div class="live-waiting" part="live-waiting" role="status">${ctx.t('waitingForStream')}</div>`;
  }
  return ctx.s.waiting
    ? html`<div class="loading" part="loading" role="progressbar" aria-label=${ctx.t('loading')}></div>`
    : nothing;
}

export function errorOverlay(ctx: ControlsContext): TemplateResult | typeof nothing {
  const error = ctx.s.error;
  if (!error) return nothing;
  const summary = errorMessage(ctx.locale, error);
  return html`<div part="error" class="error" role="alert">
    <p class="error-summary">${summary}</p>
    ${error.message !== summary ? html`<p class="error-detail">${error.message}</p>` : nothing}
    ${
      error.fatal
        ? html`<button class="retry" part="retry-button" @click=${() => ctx.send('retry-request', undefined)}>
            ${icon('retry')}${ctx.t('retry')}
          </button>`
        : nothing
    }
  </div>`;
}
