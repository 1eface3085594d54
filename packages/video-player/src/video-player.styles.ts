import { css } from 'lit';
import { controlsStyles } from './controls/controls.styles.ts';

const baseStyles = css`
  :host {
    display: block;
    position: relative;
    aspect-ratio: var(--video-player-aspect-ratio, 16 / 9);
    background: #000;
    color: #fff;
    overflow: hidden;
    contain: layout paint;
  }
  :host([hidden]) {
    display: none;
  }
  video,
  .placeholder,
  ::slotted([slot='poster']) {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  video {
    object-fit: var(--video-player-object-fit, var(--media-object-fit, contain));
    object-position: var(--media-object-position, center);
    /* Transparent until the poster or a frame paints, so the placeholder shows through. */
    background: transparent;
  }
  .placeholder,
  ::slotted([slot='poster']) {
    object-fit: contain;
  }
  /* Cues move up while the control bar shows, and back down when it hides. */
  video::-webkit-media-text-track-container {
    translate: 0 calc(-1 * var(--vk-cue-lift, 0px));
  }
  .cast-button {
    position: absolute;
    top: 0.5em;
    right: 0.5em;
    display: var(--cast-button, var(--bottom-cast-button, grid));
    place-items: center;
    padding: 0.4em;
    border: 0;
    border-radius: 0.3em;
    color: inherit;
    background: rgb(0 0 0 / 55%);
    cursor: pointer;
  }
  .cast-button[aria-pressed='true'] {
    color: var(--video-player-accent-color, #4fc3f7);
  }
  .cast-button:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
  }
`;

export const videoPlayerStyles = [baseStyles, controlsStyles];
