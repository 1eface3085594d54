/** `addtrack`/`removetrack` on a `TrackList`: `track` is the item that came or went. */
export class TrackListEvent<T> extends Event {
  readonly track: T;
  constructor(type: 'addtrack' | 'removetrack', track: T) {
    super(type);
    this.track = track;
  }
}

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

  /** `selected` says which items count as chosen; a change of that set fires `change`. */
  constructor(selected: (track: T) => boolean) {
    super();
    this.#selected = selected;
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
    for (const track of removed) this.dispatchEvent(new TrackListEvent('removetrack', track));
    for (const track of next) if (!before.has(track.id)) this.dispatchEvent(new TrackListEvent('addtrack', track));
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
