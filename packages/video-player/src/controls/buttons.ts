/** The control bar's buttons and the volume slider: render functions over the context. */
import { html, nothing, type TemplateResult } from 'lit';
import { clock } from '../i18n/index.ts';
import type { ControlsContext } from './context.ts';
import { icon, type IconName } from './icons.ts';
import { buttonParts } from './part-names.ts';

const button = (
  name: string,
  label: string,
  iconName: IconName,
  onClick: () => void,
  attrs: { pressed?: boolean } = {},
): TemplateResult =>
  html`<button
    class=${name}
    part=${buttonParts(name)}
    aria-label=${label}
    aria-pressed=${attrs.pressed === undefined ? nothing : String(attrs.pressed)}
    @click=${onClick}
  >
    ${icon(iconName)}
  </button>`;

export const playButton = (ctx: ControlsContext): TemplateResult =>
  ctx.s.paused
    ? button('play', ctx.t('play'), 'play', () => ctx.send('play-request', undefined))
    : button('play', ctx.t('pause'), 'pause', () => ctx.send('pause-request', undefined));

export function seekButtons(ctx: ControlsContext): TemplateResult | typeof nothing {
  const { s, backwardOffset: back, forwardOffset: forward } = ctx;
  if (s.live && !s.dvr) return nothing;
  return html`${button('seek-backward', ctx.t('seekBack', { n: back }), 'back', () =>
    ctx.send('seek-request', s.time - back),
  )}${button('seek-forward', ctx.t('seekForward', { n: forward }), 'back', () =>
    ctx.send('seek-request', s.time + forward),
  )}`;
}

export function volumeControls(ctx: ControlsContext): TemplateResult {
  const { muted, volume } = ctx.s;
  const silent = muted || volume === 0;
  const percent = new Intl.NumberFormat(ctx.locale.lang, { style: 'percent' }).format(volume);
  return html`<div class="volume" part="volume">
    ${button('mute', silent ? ctx.t('unmute') : ctx.t('mute'), silent ? 'muted' : 'volume', () =>
      ctx.send('mute-request', !silent),
    )}
    <input
      type="range"
      class="volume-range"
      part="volume-range bottom volume range"
      min="0"
      max="1"
      step="0.05"
      aria-label=${ctx.t('volume')}
      aria-valuetext=${muted ? `${ctx.t('mutedState')}, ${percent}` : percent}
      .value=${String(muted ? 0 : volume)}
      style=${`--_level: ${String((muted ? 0 : volume) * 100)}%`}
      @input=${(event: Event) => ctx.send('volume-request', Number((event.target as HTMLInputElement).value))}
    />
  </div>`;
}

/** Elapsed (or remaining) / duration. A pointer convenience: the time slider's value text says the same in words. */
export function timeDisplay(ctx: ControlsContext): TemplateResult | typeof nothing {
  const { s } = ctx;
  if (s.live) return nothing;
  const shown = ctx.showRemaining ? clock(s.time - s.duration) : clock(s.time);
  return html`<button
    class="time"
    part="time-display bottom time display"
    tabindex="-1"
    aria-hidden="true"
    @click=${() => ctx.toggleRemaining()}
  >
    ${shown} / ${clock(s.duration)}
  </button>`;
}

export function liveButton(ctx: ControlsContext): TemplateResult | typeof nothing {
  const { s } = ctx;
  if (!s.live) return nothing;
  return html`<button
    class="live ${s.atLiveEdge ? 'at-edge' : ''}"
    part="live-button bottom live button"
    aria-label=${s.atLiveEdge ? ctx.t('atLive') : ctx.t('goLive')}
    @click=${() => ctx.send('seek-to-live-request', undefined)}
  >
    <span class="dot"></span>${ctx.t('live')}
  </button>`;
}

export function pipButton(ctx: ControlsContext): TemplateResult | typeof nothing {
  if (!document.pictureInPictureEnabled) return nothing;
  const { pip } = ctx.s;
  return button('pip', pip ? ctx.t('exitPip') : ctx.t('pip'), 'pip', () => ctx.send('pip-request', !pip), {
    pressed: pip,
  });
}

export function fullscreenButton(ctx: ControlsContext): TemplateResult | typeof nothing {
  if (!document.fullscreenEnabled) return nothing;
  const { fullscreen } = ctx.s;
  return button(
    'fullscreen',
    fullscreen ? ctx.t('exitFullscreen') : ctx.t('fullscreen'),
    fullscreen ? 'exitFullscreen' : 'fullscreen',
    () => ctx.send('fullscreen-request', !fullscreen),
  );
}

export const airplayButton = (ctx: ControlsContext): TemplateResult | typeof nothing =>
  ctx.s.airplay
    ? button('airplay', ctx.t('airplay'), 'airplay', () => ctx.send('airplay-request', undefined))
    : nothing;
