export { startOrigin, type Origin, type OriginOptions } from './server.ts';
export type { FaultRule, FaultRuleJson } from './faults.ts';
export type { UploadStatus } from './uploads.ts';
export type { Beacon } from './beacons.ts';
export { CATALOG, type PlaybackEntry } from './catalog.ts';
export { mintToken, type TokenClaims, type Audience } from './tokens.ts';
