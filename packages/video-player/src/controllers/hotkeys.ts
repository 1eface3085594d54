/**
 * Keyboard shortcuts while the player has focus (never page-global): which action a key asks
 * for, given the blocklist and the stream. Pure, so it is tested without a browser.
 */

export type HotkeyAction =
  | { action: 'toggle-play' | 'toggle-mute' | 'toggle-fullscreen' | 'toggle-captions' | 'help' }
  | { action: 'seek'; by: number }
  | { action: 'jump'; to: number }
  | { action: 'volume'; by: number }
  | { action: 'rate'; by: 1 | -1 };

export interface HotkeyOptions {
  /** Key names the page turned off (`hotkeys="noarrowleft noarrowright"`, `k`, `space`…). */
  blocked: ReadonlySet<string>;
  forwardOffset: number;
  backwardOffset: number;
  /** Live without DVR: nothing to seek in, so seek keys do nothing. */
  seekable: boolean;
  rtl: boolean;
}

/** `hotkeys="noarrowleft nof"` (or without the `no`) → the set of blocked key names. */
export function parseHotkeyBlocklist(value: string | undefined): Set<string> {
  return new Set(
    (value ?? '')
      .toLowerCase()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((key) => key.replace(/^no(?=.)/, '')),
  );
}

/** The action for a key press, or null to let it through. */
export function hotkeyAction(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey'>,
  options: HotkeyOptions,
): HotkeyAction | null {
  const key = event.key === ' ' ? 'space' : event.key.toLowerCase();
  if (options.blocked.has(key)) return null;
  const forward = options.rtl ? 'arrowleft' : 'arrowright';
  const back = options.rtl ? 'arrowright' : 'arrowleft';
  const seek = (by: number): HotkeyAction | null => (options.seekable ? { action: 'seek', by } : null);
  switch (key) {
    case 'space':
    case 'k':
      return { action: 'toggle-play' };
    case 'm':
      return { action: 'toggle-mute' };
    case 'f':
      return { action: 'toggle-fullscreen' };
    case 'c':
      return { action: 'toggle-captions' };
    case forward:
      return seek(options.forwardOffset);
    case back:
      return seek(-options.backwardOffset);
    case 'l':
      return seek(options.forwardOffset);
    case 'j':
      return seek(-options.backwardOffset);
    case 'arrowup':
      return { action: 'volume', by: 0.05 };
    case 'arrowdown':
      return { action: 'volume', by: -0.05 };
    case '>':
      return { action: 'rate', by: 1 };
    case '<':
      return { action: 'rate', by: -1 };
    case '?':
      return { action: 'help' };
    default:
      return /^\d$/.test(key) && options.seekable ? { action: 'jump', to: Number(key) / 10 } : null;
  }
}

const EDITABLE = 'input:not([type=range]),textarea,select,[contenteditable]:not([contenteditable=false])';

/**
 * Whether the focused thing already handles this key: text fields take every key, sliders take
 * arrows/Home/End/Page keys, buttons take Space and Enter.
 */
export function targetHandlesKey(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return false;
  if (target.matches(EDITABLE)) return true;
  if (target.matches('input[type=range]') && /^(Arrow|Page|Home|End)/.test(event.key)) return true;
  return target.matches('button,[role^=menuitem],a[href],summary') && (event.key === ' ' || event.key === 'Enter');
}
