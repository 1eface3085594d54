import { css } from 'lit';
import { overlayStyles } from './overlays.styles.ts';

/**
 * Controls: an overlay that never changes the player's layout (it fades, it does not collapse),
 * sized by container queries, themed by custom properties, each control hideable with
 * `--<control>: none`. The bar comes first, then what sits over the video (`overlays.styles.ts`),
 * then the layouts that override both (small players, audio, reduced motion); ad breaks bring
 * their own with the first one (`interruption.ts`).
 */
const barStyles = css`
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
    display: var(--title-display, var(--top-title-display, block));
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
    /* Mux Player's --controls (none hides them) and --controls-backdrop-color are heard too. */
    display: var(--controls, var(--bottom-controls, block));
    bottom: 0;
    padding: 1.5em 0.5em 0.25em;
    background: var(--controls-backdrop-color, linear-gradient(transparent, rgb(0 0 0 / 65%)));
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
  /* A dark band inside the accent ring keeps it visible over any picture, even one in the accent's hue. */
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_bg);
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
    display: var(--play-button, var(--bottom-play-button, inline-flex));
  }
  .seek-backward {
    display: var(--seek-backward-button, var(--bottom-seek-backward-button, inline-flex));
  }
  .seek-forward {
    display: var(--seek-forward-button, var(--bottom-seek-forward-button, inline-flex));
  }
  .mute {
    display: var(--mute-button, var(--bottom-mute-button, inline-flex));
  }
  .captions {
    display: var(--captions-button, var(--captions-menu-button, var(--bottom-captions-button, inline-flex)));
  }
  .audio {
    display: var(
      --audio-track-button,
      var(--audio-track-menu-button, var(--bottom-audio-track-menu-button, inline-flex))
    );
  }
  .quality {
    display: var(--rendition-button, var(--rendition-menu-button, var(--bottom-rendition-menu-button, inline-flex)));
  }
  .rate {
    display: var(
      --playback-rate-button,
      var(--playback-rate-menu-button, var(--bottom-playback-rate-menu-button, inline-flex))
    );
  }
  .pip {
    display: var(--pip-button, var(--bottom-pip-button, inline-flex));
  }
  .airplay {
    display: var(--airplay-button, var(--bottom-airplay-button, inline-flex));
  }
  .fullscreen {
    display: var(--fullscreen-button, var(--bottom-fullscreen-button, inline-flex));
  }
  .live {
    display: var(--live-button, var(--bottom-live-button, inline-flex));
    font-weight: 600;
    text-transform: uppercase;
  }
  .time {
    display: var(--time-display, var(--bottom-time-display, inline-flex));
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
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
  /* Two classes beat the generic input[type='range'] reset above: the track and the level are
     backgrounds, since the WebKit track itself is transparent. */
  .volume .volume-range {
    display: var(--volume-range, var(--bottom-volume-range, block));
    width: 5em;
    height: 2.75em;
    background:
      linear-gradient(var(--_fg), var(--_fg)) left center / var(--_level, 100%) 0.25em no-repeat,
      linear-gradient(rgb(255 255 255 / 35%), rgb(255 255 255 / 35%)) center / 100% 0.25em no-repeat;
  }
  [dir='rtl'] .volume .volume-range {
    background-position:
      right center,
      center;
  }
  .timeline {
    display: var(--time-range, var(--bottom-time-range, block));
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
`;

const layoutStyles = css`
  @container (width < 560px) {
    .volume .volume-range {
      display: none;
    }
  }
  @container (width < 480px) {
    .seek-backward,
    .seek-forward,
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

export const controlsStyles = [barStyles, overlayStyles, layoutStyles];
