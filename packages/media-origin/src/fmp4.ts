/**
 * Just enough ISO-BMFF to cut a fragmented MP4 into low-latency HLS parts: the top-level boxes,
 * each `moof`'s per-track decode times and sample durations, and a way to move those decode
 * times (so one fixture fragment can be served at any point of a live timeline).
 */

export interface TrackTiming {
  trackId: number;
  timescale: number;
  /** `tfdt` baseMediaDecodeTime, in the track's timescale. */
  decodeTime: number;
  /** Sum of the fragment's sample durations, in the track's timescale. */
  duration: number;
  /** The first sample is a sync sample (a keyframe for video). */
  startsWithSync: boolean;
  /** Byte offset of the `tfdt` box inside the fragment (for rewriting). */
  tfdtOffset: number;
}

/** One `moof`+`mdat` pair: a part. */
export interface Fragment {
  /** Byte range in the file. */
  offset: number;
  length: number;
  tracks: TrackTiming[];
}

export interface FragmentedMp4 {
  /** `ftyp`+`moov`: the init section. */
  init: { offset: number; length: number };
  fragments: Fragment[];
  /** Track ID of the video track (whose timing defines a part's time). */
  videoTrack: number;
}

interface Box {
  type: string;
  start: number;
  /** Where the payload starts (after size, type and any 64-bit size). */
  body: number;
  end: number;
}

function* boxes(data: Buffer, start: number, end: number): Generator<Box> {
  let at = start;
  while (at + 8 <= end) {
    let size = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    let body = at + 8;
    if (size === 1) {
      size = Number(data.readBigUInt64BE(at + 8));
      body = at + 16;
    } else if (size === 0) {
      size = end - at;
    }
    if (size < 8 || at + size > end) throw new Error(`malformed MP4: box "${type}" at ${at} overruns its parent`);
    yield { type, start: at, body, end: at + size };
    at += size;
  }
}

const child = (data: Buffer, parent: Box, type: string): Box | undefined =>
  [...boxes(data, parent.body, parent.end)].find((box) => box.type === type);

interface TrackDefaults {
  timescale: number;
  defaultDuration: number;
  handler: string;
}

/** Per track: timescale (`mdhd`), handler (`hdlr`) and the `trex` default sample duration. */
function readMoov(data: Buffer, moov: Box): Map<number, TrackDefaults> {
  const tracks = new Map<number, TrackDefaults>();
  for (const box of boxes(data, moov.body, moov.end)) {
    if (box.type === 'trak') {
      const tkhd = child(data, box, 'tkhd');
      const mdia = child(data, box, 'mdia');
      const mdhd = mdia && child(data, mdia, 'mdhd');
      const hdlr = mdia && child(data, mdia, 'hdlr');
      if (!tkhd || !mdhd || !hdlr) throw new Error('malformed MP4: a trak lacks tkhd, mdhd or hdlr');
      const trackId = data.readUInt32BE(tkhd.body + (data[tkhd.body] === 1 ? 20 : 12));
      const timescale = data.readUInt32BE(mdhd.body + (data[mdhd.body] === 1 ? 20 : 12));
      const handler = data.toString('latin1', hdlr.body + 8, hdlr.body + 12);
      tracks.set(trackId, { timescale, handler, defaultDuration: tracks.get(trackId)?.defaultDuration ?? 0 });
    }
  }
  const mvex = child(data, moov, 'mvex');
  for (const trex of mvex ? boxes(data, mvex.body, mvex.end) : []) {
    if (trex.type !== 'trex') continue;
    const trackId = data.readUInt32BE(trex.body + 4);
    const track = tracks.get(trackId);
    if (track) track.defaultDuration = data.readUInt32BE(trex.body + 12);
  }
  return tracks;
}

/** A sample's flags say "sync" when `sample_is_non_sync_sample` is clear. */
const isSync = (flags: number): boolean => (flags & 0x00010000) === 0;

function readTraf(data: Buffer, traf: Box, fragmentStart: number, tracks: Map<number, TrackDefaults>): TrackTiming {
  const tfhd = child(data, traf, 'tfhd');
  const tfdt = child(data, traf, 'tfdt');
  const trun = child(data, traf, 'trun');
  if (!tfhd || !tfdt || !trun) throw new Error('malformed MP4: a traf lacks tfhd, tfdt or trun');
  const tfhdFlags = data.readUInt32BE(tfhd.body) & 0xffffff;
  const trackId = data.readUInt32BE(tfhd.body + 4);
  const track = tracks.get(trackId);
  if (!track) throw new Error(`malformed MP4: fragment for unknown track ${trackId}`);
  let at = tfhd.body + 8;
  if (tfhdFlags & 0x01) at += 8; // base data offset
  if (tfhdFlags & 0x02) at += 4; // sample description index
  let defaultDuration = track.defaultDuration;
  if (tfhdFlags & 0x08) {
    defaultDuration = data.readUInt32BE(at);
    at += 4;
  }
  if (tfhdFlags & 0x10) at += 4; // default sample size
  let defaultFlags = 0;
  if (tfhdFlags & 0x20) defaultFlags = data.readUInt32BE(at);

  const decodeTime =
    data[tfdt.body] === 1 ? Number(data.readBigUInt64BE(tfdt.body + 4)) : data.readUInt32BE(tfdt.body + 4);

  const trunFlags = data.readUInt32BE(trun.body) & 0xffffff;
  const count = data.readUInt32BE(trun.body + 4);
  at = trun.body + 8;
  if (trunFlags & 0x001) at += 4; // data offset
  let firstFlags: number | undefined;
  if (trunFlags & 0x004) {
    firstFlags = data.readUInt32BE(at);
    at += 4;
  }
  let duration = 0;
  let firstSampleFlags = firstFlags ?? defaultFlags;
  for (let i = 0; i < count; i++) {
    if (trunFlags & 0x100) {
      duration += data.readUInt32BE(at);
      at += 4;
    } else {
      duration += defaultDuration;
    }
    if (trunFlags & 0x200) at += 4; // size
    if (trunFlags & 0x400) {
      if (i === 0 && firstFlags === undefined) firstSampleFlags = data.readUInt32BE(at);
      at += 4;
    }
    if (trunFlags & 0x800) at += 4; // composition offset
  }
  return {
    trackId,
    timescale: track.timescale,
    decodeTime,
    duration,
    startsWithSync: track.handler !== 'vide' || isSync(firstSampleFlags),
    tfdtOffset: tfdt.start - fragmentStart,
  };
}

/** Reads the init section and every `moof`+`mdat` fragment of a fragmented MP4. */
export function readFragmentedMp4(data: Buffer): FragmentedMp4 {
  const top = [...boxes(data, 0, data.length)];
  const moov = top.find((box) => box.type === 'moov');
  if (!moov) throw new Error('not a fragmented MP4: no moov box');
  const tracks = readMoov(data, moov);
  const video = [...tracks].find(([, track]) => track.handler === 'vide');
  if (!video) throw new Error('fragmented MP4 has no video track');
  const fragments: Fragment[] = [];
  for (let i = 0; i < top.length; i++) {
    const moof = top[i];
    if (moof?.type !== 'moof') continue;
    const mdat = top[i + 1];
    if (mdat?.type !== 'mdat') throw new Error(`malformed MP4: moof at ${moof.start} is not followed by mdat`);
    const trafs = [...boxes(data, moof.body, moof.end)].filter((box) => box.type === 'traf');
    fragments.push({
      offset: moof.start,
      length: mdat.end - moof.start,
      tracks: trafs.map((traf) => readTraf(data, traf, moof.start, tracks)),
    });
  }
  return { init: { offset: 0, length: moov.end }, fragments, videoTrack: video[0] };
}

/**
 * A copy of `fragment`'s bytes with every track's decode time moved by `shiftSeconds`
 * (a whole number of samples in each timescale for the shifts the live origin uses).
 */
export function shiftFragment(file: Buffer, fragment: Fragment, shiftSeconds: number): Buffer {
  const bytes = Buffer.from(file.subarray(fragment.offset, fragment.offset + fragment.length));
  for (const track of fragment.tracks) {
    const shifted = track.decodeTime + Math.round(shiftSeconds * track.timescale);
    if (shifted < 0) throw new RangeError(`decode time of track ${track.trackId} would go negative`);
    const at = track.tfdtOffset + 8;
    if (bytes[at] === 1) bytes.writeBigUInt64BE(BigInt(shifted), at + 4);
    else if (shifted <= 0xffffffff) bytes.writeUInt32BE(shifted, at + 4);
    else throw new RangeError('a version 0 tfdt cannot hold this decode time');
  }
  return bytes;
}
