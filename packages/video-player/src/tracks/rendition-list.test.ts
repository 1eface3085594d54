import { expect } from '@esm-bundle/chai';
import type { RenditionInfo } from '../engines/engine.ts';
import { RenditionList } from './rendition-list.ts';
import { TrackListEvent } from './track-list.ts';

const rendition = (id: string, height: number, selected = false): RenditionInfo => ({
  id,
  width: (height * 16) / 9,
  height,
  bitrate: height * 1000,
  selected,
});

describe('RenditionList', () => {
  it('fires addrendition, removerendition and change, as media controllers expect', () => {
    const list = new RenditionList(() => undefined);
    const seen: string[] = [];
    const record = (event: Event): void => {
      seen.push(event instanceof TrackListEvent ? `${event.type} ${(event.track as RenditionInfo).id}` : event.type);
    };
    for (const type of ['addrendition', 'removerendition', 'change', 'addtrack']) list.addEventListener(type, record);
    list.sync([rendition('a', 360), rendition('b', 720)]);
    list.sync([rendition('b', 720, true)]);
    expect(seen).to.deep.equal(['addrendition a', 'addrendition b', 'removerendition a', 'change']);
  });

  it('reads and writes selectedIndex (-1 is adaptive)', () => {
    const chosen: string[] = [];
    const list = new RenditionList((id) => chosen.push(id));
    list.sync([rendition('a', 360), rendition('b', 720)]);
    expect(list.selectedIndex).to.equal(-1);
    list.selectedIndex = 1;
    list.sync([rendition('a', 360), rendition('b', 720, true)]);
    expect(list.selectedIndex).to.equal(1);
    list.selectedIndex = -1;
    expect(chosen).to.deep.equal(['b', 'auto']);
  });
});
