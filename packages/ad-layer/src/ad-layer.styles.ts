import { css } from 'lit';

/** The `<ad-layer>` host: a box around the player. */
export const adLayerStyles = css`
  :host {
    display: block;
    position: relative;
  }
  :host([hidden]) {
    display: none;
  }
`;

/**
 * The ad surface inside the player (a shadow root on the layer's container element): the IMA
 * container fills the player, with the ad state over it.
 */
export const adSurfaceStyles = css`
  :host {
    position: absolute;
    inset: 0;
    z-index: var(--ad-layer-z-index, 10);
    pointer-events: none;
    visibility: hidden;
    font:
      0.875rem/1.3 system-ui,
      sans-serif;
    color: #fff;
  }
  :host([data-active]) {
    visibility: visible;
  }
  :host([data-break]) {
    pointer-events: auto;
    background: #000;
  }
  /* Above the player's control bar, which stays usable over the ad (its buttons are 2.75em high). */
  .ad-ui {
    position: absolute;
    inset: auto 0 var(--ad-layer-controls-height, 4.5em) 0;
    display: flex;
    align-items: center;
    gap: 0.75em;
    padding: 0.5em 0.75em;
    background: linear-gradient(transparent, rgb(0 0 0 / 70%));
    pointer-events: none;
  }
  .ad-ui[hidden],
  .notice[hidden] {
    display: none;
  }
  .label {
    font-weight: 600;
    background: var(--ad-layer-badge-color, #f5c518);
    color: #000;
    padding: 0.1em 0.45em;
    border-radius: 0.25em;
  }
  .countdown {
    font-variant-numeric: tabular-nums;
  }
  .spacer {
    flex: 1;
  }
  button {
    pointer-events: auto;
    font: inherit;
    color: inherit;
    background: rgb(0 0 0 / 60%);
    border: 1px solid rgb(255 255 255 / 70%);
    border-radius: 0.25em;
    padding: 0.35em 0.8em;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--ad-layer-focus-color, #fff);
    outline-offset: 2px;
  }
  .skip-wait {
    opacity: 0.85;
  }
  .notice {
    position: absolute;
    inset: 0.75em 0.75em auto auto;
    display: flex;
    gap: 0.5em;
    align-items: center;
    max-width: 80%;
    padding: 0.5em 0.75em;
    background: rgb(0 0 0 / 80%);
    border-radius: 0.25em;
    pointer-events: auto;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
