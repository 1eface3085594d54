import { PART_MS, PARTS_PER_SEGMENT } from './live-encoder.ts';
import type { LowLatencyRendition } from './ll-source.ts';
import { lastPartOf, type LiveSnapshot } from './ll-timeline.ts';

const TARGET_DURATION = (PART_MS * PARTS_PER_SEGMENT) / 1000;
const PART_TARGET = PART_MS / 1000;
/** Segments that keep their parts listed: the spec drops parts older than three target durations. */
const SEGMENTS_WITH_PARTS = 3;

/** Seconds of the blocking-reload bound and the `HOLD-BACK`s the playlist advertises. */
export const LOW_LATENCY_TIMING = {
  targetDuration: TARGET_DURATION,
  partTarget: PART_TARGET,
  /** A blocked request gives up after three target durations (RFC 8216bis §6.2.5.2). */
  blockLimitMs: 3 * TARGET_DURATION * 1000,
  /** At least three part targets (§4.4.3.8); players start this far behind the newest part. */
  partHoldBack: 3 * PART_TARGET,
  holdBack: 3 * TARGET_DURATION,
};

export interface LowLatencyUris {
  init: string;
  part(number: number): string;
  segment(group: number): string;
  /** The media playlist of another rendition, for `EXT-X-RENDITION-REPORT`. */
  playlist(name: string): string;
}

/** `EXT-X-STREAM-INF` lines for the renditions, lowest first. */
export function lowLatencyMultivariant(
  renditions: readonly LowLatencyRendition[],
  playlistUri: (name: string) => string,
): string {
  const lines = ['#EXTM3U', '#EXT-X-VERSION:9', '#EXT-X-INDEPENDENT-SEGMENTS'];
  for (const rendition of renditions) {
    lines.push(
      `#EXT-X-STREAM-INF:BANDWIDTH=${rendition.bandwidth},AVERAGE-BANDWIDTH=${rendition.averageBandwidth},CODECS="${rendition.codecs}",RESOLUTION=${rendition.width}x${rendition.height},FRAME-RATE=${rendition.frameRate.toFixed(3)},CLOSED-CAPTIONS=NONE`,
      playlistUri(rendition.name),
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A low-latency media playlist (RFC 8216bis): segments with their program date times, the parts
 * of the newest segments, a preload hint for the part being produced, and where every other
 * rendition stands. Without `lowLatency` (`low_latency=false`), the same segments as plain live HLS.
 */
export function lowLatencyMediaPlaylist(
  snapshot: LiveSnapshot,
  options: { dvr: boolean; lowLatency: boolean; uris: LowLatencyUris; others: readonly string[] },
): string {
  const { segments } = snapshot;
  const { uris } = options;
  const timing = LOW_LATENCY_TIMING;
  const { lowLatency } = options;
  const lines = ['#EXTM3U', '#EXT-X-VERSION:9', `#EXT-X-TARGETDURATION:${timing.targetDuration}`];
  if (lowLatency) {
    lines.push(
      `#EXT-X-PART-INF:PART-TARGET=${timing.partTarget.toFixed(3)}`,
      `#EXT-X-SERVER-CONTROL:CAN-BLOCK-RELOAD=YES,PART-HOLD-BACK=${timing.partHoldBack.toFixed(3)},HOLD-BACK=${timing.holdBack.toFixed(3)}`,
    );
  }
  lines.push(
    `#EXT-X-MEDIA-SEQUENCE:${segments[0]?.msn ?? snapshot.next?.msn ?? 0}`,
    `#EXT-X-DISCONTINUITY-SEQUENCE:${snapshot.discontinuitySequence}`,
  );
  if (options.dvr) lines.push('#EXT-X-PLAYLIST-TYPE:EVENT');
  lines.push('#EXT-X-INDEPENDENT-SEGMENTS', `#EXT-X-MAP:URI="${uris.init}"`);
  const withParts = segments.length - SEGMENTS_WITH_PARTS;
  segments.forEach((segment, i) => {
    // Plain live HLS lists only whole segments.
    if (!lowLatency && !segment.complete) return;
    if (segment.discontinuity && i > 0) lines.push('#EXT-X-DISCONTINUITY');
    lines.push(`#EXT-X-PROGRAM-DATE-TIME:${new Date(segment.start).toISOString()}`);
    if (lowLatency && (i >= withParts || !segment.complete)) {
      for (const part of segment.parts) {
        const independent = part.independent ? ',INDEPENDENT=YES' : '';
        lines.push(
          `#EXT-X-PART:DURATION=${timing.partTarget.toFixed(5)},URI="${uris.part(part.number)}"${independent}`,
        );
      }
    }
    if (segment.complete) {
      lines.push(`#EXTINF:${((segment.parts.length * PART_MS) / 1000).toFixed(5)},`, uris.segment(segment.group));
    }
  });
  const next = lowLatency ? snapshot.next : undefined;
  if (next) lines.push(`#EXT-X-PRELOAD-HINT:TYPE=PART,URI="${uris.part(next.number)}"`);
  const last = lastPartOf(snapshot);
  if (last && lowLatency) {
    // Every rendition is cut from the same clock, so each stands where this one does.
    for (const name of options.others) {
      lines.push(`#EXT-X-RENDITION-REPORT:URI="${uris.playlist(name)}",LAST-MSN=${last.msn},LAST-PART=${last.index}`);
    }
  }
  if (snapshot.ended) lines.push('#EXT-X-ENDLIST');
  return `${lines.join('\n')}\n`;
}
