import type Hls from 'hls.js';
import type { ErrorData } from 'hls.js';

type HlsClass = typeof Hls;

/** The playhead this close to the end of its buffered range has nothing left to play. */
const AT_BUFFER_END_S = 0.25;

/** hls.js states in which it is fetching or appending media. */
const LOADING = new Set(['KEY_LOADING', 'FRAG_LOADING', 'FRAG_LOADING_WAITING_RETRY', 'PARSING', 'PARSED']);

/** End of the last buffered range that starts at or before `time`; `time` when none does. */
function bufferedEndBefore(media: HTMLMediaElement, time: number): number {
  const { buffered } = media;
  let end = time;
  for (let i = 0; i < buffered.length; i++) if (buffered.start(i) <= time) end = buffered.end(i);
  return end;
}

/**
 * A live stream that ends (ENDLIST) while parts at its edge are already buffered can leave
 * hls.js waiting short of the end without ending the MediaSource, so `ended` never fires. hls.js
 * fetches the final segment's parts again when the ended playlist replaces the live one, and
 * Chromium keeps only the first frame of the appended-again parts: the buffered (video) range
 * ends up to a segment short of the playlist's end while the audio carries the playhead there,
 * and hls.js, seeing the buffer short, never signals end of stream. When playback stalls on a
 * stream whose playlist has ended, with the playhead at the end of the playlist or of what is
 * buffered and nothing being fetched, end the stream so the media element reaches `ended`.
 * Returns the function that removes the listener.
 */
export function endStalledEndedStream(hls: Hls, HlsJs: HlsClass, media: HTMLMediaElement): () => void {
  const { Events, ErrorDetails } = HlsJs;
  const onError = (_event: unknown, data: ErrorData): void => {
    if (data.details !== ErrorDetails.BUFFER_STALLED_ERROR) return;
    const details = hls.latestLevelDetails;
    if (!details || details.live || LOADING.has(hls.inFlightFragments.main.state)) return;
    const playhead = media.currentTime;
    const bufferEnd = bufferedEndBefore(media, playhead);
    // Within a part (or a quarter second, without parts) of the end.
    const nearEnd = Math.max(details.partTarget, AT_BUFFER_END_S);
    const atPlaylistEnd = details.edge - playhead <= nearEnd;
    // Everything the playlist lists is buffered and the playhead is at its end.
    const atBufferedEnd = bufferEnd >= details.edge - nearEnd && bufferEnd - playhead <= AT_BUFFER_END_S;
    if (!atPlaylistEnd && !atBufferedEnd) return;
    // `type: null` ends every source buffer.
    hls.trigger(Events.BUFFER_EOS, { type: null });
  };
  hls.on(Events.ERROR, onError);
  return () => hls.off(Events.ERROR, onError);
}
