import type { RenditionInfo } from '../engines/engine.ts';
import { TrackList } from './track-list.ts';

/**
 * The video renditions as the `videoRenditions` list media controllers know (Media Chrome,
 * Mux Player's `media-tracks`): `addrendition`/`removerendition`/`change`, and `selectedIndex`,
 * the index of the pinned rendition or -1 for adaptive selection; setting it pins or unpins.
 */
export class RenditionList extends TrackList<RenditionInfo> {
  readonly #select: (id: string) => void;

  constructor(select: (id: string) => void) {
    super((rendition) => rendition.selected, { add: 'addrendition', remove: 'removerendition' });
    this.#select = select;
  }

  get selectedIndex(): number {
    return [...this].findIndex((rendition) => rendition.selected);
  }
  set selectedIndex(index: number) {
    const rendition = index >= 0 ? this[index] : undefined;
    this.#select(rendition ? rendition.id : 'auto');
  }
}
