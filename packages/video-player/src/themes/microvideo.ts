import { css } from 'lit';

/**
 * `theme="microvideo"`: short clips, often portrait: a big centre play, only play, mute,
 * captions and fullscreen in the bar, and the progress as a hairline along the bottom edge.
 */
export const microvideoTheme = css`
  .bar {
    display: flex;
    flex-direction: column-reverse;
    padding: 0;
    background: linear-gradient(transparent, rgb(0 0 0 / 40%));
  }
  .row {
    padding: 0 0.25em;
  }
  .timeline {
    margin: 0;
    height: 0.5em;
  }
  .rail,
  .timeline:hover .rail {
    inset: auto 0 0;
    translate: none;
    height: 0.2em;
    border-radius: 0;
  }
  .timeline input::-webkit-slider-thumb {
    opacity: 0;
  }
  .seek-backward,
  .seek-forward,
  .volume .volume-range,
  .time,
  .rate,
  .pip,
  .airplay,
  .audio,
  .quality {
    display: none;
  }
  .center-play {
    width: 5.5em;
    height: 5.5em;
  }
  .center-play svg {
    width: 3em;
    height: 3em;
  }
  .paused.started .center-play {
    display: var(--center-play-button, inline-flex);
  }
`;
