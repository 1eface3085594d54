import { css } from 'lit';

/**
 * `theme="news"`: for players inside articles. A red accent, a black pill to start, a thin
 * edge-to-edge progress line over a compact bar (play, back, time, then volume, captions,
 * quality and fullscreen), whose thumb shows only while the line is hovered or focused.
 */
export const newsTheme = css`
  .ui {
    --_accent: var(--video-player-accent-color, #f72210);
  }
  .bar {
    padding: 2.5em 0.25em 0;
    background: linear-gradient(transparent, rgb(0 0 0 / 35%) 40%, rgb(0 0 0 / 85%));
  }
  .timeline {
    margin: 0 -0.25em;
    height: 0.75em;
  }
  .rail,
  .timeline:hover .rail {
    height: 0.3em;
    border-radius: 0;
  }
  .timeline input::-webkit-slider-thumb {
    background: var(--_accent);
    scale: 0;
    transition: scale 0.1s linear;
  }
  .timeline:hover input::-webkit-slider-thumb,
  .timeline input:focus-visible::-webkit-slider-thumb {
    scale: 1;
  }
  .preview-time {
    border-radius: 0;
    background: #d8d8d8;
    color: #000;
  }
  .seek-forward,
  .rate,
  .pip,
  .airplay,
  .audio {
    display: none;
  }
  button {
    min-width: 2.5em;
    height: 2.5em;
    border-radius: 0;
  }
  .time {
    font-size: 0.95em;
  }
  .center-play {
    width: auto;
    height: auto;
    padding: 0.9em 1.6em;
    border-radius: 2em;
    background: #000;
  }
  .center-play:hover {
    background: #000;
    color: var(--_accent);
  }
  .center-play svg {
    width: 2em;
    height: 2em;
  }
  .menu {
    border-radius: 0.3em;
  }
  .menu [aria-checked='true'] {
    background: var(--_accent);
  }
`;
