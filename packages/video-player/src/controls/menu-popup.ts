/**
 * The one menu of the player (captions, caption style, audio, quality, rate): a button with
 * `aria-haspopup="menu"` and a popup of `menuitemradio` (or `menuitemcheckbox`) buttons in labelled groups, with
 * roving focus (arrows, Home/End), Escape to close and focus back on its button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ControlsContext } from './context.ts';
import { muxName } from './part-names.ts';

export interface MenuItem {
  label: string;
  /** Radio items show a check; plain items (Back, Caption style…) do not. */
  checked?: boolean;
  /** An on/off setting (`menuitemcheckbox`) instead of one choice of its group (`menuitemradio`). */
  toggle?: boolean;
  select(): void;
  /** Keep the menu open after choosing (the caption style settings preview live). */
  keepOpen?: boolean;
}

export interface MenuGroup {
  label?: string;
  items: MenuItem[];
}

function onKeydown(ctx: ControlsContext, event: KeyboardEvent): void {
  const menu = event.currentTarget as HTMLElement;
  const items = [...menu.querySelectorAll<HTMLElement>('[role^="menuitem"]')];
  const index = items.indexOf((menu.getRootNode() as ShadowRoot).activeElement as HTMLElement);
  const move: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 };
  const target = move[event.key];
  if (target !== undefined) {
    items[(target + items.length) % items.length]?.focus();
  } else if (event.key === 'Escape') {
    ctx.setMenu(null, true);
  } else if (event.key === 'Tab') {
    ctx.setMenu(null);
    return;
  } else {
    return;
  }
  event.preventDefault();
  event.stopPropagation();
}

/** The open menu's popup. */
export function renderMenu(
  ctx: ControlsContext,
  label: string,
  groups: MenuGroup[],
  head: unknown = nothing,
): TemplateResult {
  return html`<div
    id="menu"
    class="menu"
    part="menu bottom ${muxName(ctx.menu ?? '')} menu"
    role="menu"
    aria-label=${label}
    @keydown=${(event: KeyboardEvent) => onKeydown(ctx, event)}
  >
    ${head}
    ${groups.map(
      (group) =>
        html`<div role="group" aria-label=${group.label ?? label}>
          ${group.label ? html`<div class="menu-label" aria-hidden="true">${group.label}</div>` : nothing}
          ${group.items.map(
            (item) =>
              html`<button
                role=${item.checked === undefined ? 'menuitem' : item.toggle ? 'menuitemcheckbox' : 'menuitemradio'}
                aria-checked=${item.checked === undefined ? nothing : String(item.checked)}
                tabindex="-1"
                @click=${() => {
                  item.select();
                  if (!item.keepOpen) ctx.setMenu(null, true);
                }}
              >
                ${item.label}
              </button>`,
          )}
        </div>`,
    )}
  </div>`;
}
