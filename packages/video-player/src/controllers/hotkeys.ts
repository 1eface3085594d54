/**
 * Keyboard shortcuts while the player has focus (never page-global). One table says which
 * keys do what and how the shortcuts overlay lists them; `keyIntent` is pure, so it is tested
 * without a browser.
 */
import type { StringKey } from '../i18n/index.ts';
import type { RequestOf } from '../requests.ts';
import type { MediaState } from './media-state.ts';
/** What a key asks for: a request, or the shortcuts overlay. */
export type KeyIntent = RequestOf | ['help'];

/** What the shortcuts read when a key is pressed. */
export interface KeyContext {
  s: MediaState;
  forwardOffset: number;
  backwardOffset: number;
  rates: readonly number[];
  /** Caption languages to try for `c`, in order (saved choice, the page's language, the browser's). */
  captionLanguages: readonly (string | undefined)[];
  rtl: boolean;
  /** Key names the page turned off (`hotkeys="noarrowleft noarrowright"`, `k`, `space`…). */
  blocked: ReadonlySet<string>;
}

export interface Shortcut {
  /** `event.key` lower-cased (`space` for the space bar); `forward`/`back` are the arrows in reading direction, `digit` is 0–9. */
  keys: readonly string[];
  /** How the overlay writes the keys. */
  shown: string;
  /** What the overlay says it does. */
  label: StringKey;
  /** Needs something to seek in: dropped for live without DVR. */
  seeks?: boolean;
  intent(key: string, ctx: KeyContext): KeyIntent | undefined;
}

const clampVolume = (volume: number): number => Math.min(1, Math.max(0, Math.round(volume * 100) / 100));

function nextRate({ s, rates }: KeyContext, by: number): KeyIntent | undefined {
  const current = rates.findIndex((rate) => rate >= s.rate - 0.01);
  const next = rates[Math.min(rates.length - 1, Math.max(0, (current < 0 ? rates.length : current) + by))];
  return next === undefined ? undefined : ['rate-request', next];
}

function toggleCaptions({ s, captionLanguages }: KeyContext): KeyIntent {
  if (s.textTracks.some((track) => track.showing)) return ['select-text-track-request', -1];
  const index = s.textTracks.findIndex((track) => captionLanguages.includes(track.language));
  return ['select-text-track-request', Math.max(0, index)];
}

/** Every shortcut, in the order the overlay lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  {
    keys: ['space', 'k'],
    shown: 'Space, K',
    label: 'kPlay',
    intent: (_, { s }) => (s.paused ? ['play-request', undefined] : ['pause-request', undefined]),
  },
  { keys: ['m'], shown: 'M', label: 'kMute', intent: (_, { s }) => ['mute-request', !s.muted] },
  { keys: ['f'], shown: 'F', label: 'kFullscreen', intent: (_, { s }) => ['fullscreen-request', !s.fullscreen] },
  { keys: ['c'], shown: 'C', label: 'kCaptions', intent: (_, ctx) => toggleCaptions(ctx) },
  {
    keys: ['forward', 'back', 'l', 'j'],
    shown: '← →, J L',
    label: 'kSeek',
    seeks: true,
    intent: (key, { s, forwardOffset, backwardOffset }) => [
      'seek-request',
      s.time + (key === 'forward' || key === 'l' ? forwardOffset : -backwardOffset),
    ],
  },
  {
    keys: ['arrowup', 'arrowdown'],
    shown: '↑ ↓',
    label: 'kVolume',
    intent: (key, { s }) => ['volume-request', clampVolume(s.volume + (key === 'arrowup' ? 0.05 : -0.05))],
  },
  { keys: ['>', '<'], shown: '< >', label: 'kRate', intent: (key, ctx) => nextRate(ctx, key === '>' ? 1 : -1) },
  {
    keys: ['digit'],
    shown: '0–9',
    label: 'kJump',
    seeks: true,
    intent: (key, { s }) => ['seek-request', s.seekable[0] + (Number(key) / 10) * (s.seekable[1] - s.seekable[0])],
  },
  { keys: ['?'], shown: '?', label: 'kHelp', intent: () => ['help'] },
];

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

/** What a key press asks for, or null to let it through. */
export function keyIntent(event: Pick<KeyboardEvent, 'key'>, ctx: KeyContext): KeyIntent | null {
  const key = event.key === ' ' ? 'space' : event.key.toLowerCase();
  if (ctx.blocked.has(key)) return null;
  const [forward, back] = ctx.rtl ? ['arrowleft', 'arrowright'] : ['arrowright', 'arrowleft'];
  const name = key === forward ? 'forward' : key === back ? 'back' : /^\d$/.test(key) ? 'digit' : key;
  const shortcut = SHORTCUTS.find((candidate) => candidate.keys.includes(name));
  const seekable = !ctx.s.live || ctx.s.dvr;
  if (!shortcut || (shortcut.seeks && !seekable)) return null;
  return shortcut.intent(name === 'digit' ? key : name, ctx) ?? null;
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
