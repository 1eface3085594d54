import { css } from 'lit';

/** `theme="minimal"`: play, time, a thin progress line and fullscreen; menus stay reachable. */
export const minimalTheme = css`
  .bar {
    padding: 0.75em 0.25em 0;
    background: linear-gradient(transparent, rgb(0 0 0 / 45%));
  }
  .seek-backward,
  .seek-forward,
  .volume .volume-range,
  .rate,
  .pip,
  .airplay,
  .audio,
  .quality {
    display: none;
  }
  .timeline {
    height: 0.75em;
  }
  .rail,
  .timeline:hover .rail {
    height: 0.15em;
    border-radius: 0;
  }
  input[type='range']::-webkit-slider-thumb {
    width: 0.6em;
    height: 0.6em;
    margin-top: -0.175em;
  }
  button {
    min-width: 2.25em;
    height: 2.25em;
  }
  svg {
    width: 1.25em;
    height: 1.25em;
  }
  .center-play {
    background: none;
  }
  /* Without a disc, a shadow keeps the icon readable over a bright picture. */
  .center-play svg {
    filter: drop-shadow(0 0 0.25em rgb(0 0 0 / 80%));
  }
  .center-play:hover {
    background: var(--_bg);
  }
`;
