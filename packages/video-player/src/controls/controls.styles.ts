import { css } from 'lit';

/**
 * Controls: an overlay that never changes the player's layout (it fades, it does not collapse),
 * sized by container queries, themed by custom properties, each control hideable with
 * `--<control>: none`.
 */
export const controlsStyles = css`
  .ui {
    --_fg: var(--video-player-primary-color, #fff);
    --_bg: var(--video-player-secondary-color, rgb(20 20 20 / 72%));
    --_accent: var(--video-player-accent-color, #fa50b5);
    position: absolute;
    inset: 0;
    container-type: size;
    color: var(--_fg);
    font:
      500 0.875rem/1.2 system-ui,
      sans-serif;
    outline: none;
    -webkit-tap-highlight-color: transparent;
  }
  .ui.idle {
    cursor: none;
  }
  .gesture {
    position: absolute;
    inset: 0;
    touch-action: manipulation;
  }
  .bar,
  .title {
    position: absolute;
    inset-inline: 0;
    transition: opacity 0.25s;
  }
  .idle .bar,
  .idle .title,
  .idle .preview {
    opacity: 0;
  }
  .title {
    display: var(--title-display, block);
    top: 0;
    padding: 0.75em 1em 2em;
    background: linear-gradient(rgb(0 0 0 / 60%), transparent);
    font-size: 1.05em;
    pointer-events: none;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .bar {
    bottom: 0;
    padding: 1.5em 0.5em 0.25em;
    background: linear-gradient(transparent, rgb(0 0 0 / 65%));
  }
  .row {
    display: flex;
    align-items: center;
    gap: 0.125em;
  }
  .spacer {
    flex: 1;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-width: 2.75em;
    height: 2.75em;
    padding: 0 0.5em;
    border: 0;
    border-radius: 0.4em;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  button:hover {
    background: rgb(255 255 255 / 14%);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  svg {
    width: 1.5em;
    height: 1.5em;
    fill: currentColor;
  }
  .seek-forward svg,
  [dir='rtl'] .seek-backward svg {
    transform: scaleX(-1);
  }
  [dir='rtl'] .seek-forward svg {
    transform: none;
  }
  .play {
    display: var(--play-button, inline-flex);
  }
  .seek-backward {
    display: var(--seek-backward-button, inline-flex);
  }
  .seek-forward {
    display: var(--seek-forward-button, inline-flex);
  }
  .mute {
    display: var(--mute-button, inline-flex);
  }
  .captions {
    display: var(--captions-button, inline-flex);
  }
  .audio {
    display: var(--audio-track-button, inline-flex);
  }
  .quality {
    display: var(--rendition-button, inline-flex);
  }
  .rate {
    display: var(--playback-rate-button, inline-flex);
  }
  .pip {
    display: var(--pip-button, inline-flex);
  }
  .airplay {
    display: var(--airplay-button, inline-flex);
  }
  .fullscreen {
    display: var(--fullscreen-button, inline-flex);
  }
  .live {
    display: var(--live-button, inline-flex);
    font-weight: 600;
    text-transform: uppercase;
  }
  .time {
    display: var(--time-display, inline-flex);
    font-variant-numeric: tabular-nums;
    unicode-bidi: isolate;
    direction: ltr;
  }
  .dot {
    width: 0.55em;
    height: 0.55em;
    border-radius: 50%;
    background: currentColor;
    opacity: 0.6;
  }
  .at-edge .dot {
    background: #f33;
    opacity: 1;
  }
  .volume {
    display: flex;
    align-items: center;
  }
  input[type='range'] {
    appearance: none;
    margin: 0;
    background: none;
    cursor: pointer;
    accent-color: var(--_accent);
  }
  input[type='range']::-webkit-slider-runnable-track {
    height: 0.25em;
    border-radius: 1em;
    background: transparent;
  }
  input[type='range']::-webkit-slider-thumb {
    appearance: none;
    width: 0.85em;
    height: 0.85em;
    margin-top: -0.3em;
    border-radius: 50%;
    background: var(--_fg);
  }
  input[type='range']::-moz-range-thumb {
    width: 0.85em;
    height: 0.85em;
    border: 0;
    border-radius: 50%;
    background: var(--_fg);
  }
  .volume-range {
    display: var(--volume-range, block);
    width: 5em;
    height: 2.75em;
    background: linear-gradient(rgb(255 255 255 / 35%), rgb(255 255 255 / 35%)) center / 100% 0.25em no-repeat;
  }
  .timeline {
    display: var(--time-range, block);
    position: relative;
    height: 1.5em;
    margin: 0 0.5em;
  }
  .timeline input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  .rail {
    position: absolute;
    inset: 50% 0 auto;
    height: 0.25em;
    translate: 0 -50%;
    border-radius: 1em;
    background: rgb(255 255 255 / 25%);
    overflow: hidden;
    transition: height 0.15s;
  }
  .timeline:hover .rail {
    height: 0.4em;
  }
  .buffered,
  .progress {
    position: absolute;
    inset-block: 0;
    background: rgb(255 255 255 / 35%);
  }
  .progress {
    inset-inline-start: 0;
    background: var(--_accent);
  }
  .preview {
    position: absolute;
    bottom: 1.75em;
    left: clamp(5.5em, calc(var(--x) * 100%), calc(100% - 5.5em));
    translate: -50% 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.25em;
    pointer-events: none;
    --storyboard-preview-width: var(--video-player-preview-width, 10em);
  }
  storyboard-preview {
    box-shadow: 0 0 0 2px rgb(255 255 255 / 80%);
    border-radius: 4px;
  }
  .preview-time {
    padding: 0.15em 0.4em;
    border-radius: 0.3em;
    background: var(--_bg);
    font-variant-numeric: tabular-nums;
  }
  .center-play {
    display: var(--center-play-button, inline-flex);
    position: absolute;
    inset: 50% auto auto 50%;
    translate: -50% -50%;
    width: 4.5em;
    height: 4.5em;
    border-radius: 50%;
    background: var(--_bg);
  }
  .center-play svg {
    width: 2.5em;
    height: 2.5em;
  }
  .started .center-play {
    display: none;
  }
  .loading {
    position: absolute;
    inset: 50% auto auto 50%;
    width: 3em;
    height: 3em;
    margin: -1.5em;
    border: 0.3em solid rgb(255 255 255 / 25%);
    border-top-color: var(--_fg);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
    pointer-events: none;
  }
  .live-waiting {
    position: absolute;
    inset: 50% 1em auto;
    translate: 0 -50%;
    justify-self: center;
    margin-inline: auto;
    width: fit-content;
    padding: 0.5em 1em;
    border-radius: 0.25em;
    background: rgb(0 0 0 / 70%);
    color: var(--_fg);
    text-align: center;
    pointer-events: none;
  }
  @keyframes spin {
    to {
      rotate: 1turn;
    }
  }
  .error {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    padding: 1em 2em;
    background: rgb(0 0 0 / 82%);
    text-align: center;
    white-space: pre-line;
  }
  .error p {
    margin: 0;
    max-width: 36em;
  }
  .error-summary {
    font-size: 1.1em;
  }
  .error-detail {
    opacity: 0.75;
    font-size: 0.85em;
  }
  .retry {
    border: 1px solid currentColor;
  }
  .menu,
  .help {
    position: absolute;
    inset-inline-end: 0.5em;
    bottom: 4.25em;
    max-height: calc(100% - 5em);
    min-width: 11em;
    overflow: auto;
    padding: 0.35em;
    border-radius: 0.5em;
    background: var(--_bg);
    backdrop-filter: blur(8px);
  }
  .menu button {
    display: flex;
    justify-content: flex-start;
    width: 100%;
    height: 2.25em;
    text-align: start;
  }
  .menu [role='menuitemradio']::before {
    content: '';
    width: 1em;
  }
  .menu [aria-checked='true']::before {
    content: '✓';
  }
  .menu-label {
    padding: 0.5em 0.5em 0.2em;
    font-size: 0.8em;
    opacity: 0.75;
  }
  .cue-sample {
    margin: 0.25em;
    padding: 0.75em;
    text-align: center;
    background: #555;
    font-size: 1em;
  }
  .cue-sample span,
  video::cue {
    color: var(--vk-cue-color);
    background: var(--vk-cue-bg);
    font-family: var(--vk-cue-font);
    text-shadow: var(--vk-cue-edge);
  }
  .cue-sample span {
    font-size: var(--vk-cue-size);
  }
  video::cue {
    font-size: calc(var(--vk-cue-size) * 1.1);
  }
  .help {
    inset: 0.5em;
    margin: auto;
    max-width: 24em;
    height: fit-content;
  }
  .help h2 {
    margin: 0.25em 0.5em;
    font-size: 1em;
  }
  .help dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.3em 1em;
    margin: 0.5em;
  }
  .help dt,
  .help dd {
    margin: 0;
  }
  kbd {
    font: inherit;
    font-weight: 700;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @container (width < 480px) {
    .seek-backward,
    .seek-forward,
    .volume-range,
    .rate {
      display: none;
    }
  }
  @container (width < 320px) {
    .time,
    .quality,
    .audio,
    .pip {
      display: none;
    }
  }
  :host([audio]) {
    aspect-ratio: auto;
    min-height: 3.5rem;
    background: var(--video-player-secondary-color, #141414);
  }
  :host([audio]) video,
  :host([audio]) .placeholder,
  :host([audio]) .center-play,
  :host([audio]) .gesture,
  :host([audio]) .fullscreen,
  :host([audio]) .pip,
  :host([audio]) .captions {
    display: none;
  }
  :host([audio]) .ui {
    position: relative;
    container-type: inline-size;
  }
  :host([audio]) .bar {
    position: relative;
    padding-top: 0.5em;
    background: none;
  }
  :host([audio]) .title {
    position: relative;
    padding: 0.5em 1em 0;
    background: none;
  }
  :host([audio]) .menu {
    position: fixed;
    inset: auto;
    translate: -100% -100%;
  }
  :host([ad-playing]) .timeline,
  :host([ad-playing]) .seek-backward,
  :host([ad-playing]) .seek-forward {
    display: none;
  }
  @media (prefers-reduced-motion: reduce) {
    .bar,
    .title,
    .rail {
      transition: none;
    }
    .loading {
      animation-duration: 3s;
    }
  }
`;
