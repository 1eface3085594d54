import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AssetLibrary } from './assets.ts';
import type { BeaconLog } from './beacons.ts';
import type { FaultInjector } from './faults.ts';
import type { LowLatencyStreams } from './ll-streams.ts';
import type { OriginClock } from './origin-clock.ts';
import type { SigningKey } from './tokens.ts';
import type { UploadStore } from './uploads.ts';

/** Everything the routes share for the lifetime of one origin. */
export interface OriginState {
  assets: AssetLibrary;
  key: SigningKey;
  uploads: UploadStore;
  beacons: BeaconLog;
  faults: FaultInjector;
  clock: OriginClock;
  /** The low-latency live IDs' encoders and fixture. */
  lowLatency: LowLatencyStreams;
  /** Directory served on `player.localhost` (the built embed page), if any. */
  playerRoot: string | null;
}

/** One request, already routed by host. */
export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** The service label of the Host header: `stream`, `image`, `upload`, … */
  service: string;
  /** `scheme://host:port` of the request, for absolute URLs in responses. */
  self: string;
  state: OriginState;
}
