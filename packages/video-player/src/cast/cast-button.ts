import { html, type TemplateResult } from 'lit';

/** The parts of the Cast controller the button reads; the controller itself loads lazily. */
interface CastState {
  available: boolean;
  casting: boolean;
  toggle(): Promise<void>;
}

const CAST_ICON = html`<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
  <path
    fill="currentColor"
    d="M1 18v3h3a3 3 0 0 0-3-3Zm0-4v2a5 5 0 0 1 5 5h2a7 7 0 0 0-7-7Zm0-4v2a9 9 0 0 1 9 9h2A11 11 0 0 0 1 10Zm20-7H3a2 2 0 0 0-2 2v3h2V5h18v14h-7v2h7a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2Z"
  />
</svg>`;

/** The Cast button: shown only when a receiver is available; pressed while casting. */
export function renderCastButton(cast: CastState, label: { cast: string; stopCast: string }): TemplateResult | string {
  if (!cast.available) return '';
  return html`<button
    part="cast-button bottom cast button"
    class="cast-button"
    type="button"
    aria-label=${cast.casting ? label.stopCast : label.cast}
    aria-pressed=${cast.casting ? 'true' : 'false'}
    @click=${() => void cast.toggle()}
  >
    ${CAST_ICON}
  </button>`;
}
