import { HttpError, show } from './http.ts';

/** Playback modifiers of the platform ("Modify playback behavior"), validated. */
export interface Modifiers {
  maxResolution?: number;
  minResolution?: number;
  renditionOrder?: 'desc';
  defaultSubtitlesLang?: string;
  redundantStreams: boolean;
  rokuTrickPlay: boolean;
  assetStartTime?: number;
  assetEndTime?: number;
  programStartTime?: number;
  programEndTime?: number;
  lowLatency: boolean;
}

export const MODIFIER_NAMES = [
  'max_resolution',
  'min_resolution',
  'rendition_order',
  'default_subtitles_lang',
  'redundant_streams',
  'roku_trick_play',
  'asset_start_time',
  'asset_end_time',
  'program_start_time',
  'program_end_time',
  'low_latency',
] as const;

export const RESOLUTIONS = ['270p', '360p', '480p', '540p', '720p', '1080p', '1440p', '2160p'] as const;

const BCP47 = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const bad = (name: string, value: unknown, expected: string): HttpError =>
  new HttpError(400, 'bad_modifier', `${name}=${show(value)} is invalid: expected ${expected}`);

function resolution(name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (!(RESOLUTIONS as readonly unknown[]).includes(value)) throw bad(name, value, RESOLUTIONS.join(', '));
  return Number.parseInt(value as string, 10);
}

function flag(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw bad(name, value, 'true or false');
}

function seconds(name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const number = typeof value === 'number' ? value : Number(value);
  if (value === '' || !Number.isFinite(number) || number < 0)
    throw bad(name, value, 'a non-negative number of seconds');
  return number;
}

/**
 * Reads modifiers from query parameters (public IDs) or token claims (signed IDs); both
 * use the same snake_case names. Unknown names are ignored, as the platform ignores them.
 */
export function parseModifiers(source: Readonly<Record<string, unknown>>): Modifiers {
  const modifiers: Modifiers = {
    maxResolution: resolution('max_resolution', source.max_resolution),
    minResolution: resolution('min_resolution', source.min_resolution),
    redundantStreams: flag('redundant_streams', source.redundant_streams, false),
    rokuTrickPlay: flag('roku_trick_play', source.roku_trick_play, false),
    assetStartTime: seconds('asset_start_time', source.asset_start_time),
    assetEndTime: seconds('asset_end_time', source.asset_end_time),
    programStartTime: seconds('program_start_time', source.program_start_time),
    programEndTime: seconds('program_end_time', source.program_end_time),
    lowLatency: flag('low_latency', source.low_latency, true),
  };
  if (source.rendition_order !== undefined) {
    if (source.rendition_order !== 'desc') throw bad('rendition_order', source.rendition_order, 'desc');
    modifiers.renditionOrder = 'desc';
  }
  if (source.default_subtitles_lang !== undefined) {
    const lang = source.default_subtitles_lang;
    if (typeof lang !== 'string' || !BCP47.test(lang))
      throw bad('default_subtitles_lang', lang, 'a BCP-47 language tag');
    modifiers.defaultSubtitlesLang = lang;
  }
  const { minResolution, maxResolution, assetStartTime, assetEndTime, programStartTime, programEndTime } = modifiers;
  if (minResolution !== undefined && maxResolution !== undefined && minResolution > maxResolution) {
    throw new HttpError(
      400,
      'bad_modifier',
      `min_resolution ${minResolution}p is above max_resolution ${maxResolution}p`,
    );
  }
  if (assetStartTime !== undefined && assetEndTime !== undefined && assetEndTime <= assetStartTime) {
    throw new HttpError(
      400,
      'bad_modifier',
      `asset_end_time ${assetEndTime} must be after asset_start_time ${assetStartTime}`,
    );
  }
  if (programStartTime !== undefined && programEndTime !== undefined && programEndTime <= programStartTime) {
    throw new HttpError(
      400,
      'bad_modifier',
      `program_end_time ${programEndTime} must be after program_start_time ${programStartTime}`,
    );
  }
  return modifiers;
}

/** The closest subtitle language to `wanted`: exact match first, then the same primary language. */
export function closestLanguage(wanted: string, available: readonly string[]): string | undefined {
  const lower = wanted.toLowerCase();
  const exact = available.find((lang) => lang.toLowerCase() === lower);
  if (exact) return exact;
  const primary = lower.split('-')[0];
  return available.find((lang) => lang.toLowerCase().split('-')[0] === primary);
}
