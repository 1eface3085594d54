/** The button that opens one of the player's menus (the popup itself is `menu-popup.ts`, loaded with the menus). */
import { html, nothing, type TemplateResult } from 'lit';
import type { ControlsContext, MenuName } from './context.ts';
import { icon, type IconName } from './icons.ts';
import { buttonParts } from './part-names.ts';

/** The button that opens a menu; hidden when it has nothing to offer. */
export function menuButton(
  ctx: ControlsContext,
  name: MenuName,
  iconName: IconName,
  label: string,
  extra: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const open = ctx.menu === name || (name === 'captions' && ctx.menu === 'style');
  return html`<button
    class="${name} menu-button"
    part=${buttonParts(name)}
    data-menu=${name}
    aria-label=${label}
    aria-haspopup="menu"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${open ? 'menu' : nothing}
    @click=${() => ctx.setMenu(open ? null : name)}
    @pointerenter=${ctx.loadMenus}
    @focus=${ctx.loadMenus}
  >
    ${icon(iconName)}${extra}
  </button>`;
}
