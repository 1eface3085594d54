import { css } from 'lit';

/** `theme="classic"`: a solid bar under a flat, square-cornered time slider; no centre play. */
export const classicTheme = css`
  .ui {
    --_accent: var(--video-player-accent-color, #3d8bfd);
  }
  .bar {
    padding: 0;
    background: var(--_bg);
  }
  .timeline {
    margin: 0;
    height: 1em;
  }
  .rail {
    border-radius: 0;
    height: 0.3em;
  }
  .row {
    padding: 0 0.25em 0.125em;
  }
  button {
    border-radius: 0;
  }
  .center-play {
    display: none;
  }
  .title {
    background: var(--_bg);
    padding-bottom: 0.75em;
  }
`;
