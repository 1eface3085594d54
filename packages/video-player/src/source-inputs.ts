import type { SourceInputs } from './source.ts';

/** The element's properties that decide what plays. */
export interface SourceFields {
  playbackId?: string | undefined;
  src?: string | undefined;
  customDomain?: string | undefined;
  playbackToken?: string | undefined;
  drmToken?: string | undefined;
  thumbnailToken?: string | undefined;
  maxResolution?: string | undefined;
  minResolution?: string | undefined;
  renditionOrder?: string | undefined;
  defaultSubtitlesLang?: string | undefined;
  assetStartTime?: string | number | undefined;
  assetEndTime?: string | number | undefined;
  programStartTime?: string | number | undefined;
  programEndTime?: string | number | undefined;
  extraSourceParams?: string | Record<string, string | number | boolean> | undefined;
  thumbnailTime?: number | undefined;
  noRedundantStreams?: boolean | undefined;
}

/** Properties whose change means a different stream: tear down and load again. */
export const SOURCE_PROPERTIES = new Set<PropertyKey>([
  'playbackId',
  'src',
  'customDomain',
  'playbackToken',
  'drmToken',
  'maxResolution',
  'minResolution',
  'renditionOrder',
  'defaultSubtitlesLang',
  'assetStartTime',
  'assetEndTime',
  'programStartTime',
  'programEndTime',
  'extraSourceParams',
  'noRedundantStreams',
  'preferPlayback',
  'startTime',
  'hlsConfig',
  'defaultHiddenCaptions',
  'disableTracking',
  'envKey',
  'beaconCollectionDomain',
]);

function mentionsRedundant({ extraSourceParams: extra }: SourceFields): boolean {
  if (!extra) return false;
  return typeof extra === 'string' ? /(^|[?&])redundant_streams=/.test(extra) : 'redundant_streams' in extra;
}

/** The element's fields as core's resolver takes them: modifiers by their attribute names. */
export function sourceInputsOf(fields: SourceFields, now = Date.now()): SourceInputs {
  const modifiers: Record<string, string | number | undefined> = {
    'max-resolution': fields.maxResolution,
    'min-resolution': fields.minResolution,
    'rendition-order': fields.renditionOrder,
    'default-subtitles-lang': fields.defaultSubtitlesLang,
    'asset-start-time': fields.assetStartTime,
    'asset-end-time': fields.assetEndTime,
    'program-start-time': fields.programStartTime,
    'program-end-time': fields.programEndTime,
    // CDN failover by default, as the platform's player does, where the URL may carry it: a public
    // ID whose page did not turn it off or set it in extra-source-params.
    'redundant-streams':
      fields.noRedundantStreams || fields.playbackToken || mentionsRedundant(fields) ? undefined : 'true',
  };
  const modifierAttributes: Record<string, string | null> = {};
  for (const [name, value] of Object.entries(modifiers)) {
    modifierAttributes[name] = value === undefined || value === '' ? null : String(value);
  }
  return {
    playbackId: fields.playbackId,
    src: fields.src,
    domain: fields.customDomain,
    playbackToken: fields.playbackToken,
    drmToken: fields.drmToken,
    thumbnailToken: fields.thumbnailToken,
    modifierAttributes,
    extraSourceParams: fields.extraSourceParams,
    thumbnailTime: fields.thumbnailTime,
    now,
  };
}
