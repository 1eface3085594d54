/** `addtrack`/`removetrack` (or a rendition list's names) on a `TrackList`: the item that came or went. */
export class TrackListEvent<T> extends Event {
  readonly track: T;
  constructor(type: string, track: T) {
    super(type);
    this.track = track;
  }
}

export interface TrackListEventNames {
  readonly add: string;
  readonly remove: string;
}
const TRACK_EVENTS: TrackListEventNames = { add: 'addtrack', remove: 'removetrack' };

/**
 * A live track list shaped like the DOM's `AudioTrackList`: indexable, `length`, `getTrackById`,
 * iterable, and an `EventTarget` firing `addtrack`, `removetrack` and `change`, so media
 * controllers (Media Chrome) can follow it as they follow a `<video>`'s own lists.
 */
export class TrackList<T extends { readonly id: string }> extends EventTarget implements Iterable<T> {
  readonly [index: number]: T | undefined;
  #tracks: T[] = [];
  #selection = '';
  readonly #selected: (track: T) => boolean;
  readonly #names: TrackListEventNames;

  /**
   * `selected` says which items count as chosen; a change of that set fires `change`. `names`
   * are the add/remove event types (a rendition list fires `addrendition`/`removerendition`).
   */
  constructor(selected: (track: T) => boolean, names: TrackListEventNames = TRACK_EVENTS) {
    super();
    this.#selected = selected;
    this.#names = names;
  }

  get length(): number {
    return this.#tracks.length;
  }

  getTrackById(id: string): T | null {
    return this.#tracks.find((track) => track.id === id) ?? null;
  }

  [Symbol.iterator](): Iterator<T> {
    return this.#tracks[Symbol.iterator]();
  }

  /** Takes the items the engine lists now, and fires an event for each difference. */
  sync(next: readonly T[]): void {
    const before = new Set(this.#tracks.map((track) => track.id));
    const after = new Set(next.map((track) => track.id));
    const removed = this.#tracks.filter((track) => !after.has(track.id));
    for (let index = next.length; index < this.#tracks.length; index++) Reflect.deleteProperty(this, index);
    this.#tracks = [...next];
    next.forEach((track, index) => Object.defineProperty(this, index, { value: track, configurable: true }));
    for (const track of removed) this.dispatchEvent(new TrackListEvent(this.#names.remove, track));
    for (const track of next) if (!before.has(track.id)) this.dispatchEvent(new TrackListEvent(this.#names.add, track));
    const selection = next
      .filter(this.#selected)
      .map((track) => track.id)
      .join();
    if (selection !== this.#selection) {
      this.#selection = selection;
      this.dispatchEvent(new Event('change'));
    }
  }
}
