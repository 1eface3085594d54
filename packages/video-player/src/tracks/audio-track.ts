import type { AudioTrackInfo } from '../engines/engine.ts';
import type { TrackList } from './track-list.ts';

/** One audio track in the element's `audioTracks`: setting `enabled` selects it, as on a `<video>`. */
export class PlayerAudioTrack implements AudioTrackInfo {
  readonly kind = 'main';
  label = '';
  language = '';
  #enabled = false;
  readonly #select: (id: string) => void;

  constructor(
    readonly id: string,
    select: (id: string) => void,
  ) {
    this.#select = select;
  }

  get enabled(): boolean {
    return this.#enabled;
  }
  set enabled(on: boolean) {
    if (on && !this.#enabled) this.#select(this.id);
  }

  /** What the engine says now (the track keeps its identity across updates). */
  assign(info: AudioTrackInfo): this {
    this.label = info.label;
    this.language = info.language;
    this.#enabled = info.enabled;
    return this;
  }
}

/** Brings `list` in line with the engine's tracks, keeping the objects of tracks that stay. */
export function syncAudioTracks(
  list: TrackList<PlayerAudioTrack>,
  infos: readonly AudioTrackInfo[],
  select: (id: string) => void,
): void {
  list.sync(infos.map((info) => (list.getTrackById(info.id) ?? new PlayerAudioTrack(info.id, select)).assign(info)));
}
