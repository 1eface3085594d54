import type Hls from 'hls.js';
import type { ErrorData } from 'hls.js';

type HlsClass = typeof Hls;

/**
 * A live stream that ends (ENDLIST) while parts are buffered can leave hls.js waiting just short of
 * the end without ending the MediaSource, so `ended` never fires. When playback stalls on a stream
 * whose playlist has ended and nothing is left to load, end the stream so the media element
 * reaches `ended`. Returns the function that removes the listener.
 */
export function endStalledEndedStream(hls: Hls, HlsJs: HlsClass, media: HTMLMediaElement): () => void {
  const { Events, ErrorDetails } = HlsJs;
  const onError = (_event: unknown, data: ErrorData): void => {
    if (data.details !== ErrorDetails.BUFFER_STALLED_ERROR) return;
    const details = hls.levels[hls.currentLevel]?.details;
    if (!details || details.live) return;
    const buffered = media.buffered;
    const bufferEnd = buffered.length ? buffered.end(buffered.length - 1) : 0;
    // Everything the playlist lists is buffered and the playhead is at its end.
    if (bufferEnd < details.edge - details.partTarget || bufferEnd - media.currentTime > 0.25) return;
    // `type: null` ends every source buffer.
    hls.trigger(Events.BUFFER_EOS, { type: null });
  };
  hls.on(Events.ERROR, onError);
  return () => hls.off(Events.ERROR, onError);
}
