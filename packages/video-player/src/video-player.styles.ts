import { css } from 'lit';

export const videoPlayerStyles = css`
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
  .placeholder {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  video {
    object-fit: var(--video-player-object-fit, contain);
    /* Transparent until the poster or a frame paints, so the placeholder shows through. */
    background: transparent;
  }
  .placeholder {
    background: center / contain no-repeat;
  }
  .error {
    position: absolute;
    inset: auto 0 0 0;
    padding: 0.75em 1em;
    background: rgb(0 0 0 / 80%);
    font:
      0.9rem/1.4 system-ui,
      sans-serif;
    white-space: pre-line;
  }
`;
