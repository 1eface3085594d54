/**
 * The controls during an interruption (an ad break), loaded with the first one: the controls
 * stack over the ad's surface so the bar, its menus, the shortcuts help and the centre play (shown
 * while the ad is paused: it resumes the ad) stay usable, and the rest of the controls layer lets
 * the pointer through to the ad (its click-through and skip). Seeking and the content's time
 * are hidden until the break ends.
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
  /* The content's position cannot change and is not what plays: the ad shows its own countdown. */
  :host([ad-playing]) :is(.timeline, .seek-backward, .seek-forward, .time) {
    display: none;
  }
`;

/** Adopted before the element's own sheets, so a theme applied later keeps it (see themes/load.ts). */
export function adoptInterruptionStyles(root: HTMLElement | DocumentFragment): void {
  const sheet = interruptionStyles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
}
