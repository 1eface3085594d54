/**
 * The controls during an interruption (an ad break), loaded with the first one: the controls
 * stack over the ad's surface so the bar, its menus, the shortcuts help and the centre play (shown
 * while the ad is paused: it resumes the ad) stay usable, and the rest of the controls layer lets
 * the pointer through to the ad (its click-through and skip).
 */
import { css } from 'lit';

const interruptionStyles = css`
  :host([ad-playing]) .ui {
    z-index: calc(var(--ad-layer-z-index, 10) + 1);
    pointer-events: none;
  }
  :host([ad-playing]) :is(.bar, .menu, .help, .center-play) {
    pointer-events: auto;
  }
`;

/** Adopted before the element's own sheets, so a theme applied later keeps it (see themes/load.ts). */
export function adoptInterruptionStyles(root: HTMLElement | DocumentFragment): void {
  const sheet = interruptionStyles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
}
