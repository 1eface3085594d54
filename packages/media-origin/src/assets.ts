import { readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { HttpError } from './http.ts';

/** One entry of `asset.json` (see test/fixtures/README.md). */
export interface Segment {
  uri: string;
  duration: number;
}

export interface VideoRendition {
  name: string;
  width: number;
  height: number;
  frameRate: number;
  bandwidth: number;
  averageBandwidth: number;
  codecs: string;
  muxedAudioCodecs: string | null;
  init: string | null;
  segments: Segment[];
}

export interface AudioRendition {
  name: string;
  language: string;
  label: string;
  default: boolean;
  codecs: string;
  bandwidth: number;
  channels: number;
  init: string | null;
  segments: Segment[];
}

export interface SubtitleTrack {
  language: string;
  label: string;
  uri: string;
}

export interface AssetManifest {
  duration: number;
  container: 'ts' | 'fmp4';
  targetDuration: number;
  video: VideoRendition[];
  audio: AudioRendition[];
  subtitles: SubtitleTrack[];
  encryption: { scheme: string; keyId: string; key: string } | null;
  thumbnails: { interval: number; count: number; width: number; height: number; formats: string[] } | null;
  storyboard: { tileWidth: number; tileHeight: number; columns: number; tiles: number; formats: string[] } | null;
  staticRenditions: string[];
  /** Files served under `media/` that no playlist names (the bench's native-MP4 floor). */
  extras?: string[];
}

export interface LoadedAsset extends AssetManifest {
  /** Directory name under the media root. */
  name: string;
  dir: string;
}

/** Reads fixture manifests once and resolves files inside an asset without leaving it. */
export class AssetLibrary {
  readonly #cache = new Map<string, LoadedAsset>();

  constructor(readonly mediaRoot: string) {}

  get(name: string): LoadedAsset {
    let asset = this.#cache.get(name);
    if (!asset) {
      const dir = join(this.mediaRoot, name);
      const manifest = JSON.parse(readFileSync(join(dir, 'asset.json'), 'utf8')) as AssetManifest;
      asset = { ...manifest, name, dir };
      this.#cache.set(name, asset);
    }
    return asset;
  }

  /** Absolute path of `relative` inside the asset; refuses `..` escapes. */
  file(asset: LoadedAsset, relative: string): string {
    const path = resolve(asset.dir, relative);
    if (!path.startsWith(asset.dir + sep)) throw new HttpError(404, 'not_found', 'no such media file');
    return path;
  }
}
