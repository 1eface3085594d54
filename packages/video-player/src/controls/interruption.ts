/**
 * The controls during an interruption (an ad break), loaded with the first one: the controls
 * stack over the ad's surface so the bar, its menus, the shortcuts help and the centre play (shown
 * while the ad is paused: it resumes the ad) stay usable, and the rest of the controls layer lets
 * the pointer through to the ad (its click-through and skip). The time slider shows the ad's
 * progress instead of the content's (see `InterruptionControls`); seek buttons, the content's time
 * and the controls that act on the content only give way until the break ends.
 */
import { css } from 'lit';
import type { ControlsController } from '../controllers/controls.ts';
import { InterruptionControls, type InterruptionHost } from '../controllers/interruption-controls.ts';
import type { Interruption } from '../targets/target.ts';

const interruptionStyles = css`
  :host([ad-playing]) .ui {
    z-index: calc(var(--ad-layer-z-index, 10) + 1);
    pointer-events: none;
  }
  :host([ad-playing]) :is(.bar, .menu, .help, .center-play) {
    pointer-events: auto;
  }
  /* Rendered while the ad is paused, also when the content had started before the break. */
  :host([ad-playing]) .started .center-play {
    display: var(--controls, var(--play-button, var(--center-play-button, var(--center-controls, inline-flex))));
  }
  /* The content's position cannot change and is not what plays; its menus (captions, audio,
     quality, speed), picture-in-picture, AirPlay and Cast act on what is not playing either. */
  :host([ad-playing])
    :is(
      .timeline:not(.interruption-timeline),
      .seek-backward,
      .seek-forward,
      .time,
      .menu-button,
      .pip,
      .airplay,
      slot[name='cast-button']
    ) {
    display: none;
  }
  /* The ad's progress: a rail with nothing to grab, in the ad badge's colour. */
  .interruption-progress {
    display: contents;
  }
  .interruption-timeline {
    cursor: default;
  }
  .bar .interruption-timeline.timeline .rail {
    height: 0.25em;
  }
  .interruption-timeline .progress {
    background: var(--ad-layer-badge-color, #f5c518);
  }
  .interruption-timeline [role='slider'] {
    position: absolute;
    inset: 0;
    border-radius: 0.25em;
  }
`;

/** Adopted before the element's own sheets, so a theme applied later keeps it (see themes/load.ts). */
function adoptInterruptionStyles(root: HTMLElement | DocumentFragment): void {
  const sheet = interruptionStyles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
}

const followers = new WeakMap<InterruptionHost, InterruptionControls>();

/** The player's `interrupt()` took `interruption`: its styles, and the controller that follows it. */
export function interrupted(host: InterruptionHost, controls: ControlsController, interruption: Interruption): void {
  adoptInterruptionStyles(host.renderRoot);
  let follower = followers.get(host);
  if (!follower) {
    follower = new InterruptionControls(host, controls);
    followers.set(host, follower);
  }
  follower.follow(interruption);
}
