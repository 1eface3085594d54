/**
 * Which subtitles start on when the playlist marks none `DEFAULT=YES`: the first `AUTOSELECT=YES`
 * track in the viewer's most preferred language that has one (HLS: AUTOSELECT means the client
 * may choose it without an explicit choice, for the playback environment's language). A track
 * marked `DEFAULT` is hls.js's own choice, so this returns -1 then.
 */
export interface SubtitleChoice {
  lang?: string | undefined;
  default: boolean;
  autoselect: boolean;
}

const primary = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';

export function autoselectSubtitleIndex(tracks: readonly SubtitleChoice[], viewerLanguages: readonly string[]): number {
  if (tracks.some((track) => track.default)) return -1;
  for (const wanted of viewerLanguages) {
    const exact = tracks.findIndex((track) => track.autoselect && track.lang?.toLowerCase() === wanted.toLowerCase());
    if (exact >= 0) return exact;
    const close = tracks.findIndex(
      (track) => track.autoselect && track.lang && primary(track.lang) === primary(wanted),
    );
    if (close >= 0) return close;
  }
  return -1;
}
