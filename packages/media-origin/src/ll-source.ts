import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFragmentedMp4, shiftFragment, type FragmentedMp4 } from './fmp4.ts';
import { PART_MS, PARTS_PER_SEGMENT } from './live-encoder.ts';

/** `test/fixtures/media/live-ll/live-ll.json` (written by test/fixtures/live-ll.sh). */
interface LowLatencyManifest {
  partDuration: number;
  partsPerSegment: number;
  pictureParts: number;
  freezeParts: number;
  slatePart: number;
  renditions: { name: string; width: number; height: number; frameRate: number; codecs: string; file: string }[];
}

export interface LowLatencyRendition {
  name: string;
  width: number;
  height: number;
  frameRate: number;
  codecs: string;
  /** Peak and average bits per second of the picture segments. */
  bandwidth: number;
  averageBandwidth: number;
  file: Buffer;
  mp4: FragmentedMp4;
}

/** Which fixture fragment a live part plays. */
export type PartSource = { kind: 'picture'; part: number } | { kind: 'freeze'; after: number } | { kind: 'slate' };

/**
 * The fixture behind the low-latency stream: one fragmented MP4 per rendition whose fragments are
 * the parts (picture loop, then one "last frame" part per picture part, then the slate).
 */
export class LowLatencySource {
  readonly renditions: LowLatencyRendition[];
  readonly #manifest: LowLatencyManifest;

  constructor(dir: string) {
    const manifest = JSON.parse(readFileSync(join(dir, 'live-ll.json'), 'utf8')) as LowLatencyManifest;
    if (manifest.partDuration * 1000 !== PART_MS || manifest.partsPerSegment !== PARTS_PER_SEGMENT) {
      throw new Error(
        `live-ll fixture parts (${manifest.partDuration} s × ${manifest.partsPerSegment}) do not match the origin's`,
      );
    }
    this.#manifest = manifest;
    this.renditions = manifest.renditions.map((rendition) => {
      const file = readFileSync(join(dir, rendition.file));
      const mp4 = readFragmentedMp4(file);
      if (mp4.fragments.length <= manifest.slatePart) {
        throw new Error(
          `live-ll fixture ${rendition.file} has ${mp4.fragments.length} fragments; expected ${manifest.slatePart + 1}`,
        );
      }
      const picture = mp4.fragments.slice(0, manifest.pictureParts);
      let peak = 0;
      for (let i = 0; i < picture.length; i += PARTS_PER_SEGMENT) {
        const bytes = picture.slice(i, i + PARTS_PER_SEGMENT).reduce((sum, fragment) => sum + fragment.length, 0);
        peak = Math.max(peak, (bytes * 8 * 1000) / (PART_MS * PARTS_PER_SEGMENT));
      }
      const total = picture.reduce((sum, fragment) => sum + fragment.length, 0);
      return {
        ...rendition,
        bandwidth: Math.ceil(peak),
        averageBandwidth: Math.ceil((total * 8 * 1000) / (PART_MS * picture.length)),
        file,
        mp4,
      };
    });
  }

  get pictureParts(): number {
    return this.#manifest.pictureParts;
  }

  rendition(name: string): LowLatencyRendition | undefined {
    return this.renditions.find((rendition) => rendition.name === name);
  }

  init(rendition: LowLatencyRendition): Buffer {
    const { offset, length } = rendition.mp4.init;
    return rendition.file.subarray(offset, offset + length);
  }

  /** The bytes of live part `j`, its decode times moved to `j`'s place on the stream's timeline. */
  part(rendition: LowLatencyRendition, j: number, source: PartSource): Buffer {
    const index =
      source.kind === 'picture'
        ? source.part
        : source.kind === 'freeze'
          ? this.#manifest.pictureParts + source.after
          : this.#manifest.slatePart;
    const fragment = rendition.mp4.fragments[index];
    if (!fragment) throw new RangeError(`no fixture fragment ${index}`);
    return shiftFragment(rendition.file, fragment, ((j - index) * PART_MS) / 1000);
  }
}
