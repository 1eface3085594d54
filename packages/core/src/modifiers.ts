/**
 * Playback modifiers (seed "Modify playback behavior"): read from the element's attributes,
 * validated against the platform's allowed values, and written as the platform's query names.
 */
import { show } from './show.ts';

/** Resolutions the platform accepts for `max_resolution` and `min_resolution`. */
export const RESOLUTIONS = ['270p', '360p', '480p', '540p', '720p', '1080p', '1440p', '2160p'] as const;
/** One of {@link RESOLUTIONS}. */
export type Resolution = (typeof RESOLUTIONS)[number];

/** The platform's playback modifiers, typed (query names in {@link MODIFIERS}). */
export interface PlaybackModifiers {
  maxResolution?: Resolution;
  minResolution?: Resolution;
  renditionOrder?: 'desc';
  /** BCP-47 language tag of the subtitles track marked DEFAULT. */
  defaultSubtitlesLang?: string;
  redundantStreams?: boolean;
  rokuTrickPlay?: boolean;
  /** Instant clip start, seconds from the asset's start. */
  assetStartTime?: number;
  assetEndTime?: number;
  /** Instant clip start, epoch seconds (program date time). */
  programStartTime?: number;
  programEndTime?: number;
  /** `false` asks a low-latency live stream for standard HLS; the platform's default is `true`. */
  lowLatency?: boolean;
}

/** A rejected or ignored input: which attribute, its value, and a message with what's wrong and the fix. */
export interface InputProblem {
  attribute: string;
  value: string;
  message: string;
}

/** The value rule a modifier follows. */
export type ModifierKind = 'resolution' | 'order' | 'language' | 'flag' | 'seconds' | 'epoch';

/** How one modifier is named on the element and on the platform. */
export interface ModifierSpec {
  /** The element attribute (kebab-case). */
  attribute: string;
  /** The platform's query parameter / JWT claim (snake_case). */
  param: string;
  kind: ModifierKind;
}

/** Every modifier, in the seed table's order (which is also the query order). */
export const MODIFIERS: Readonly<Record<keyof PlaybackModifiers, ModifierSpec>> = {
  redundantStreams: { attribute: 'redundant-streams', param: 'redundant_streams', kind: 'flag' },
  rokuTrickPlay: { attribute: 'roku-trick-play', param: 'roku_trick_play', kind: 'flag' },
  defaultSubtitlesLang: { attribute: 'default-subtitles-lang', param: 'default_subtitles_lang', kind: 'language' },
  maxResolution: { attribute: 'max-resolution', param: 'max_resolution', kind: 'resolution' },
  minResolution: { attribute: 'min-resolution', param: 'min_resolution', kind: 'resolution' },
  renditionOrder: { attribute: 'rendition-order', param: 'rendition_order', kind: 'order' },
  programStartTime: { attribute: 'program-start-time', param: 'program_start_time', kind: 'epoch' },
  programEndTime: { attribute: 'program-end-time', param: 'program_end_time', kind: 'epoch' },
  assetStartTime: { attribute: 'asset-start-time', param: 'asset_start_time', kind: 'seconds' },
  assetEndTime: { attribute: 'asset-end-time', param: 'asset_end_time', kind: 'seconds' },
  lowLatency: { attribute: 'low-latency', param: 'low_latency', kind: 'flag' },
};

const MODIFIER_KEYS = Object.keys(MODIFIERS) as (keyof PlaybackModifiers)[];

const BCP47 = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
/** Epoch seconds beyond this are almost certainly milliseconds (year 5138). */
const MAX_EPOCH_SECONDS = 1e11;

type Checked = { value: string | number | boolean } | { error: string };

const RESOLUTION_LIST = `${RESOLUTIONS.slice(0, -1).join(', ')} or ${RESOLUTIONS.at(-1) ?? ''}`;

function checkResolution(raw: string): Checked {
  if ((RESOLUTIONS as readonly string[]).includes(raw)) return { value: raw };
  const guess = raw
    .trim()
    .toLowerCase()
    .replace(/^(\d+)$/, '$1p');
  const hint = (RESOLUTIONS as readonly string[]).includes(guess) ? ` (did you mean "${guess}"?)` : '';
  return { error: `is not a supported resolution${hint}: use one of ${RESOLUTION_LIST}` };
}

function checkNumber(raw: string, kind: 'seconds' | 'epoch'): Checked {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0) {
    return {
      error:
        kind === 'seconds'
          ? 'is not a time: use a non-negative number of seconds from the start of the asset, e.g. "10"'
          : 'is not a time: use epoch seconds (UTC), e.g. "1707740400"',
    };
  }
  if (kind === 'epoch' && value > MAX_EPOCH_SECONDS) {
    return { error: `looks like milliseconds: use epoch seconds, e.g. "${Math.floor(value / 1000)}"` };
  }
  return { value };
}

/** Checks one raw value against its modifier's allowed values. */
function check(kind: ModifierKind, raw: string): Checked {
  switch (kind) {
    case 'resolution':
      return checkResolution(raw);
    case 'order':
      return raw === 'desc'
        ? { value: raw }
        : { error: 'is not supported: the only value is "desc" (remove it for the platform\'s default order)' };
    case 'language':
      return BCP47.test(raw) ? { value: raw } : { error: 'is not a BCP-47 language tag: use e.g. "en" or "en-US"' };
    case 'flag':
      // A present boolean attribute ("") means true.
      if (raw === '' || raw === 'true') return { value: true };
      if (raw === 'false') return { value: false };
      return { error: 'is not a boolean: use "true" or "false" (or the bare attribute for true)' };
    case 'seconds':
    case 'epoch':
      return checkNumber(raw, kind);
  }
}

/**
 * Reads modifier attributes (kebab-case names, as on the element) into typed modifiers. Invalid
 * values are left out and reported as problems; so are `min-resolution` above `max-resolution`
 * (min is dropped) and an end time not after its start time (the end is dropped). Unknown keys are
 * ignored, so the element can pass all its attributes.
 */
export function parseModifierAttributes(attrs: Record<string, string | null | undefined>): {
  modifiers: PlaybackModifiers;
  problems: InputProblem[];
} {
  const modifiers: Record<string, unknown> = {};
  const problems: InputProblem[] = [];
  for (const key of MODIFIER_KEYS) {
    const { attribute, kind } = MODIFIERS[key];
    const raw = attrs[attribute];
    if (raw === null || raw === undefined) continue;
    const result = check(kind, raw);
    if ('error' in result) problems.push({ attribute, value: raw, message: `${attribute}="${raw}" ${result.error}` });
    else modifiers[key] = result.value;
  }
  const parsed = modifiers as PlaybackModifiers;
  const { maxResolution, minResolution } = parsed;
  if (maxResolution && minResolution && RESOLUTIONS.indexOf(minResolution) > RESOLUTIONS.indexOf(maxResolution)) {
    delete parsed.minResolution;
    problems.push({
      attribute: 'min-resolution',
      value: minResolution,
      message: `min-resolution="${minResolution}" is above max-resolution="${maxResolution}": lower min-resolution or raise max-resolution`,
    });
  }
  for (const [start, end] of [
    ['assetStartTime', 'assetEndTime'],
    ['programStartTime', 'programEndTime'],
  ] as const) {
    const from = parsed[start];
    const to = parsed[end];
    if (from === undefined || to === undefined || to > from) continue;
    Reflect.deleteProperty(parsed, end);
    const startAttr = MODIFIERS[start].attribute;
    const endAttr = MODIFIERS[end].attribute;
    problems.push({
      attribute: endAttr,
      value: show(to),
      message: `${endAttr}="${to}" is not after ${startAttr}="${from}": the clip must end after it starts`,
    });
  }
  return { modifiers: parsed, problems };
}

/**
 * The modifiers as the platform's query parameters (snake_case, in the seed table's order).
 * Defaults are left out: `false` flags, and `low_latency` unless it is `false`.
 */
export function modifierParams(modifiers: PlaybackModifiers): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of MODIFIER_KEYS) {
    const value = modifiers[key];
    if (value === undefined) continue;
    if (key === 'lowLatency') {
      if (value === false) params.set(MODIFIERS[key].param, 'false');
    } else if (value !== false) {
      params.set(MODIFIERS[key].param, show(value));
    }
  }
  return params;
}

/** The modifier whose query parameter is `param`, if any. */
export function modifierForParam(param: string): (ModifierSpec & { key: keyof PlaybackModifiers }) | undefined {
  const key = MODIFIER_KEYS.find((candidate) => MODIFIERS[candidate].param === param);
  return key ? { key, ...MODIFIERS[key] } : undefined;
}

const EXTRA = 'extra-source-params';

function extraProblem(value: string, message: string): InputProblem {
  return { attribute: EXTRA, value, message: `${EXTRA} ${message}` };
}

/** Validates one extra parameter; modifiers among them get the same checks as their attributes. */
function checkExtra(name: string, value: string): InputProblem | null {
  const pair = `${name}=${value}`;
  if (name === '') return extraProblem(pair, `has a parameter without a name ("${pair}"): use name=value pairs`);
  if (name === 'token') {
    // The value is a credential: keep it out of the problem, which ends up in the console.
    return extraProblem(
      'token=[redacted]',
      'has a token parameter: set the token with playback-token (or the tokens property), never in extra-source-params',
    );
  }
  const modifier = modifierForParam(name);
  if (!modifier) return null;
  const result = check(modifier.kind, value);
  return 'error' in result ? extraProblem(pair, `has ${name}="${value}", which ${result.error}`) : null;
}

/**
 * Reads `extra-source-params`: a query string (`"asset_start_time=10&asset_end_time=20"`, a leading
 * `?` allowed) or an object of values. Parameters are passed through; `token` and invalid modifier
 * values are dropped and reported.
 */
export function parseExtraSourceParams(value: string | Record<string, string | number | boolean> | null | undefined): {
  params: URLSearchParams;
  problems: InputProblem[];
} {
  const params = new URLSearchParams();
  const problems: InputProblem[] = [];
  const add = (name: string, raw: string): void => {
    const problem = checkExtra(name, raw);
    if (problem) problems.push(problem);
    else params.append(name, raw);
  };
  if (value === null || value === undefined) return { params, problems };
  if (typeof value === 'string') {
    const text = value.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
      problems.push(
        extraProblem(value, 'is a URL: use only its query string, e.g. "asset_start_time=10&asset_end_time=20"'),
      );
      return { params, problems };
    }
    for (const [name, raw] of new URLSearchParams(text.replace(/^[?&]/, ''))) add(name, raw);
    return { params, problems };
  }
  if (typeof value !== 'object') {
    problems.push(extraProblem(show(value), 'must be a query string or an object of parameter values'));
    return { params, problems };
  }
  for (const [name, raw] of Object.entries(value as Record<string, unknown>)) {
    if (typeof raw === 'string') add(name, raw);
    else if (typeof raw === 'boolean' || (typeof raw === 'number' && Number.isFinite(raw))) add(name, String(raw));
    else {
      problems.push(
        extraProblem(
          `${name}=${show(raw)}`,
          `has ${name} of type ${typeof raw}: use a string, a finite number or a boolean`,
        ),
      );
    }
  }
  return { params, problems };
}
