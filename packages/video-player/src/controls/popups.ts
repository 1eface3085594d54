/** The controls' popups, loaded together on first use: the menus and the shortcuts help. */
export { openMenu } from './menus.ts';
export { shortcutsHelp } from './shortcuts-help.ts';
