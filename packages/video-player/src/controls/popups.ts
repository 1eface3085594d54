/** The controls' popups, loaded together on first use: the menus and the shortcuts help. */
import { popupStyles } from './popups.styles.ts';

export { openMenu } from './menus.ts';
export { shortcutsHelp } from './shortcuts-help.ts';

/**
 * Adopts the popups' styles into a player's shadow root, before its own and its theme's, so
 * those still override them as they did when the styles were part of the element's.
 */
export function adoptPopupStyles(root: ShadowRoot): void {
  const sheet = popupStyles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
}
