import { expect } from '@esm-bundle/chai';
import { TrackList, TrackListEvent } from './track-list.ts';

interface Item {
  id: string;
  on: boolean;
}

describe('TrackList', () => {
  it('is indexable, iterable and finds tracks by id', () => {
    const list = new TrackList<Item>((item) => item.on);
    list.sync([
      { id: 'a', on: true },
      { id: 'b', on: false },
    ]);
    expect(list.length).to.equal(2);
    expect(list[1]?.id).to.equal('b');
    expect([...list].map((item) => item.id)).to.deep.equal(['a', 'b']);
    expect(list.getTrackById('a')?.on).to.equal(true);
    expect(list.getTrackById('z')).to.equal(null);
    list.sync([{ id: 'b', on: true }]);
    expect(list.length).to.equal(1);
    expect(list[0]?.id).to.equal('b');
    expect(list[1]).to.equal(undefined);
  });

  it('fires addtrack, removetrack and change as an EventTarget', () => {
    const list = new TrackList<Item>((item) => item.on);
    const seen: string[] = [];
    const record = (event: Event): void => {
      seen.push(event instanceof TrackListEvent ? `${event.type} ${(event.track as Item).id}` : event.type);
    };
    for (const type of ['addtrack', 'removetrack', 'change']) list.addEventListener(type, record);
    list.sync([
      { id: 'a', on: true },
      { id: 'b', on: false },
    ]);
    list.sync([
      { id: 'a', on: false },
      { id: 'b', on: true },
    ]);
    list.sync([{ id: 'b', on: true }]);
    for (const type of ['addtrack', 'removetrack', 'change']) list.removeEventListener(type, record);
    list.sync([]);
    expect(seen).to.deep.equal(['addtrack a', 'addtrack b', 'change', 'change', 'removetrack a']);
  });
});
