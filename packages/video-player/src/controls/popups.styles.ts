import { css } from 'lit';

/**
 * The menus' and the shortcuts help's styles, adopted with the popups' code (`adoptPopupStyles`)
 * so players whose viewers never open one do not carry them.
 */
export const popupStyles = css`
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
  .menu [aria-checked]::before {
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
`;
