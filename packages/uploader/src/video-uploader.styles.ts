import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font: var(--video-uploader-font, inherit);
    color: var(--video-uploader-color, inherit);
    background: var(--video-uploader-background, transparent);
  }
  :host([hidden]) {
    display: none;
  }
  [part='container'] {
    display: grid;
    gap: var(--video-uploader-gap, 0.75rem);
  }
  [part='or'] {
    margin: 0 0.5em;
  }
  [part='controls'] {
    display: flex;
    gap: 0.5rem;
    flex-wrap: wrap;
  }
  [part='controls']:empty {
    display: none;
  }
  [part='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  [part~='item'] {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
  }
  [part~='item-error'] {
    color: var(--video-uploader-error-color, #b91c1c);
  }
  [part='percentage'] {
    font-variant-numeric: tabular-nums;
  }
`;
