/**
 * Fault scenarios for chunked uploads, run the same way against any client with UpChunk's
 * API (ours and @mux/upchunk), recording what the client reported and what the server holds.
 */
import { addFault, resetOrigin, type FaultRule } from './origin.ts';
import {
  createDirectUpload,
  regexpEscape,
  respondOnce,
  serverUpload,
  nextEvent,
  offlineBlip,
  sha256Hex,
  testFile,
  unrouteAll,
  type ServerUpload,
} from './uploads.ts';

/** The part of UpChunk's API the scenarios use; both clients have it. */
export interface UploadHandle {
  on(name: string, listener: (event: CustomEvent) => void): void;
  pause(): void;
  resume(): void;
  abort(): void;
  /** Ours only: the terminal stop (UpChunk has none). */
  cancel?(): void;
}

export interface ClientOptions {
  endpoint: string;
  file: File;
  chunkSize: number;
  attempts: number;
  delayBeforeAttempt: number;
  headers: () => Promise<Record<string, string>>;
}

export interface Client {
  name: string;
  create(options: ClientOptions): UploadHandle;
  /** Whether `headers()` runs after `attempt` fires (ours) or before it (UpChunk). */
  headersAfterAttempt: boolean;
}

export interface Outcome {
  client: string;
  scenario: string;
  /** `success`, `error`, or `none` when neither fired before the settle bound. */
  settled: 'success' | 'error' | 'none';
  successEvents: number;
  errorEvents: number;
  error?: string;
  server: ServerUpload;
  size: number;
  byteIdentical: boolean;
  progressWentBackwards: boolean;
}

interface Context {
  handle: UploadHandle;
  url: string;
}

export interface Scenario {
  name: string;
  /** Faults registered just before the n-th chunk attempt (0-based, retries counted) is sent. */
  faultBefore?: Record<number, FaultRule | { respond: { status: number; headers?: Record<string, string> } }>;
  /** Run once chunk attempt n is on the wire (its first upload progress). */
  inFlight?: Record<number, (context: Context) => Promise<void> | void>;
  /** Run on the first `attemptFailure`. */
  onFirstFailure?: (context: Context) => Promise<void> | void;
  /** After `abort()`: upload the same file again to a new URL; the outcome is the second upload's. */
  restartAfterAbort?: boolean;
}

const CHUNK_KIB = 256;
/** How long to wait for a client that fires neither `success` nor `error`: a bound on recording, not an assertion. */
const SETTLE_BOUND_MS = 15_000;

const offlineThenOnline = async (): Promise<void> => {
  const events: Promise<unknown>[] = [nextEvent(window, 'offline'), nextEvent(window, 'online')];
  await offlineBlip();
  await Promise.all(events);
};

const lastChunk = Math.ceil(5_366_337 / (CHUNK_KIB * 1024)) - 1;

export const SCENARIOS: Scenario[] = [
  { name: 'happy path' },
  { name: '500 once', faultBefore: { 3: { host: 'upload', method: 'PUT', status: 500 } } },
  { name: '503 burst', faultBefore: { 3: { host: 'upload', method: 'PUT', status: 503, times: 3 } } },
  { name: 'socket dropped mid-chunk', faultBefore: { 3: { host: 'upload', method: 'PUT', drop: 'request' } } },
  {
    name: 'offline then online mid-chunk',
    faultBefore: { 3: { host: 'upload', method: 'PUT', delayMs: 1500 } },
    inFlight: { 3: offlineThenOnline },
  },
  {
    name: 'failed chunk, then offline and online',
    faultBefore: { 3: { host: 'upload', method: 'PUT', status: 503 } },
    onFirstFailure: offlineThenOnline,
  },
  {
    name: 'pause and resume mid-chunk',
    faultBefore: { 3: { host: 'upload', method: 'PUT', delayMs: 1500 } },
    inFlight: {
      3: async ({ handle }) => {
        handle.pause();
        await new Promise((resolve) => setTimeout(resolve, 0));
        handle.resume();
      },
    },
  },
  {
    name: 'abort mid-chunk, then a new upload',
    faultBefore: { 3: { host: 'upload', method: 'PUT', delayMs: 1500 } },
    inFlight: { 3: ({ handle }) => handle.abort() },
    restartAfterAbort: true,
  },
  {
    name: 'abort mid-chunk, then resume',
    faultBefore: { 3: { host: 'upload', method: 'PUT', delayMs: 1500 } },
    inFlight: {
      3: async ({ handle }) => {
        handle.abort();
        await new Promise((resolve) => setTimeout(resolve, 50));
        handle.resume();
      },
    },
  },
  { name: 'final 308 (not complete)', faultBefore: { [lastChunk]: { host: 'upload', method: 'PUT', status: 308 } } },
  {
    name: 'final 308 with a full Range',
    faultBefore: { [lastChunk]: { respond: { status: 308, headers: { Range: `bytes=0-${5_366_337 - 1}` } } } },
  },
  { name: '429 with Retry-After', faultBefore: { 3: { respond: { status: 429, headers: { 'Retry-After': '1' } } } } },
  { name: '400 on a chunk', faultBefore: { 3: { host: 'upload', method: 'PUT', status: 400 } } },
];

/** Runs one scenario with one client against a fresh direct upload. */
export async function runScenario(client: Client, scenario: Scenario): Promise<Outcome> {
  await resetOrigin();
  await unrouteAll();
  const file = testFile();
  const first = await createDirectUpload();
  let target = first;
  let attempts = 0;
  let pendingFault: Promise<unknown> | null = null;
  let inFlightAttempt: number | null = null;
  let successEvents = 0;
  let errorEvents = 0;
  let error: string | undefined;
  let lastProgress = 0;
  let progressWentBackwards = false;
  let failureSeen = false;
  let settle: (result: 'success' | 'error') => void = () => undefined;
  const settled = new Promise<'success' | 'error'>((resolve) => {
    settle = resolve;
  });

  const armFault = (attempt: number, url: string): Promise<unknown> | null => {
    const fault = scenario.faultBefore?.[attempt];
    if (!fault) return null;
    if ('respond' in fault) {
      return respondOnce({
        url: `^${regexpEscape(url)}$`,
        status: fault.respond.status,
        headers: {
          'Access-Control-Allow-Origin': location.origin,
          'Access-Control-Expose-Headers': 'Retry-After, Range',
          ...fault.respond.headers,
        },
      });
    }
    return addFault(fault);
  };

  const start = (url: string): UploadHandle => {
    const handle = client.create({
      endpoint: url,
      file,
      chunkSize: CHUNK_KIB,
      attempts: 5,
      delayBeforeAttempt: 0.1,
      headers: async () => {
        if (!client.headersAfterAttempt) pendingFault = armFault(attempts++, url);
        const fault = pendingFault;
        pendingFault = null;
        if (fault) await fault;
        return {};
      },
    });
    const context = (): Context => ({ handle, url });
    handle.on('attempt', () => {
      const attempt = client.headersAfterAttempt ? attempts++ : attempts - 1;
      if (client.headersAfterAttempt) pendingFault = armFault(attempt, url);
      if (scenario.inFlight?.[attempt]) inFlightAttempt = attempt;
    });
    handle.on('progress', (event) => {
      const percent = event.detail as number;
      if (percent < lastProgress) progressWentBackwards = true;
      lastProgress = Math.max(lastProgress, percent);
      if (inFlightAttempt !== null) {
        const action = scenario.inFlight?.[inFlightAttempt];
        inFlightAttempt = null;
        void Promise.resolve(action?.(context())).then(async () => {
          if (scenario.restartAfterAbort) {
            target = await createDirectUpload();
            lastProgress = 0;
            start(target.url);
          }
        });
      }
    });
    handle.on('attemptFailure', () => {
      if (failureSeen) return;
      failureSeen = true;
      void scenario.onFirstFailure?.(context());
    });
    handle.on('success', () => {
      successEvents += 1;
      settle('success');
    });
    handle.on('error', (event) => {
      errorEvents += 1;
      error = (event.detail as { message?: string } | undefined)?.message ?? 'error';
      settle('error');
    });
    return handle;
  };

  start(first.url);
  const result = await Promise.race([
    settled,
    new Promise<'none'>((resolve) => setTimeout(() => resolve('none'), SETTLE_BOUND_MS)),
  ]);
  // A duplicate success, or a second send loop, shows up within a few more requests.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await unrouteAll();
  const server = await serverUpload(target.id);
  const expected = await sha256Hex(file);
  return {
    client: client.name,
    scenario: scenario.name,
    settled: result,
    successEvents,
    errorEvents,
    ...(error === undefined ? {} : { error }),
    server,
    size: file.size,
    byteIdentical: server.complete && server.received === file.size && server.sha256 === expected,
    progressWentBackwards,
  };
}

/** One line per outcome, for the test log. */
export const describeOutcome = (outcome: Outcome): string =>
  `${outcome.client.padEnd(9)} ${outcome.scenario.padEnd(38)} ${outcome.settled.padEnd(7)} success×${outcome.successEvents} error×${outcome.errorEvents} ` +
  `server ${outcome.server.received}/${outcome.size}${outcome.server.complete ? ' complete' : ''} ` +
  `${outcome.byteIdentical ? 'byte-identical' : 'NOT byte-identical'} refused-chunks ${outcome.server.rejected}` +
  `${outcome.progressWentBackwards ? ' progress-backwards' : ''}${outcome.error ? ` — ${outcome.error}` : ''}`;
