import { css } from 'lit';

/** What sits over the video: centre play, loading, the error, caption cues (the popups bring their own styles). */
export const overlayStyles = css`
  .center-play {
    display: var(--controls, var(--play-button, var(--center-play-button, var(--center-controls, inline-flex))));
    position: absolute;
    inset: 50% auto auto 50%;
    translate: -50% -50%;
    width: 4.5em;
    height: 4.5em;
    border-radius: 50%;
    background: var(--_bg);
  }
  /* Stays dark when hovered: the generic pale button hover vanishes over a bright poster. */
  .center-play:hover {
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
    /* A dark disc inside, so the ring shows over a bright picture. */
    background: var(--_bg);
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
  /* A failed player has nothing to play: the overlay's retry is the one action left. */
  .failed .bar,
  .failed .center-play {
    display: none;
  }
  .retry {
    border: 1px solid currentColor;
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
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
