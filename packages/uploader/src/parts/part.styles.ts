import { css } from 'lit';

/** Buttons of every part, themed by the uploader's custom properties (inherited through shadow roots). */
export const buttonStyles = css`
  :host {
    display: inline-block;
  }
  button {
    font: inherit;
    cursor: pointer;
    padding: var(--video-uploader-button-padding, 0.5em 1em);
    border-radius: var(--video-uploader-radius, 6px);
    border: 1px solid var(--video-uploader-accent, #2563eb);
    background: var(--video-uploader-button-background, var(--video-uploader-accent, #2563eb));
    color: var(--video-uploader-button-color, #fff);
  }
  button:hover {
    filter: brightness(1.1);
  }
  button:focus-visible {
    outline: var(--video-uploader-focus-ring, 3px solid #f59e0b);
    outline-offset: 2px;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.5;
  }
`;
