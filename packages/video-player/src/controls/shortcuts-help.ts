/** The keyboard shortcuts dialog (`?`), from the one shortcuts table. */
import { html, type TemplateResult } from 'lit';
import { SHORTCUTS } from '../controllers/hotkeys.ts';
import type { ControlsContext } from './context.ts';

export const shortcutsHelp = (ctx: ControlsContext, close: () => void): TemplateResult =>
  html`<div
    class="help"
    part="shortcuts"
    role="dialog"
    aria-label=${ctx.t('shortcuts')}
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    }}
  >
    <h2>${ctx.t('shortcuts')}</h2>
    <dl>
      ${SHORTCUTS.map(
        ({ shown, label }) =>
          html`<dt><kbd dir="ltr">${shown}</kbd></dt>
            <dd>${ctx.t(label)}</dd>`,
      )}
    </dl>
    <button class="close" @click=${close}>${ctx.t('close')}</button>
  </div>`;
