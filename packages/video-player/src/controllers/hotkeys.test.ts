import { expect } from '@esm-bundle/chai';
import { keyIntent, parseHotkeyBlocklist, SHORTCUTS, type KeyContext } from './hotkeys.ts';
import type { MediaState } from './media-state.ts';

const state = (overrides: Partial<MediaState> = {}): MediaState =>
  ({
    paused: true,
    muted: false,
    fullscreen: false,
    live: false,
    dvr: false,
    time: 20,
    volume: 0.5,
    rate: 1,
    seekable: [0, 100],
    textTracks: [
      { label: 'English', language: 'en', showing: false },
      { label: 'Français', language: 'fr', showing: false },
    ],
    ...overrides,
  }) as MediaState;

const context = (overrides: Partial<KeyContext> = {}): KeyContext => ({
  s: state(),
  forwardOffset: 10,
  backwardOffset: 5,
  rates: [0.5, 1, 1.5, 2],
  captionLanguages: ['fr'],
  rtl: false,
  blocked: new Set(),
  ...overrides,
});
const press = (key: string, overrides: Partial<KeyContext> = {}): ReturnType<typeof keyIntent> =>
  keyIntent({ key }, context(overrides));

describe('hotkeys', () => {
  it('maps the documented keys to requests', () => {
    expect(press(' ')).to.deep.equal(['play-request', undefined]);
    expect(press('K', { s: state({ paused: false }) })).to.deep.equal(['pause-request', undefined]);
    expect(press('m')).to.deep.equal(['mute-request', true]);
    expect(press('f')).to.deep.equal(['fullscreen-request', true]);
    expect(press('c')).to.deep.equal(['select-text-track-request', 1]);
    expect(press('ArrowRight')).to.deep.equal(['seek-request', 30]);
    expect(press('j')).to.deep.equal(['seek-request', 15]);
    expect(press('ArrowUp')).to.deep.equal(['volume-request', 0.55]);
    expect(press('>')).to.deep.equal(['rate-request', 1.5]);
    expect(press('<')).to.deep.equal(['rate-request', 0.5]);
    expect(press('7')).to.deep.equal(['seek-request', 70]);
    expect(press('?')).to.deep.equal(['help']);
    expect(press('x')).to.equal(null);
  });

  it('mirrors the arrows right to left', () => {
    expect(press('ArrowLeft', { rtl: true })).to.deep.equal(['seek-request', 30]);
    expect(press('ArrowRight', { rtl: true })).to.deep.equal(['seek-request', 15]);
  });

  it('drops seek keys without a seekable window, and blocked keys', () => {
    const live = state({ live: true, dvr: false });
    for (const key of ['ArrowLeft', 'l', '3']) expect(press(key, { s: live })).to.equal(null);
    expect(press('k', { s: live })).to.deep.equal(['play-request', undefined]);
    const blocked = parseHotkeyBlocklist('noarrowleft, nospace f');
    expect([...blocked]).to.deep.equal(['arrowleft', 'space', 'f']);
    expect(press('ArrowLeft', { blocked })).to.equal(null);
    expect(press(' ', { blocked })).to.equal(null);
    expect(press('m', { blocked })).to.deep.equal(['mute-request', true]);
  });

  it('lists every shortcut once for the overlay', () => {
    const keys = SHORTCUTS.flatMap((shortcut) => shortcut.keys);
    expect(new Set(keys).size).to.equal(keys.length);
    expect(SHORTCUTS.map((shortcut) => shortcut.label)).to.include.members(['kPlay', 'kSeek', 'kHelp']);
  });
});
