import { expect } from '@esm-bundle/chai';
import { hotkeyAction, parseHotkeyBlocklist, type HotkeyOptions } from './hotkeys.ts';

const options = (overrides: Partial<HotkeyOptions> = {}): HotkeyOptions => ({
  blocked: new Set(),
  forwardOffset: 10,
  backwardOffset: 5,
  seekable: true,
  rtl: false,
  ...overrides,
});
const press = (key: string, overrides: Partial<HotkeyOptions> = {}): ReturnType<typeof hotkeyAction> =>
  hotkeyAction({ key, shiftKey: false }, options(overrides));

describe('hotkeys', () => {
  it('maps the documented keys', () => {
    expect(press(' ')).to.deep.equal({ action: 'toggle-play' });
    expect(press('K')).to.deep.equal({ action: 'toggle-play' });
    expect(press('m')).to.deep.equal({ action: 'toggle-mute' });
    expect(press('ArrowRight')).to.deep.equal({ action: 'seek', by: 10 });
    expect(press('j')).to.deep.equal({ action: 'seek', by: -5 });
    expect(press('ArrowUp')).to.deep.equal({ action: 'volume', by: 0.05 });
    expect(press('>')).to.deep.equal({ action: 'rate', by: 1 });
    expect(press('7')).to.deep.equal({ action: 'jump', to: 0.7 });
    expect(press('?')).to.deep.equal({ action: 'help' });
    expect(press('x')).to.equal(null);
  });

  it('mirrors the arrows right to left', () => {
    expect(press('ArrowLeft', { rtl: true })).to.deep.equal({ action: 'seek', by: 10 });
    expect(press('ArrowRight', { rtl: true })).to.deep.equal({ action: 'seek', by: -5 });
  });

  it('drops seek keys without a seekable window, and blocked keys', () => {
    for (const key of ['ArrowLeft', 'l', '3']) expect(press(key, { seekable: false })).to.equal(null);
    expect(press('k', { seekable: false })).to.deep.equal({ action: 'toggle-play' });
    const blocked = parseHotkeyBlocklist('noarrowleft, nospace f');
    expect([...blocked]).to.deep.equal(['arrowleft', 'space', 'f']);
    expect(press('ArrowLeft', { blocked })).to.equal(null);
    expect(press(' ', { blocked })).to.equal(null);
    expect(press('m', { blocked })).to.deep.equal({ action: 'toggle-mute' });
  });
});
