/**
 * The time slider while an interruption (an ad) plays: its progress on the same rail, disabled
 * (nothing to seek), and in the tab order, so a screen reader can hear how far the ad has come.
 */
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { spokenTime } from '../i18n/time.ts';
import type { Interruption } from '../targets/target.ts';
import type { ControlsContext } from './context.ts';

export function interruptionProgress(interruption: Interruption, ctx: ControlsContext): TemplateResult {
  const duration = interruption.duration ?? NaN;
  const known = Number.isFinite(duration) && duration > 0;
  const time = known ? Math.min(duration, Math.max(0, interruption.currentTime ?? 0)) : 0;
  const spoken = (seconds: number): string => spokenTime(seconds, ctx.locale.lang);
  const progress = known ? ctx.t('timeOf', { time: spoken(time), duration: spoken(duration) }) : '';
  const valuetext = [interruption.label, progress].filter(Boolean).join(', ');
  return html`<div class="timeline interruption-timeline" part="time-range bottom time range">
    <div class="rail">
      <div class="progress" style=${styleMap({ width: `${String(known ? (time / duration) * 100 : 0)}%` })}></div>
    </div>
    <div
      part="time-slider"
      role="slider"
      tabindex="0"
      aria-disabled="true"
      aria-label=${ctx.t('seek')}
      aria-valuemin="0"
      aria-valuemax=${String(known ? duration : 0)}
      aria-valuenow=${String(time)}
      aria-valuetext=${valuetext}
    ></div>
  </div>`;
}
