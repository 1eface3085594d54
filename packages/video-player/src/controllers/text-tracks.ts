/** Subtitle and caption tracks, in order; the captions menu and requests index into this list. */
export const captionTracks = (list: TextTrackList | undefined): TextTrack[] =>
  Array.from(list ?? []).filter((track) => track.kind === 'subtitles' || track.kind === 'captions');

/** Shows the caption track at `index` among `captionTracks`, and turns the others off (-1: all off). */
export function selectTextTrack(list: TextTrackList | undefined, index: number): void {
  captionTracks(list).forEach((track, i) => {
    track.mode = i === index ? 'showing' : 'disabled';
  });
}
