import type { HlsConfig } from 'hls.js';
import type { EngineKind } from './choose-engine.ts';
import { rememberedBandwidth } from './bandwidth-memory.ts';
import { earlyFetch } from './early-fetch.ts';
import type { EngineEvents, PlaybackEngine } from './engine.ts';
import type { HlsEngine } from './hls-engine.ts';
import type { NativeEngine } from './native-engine.ts';
import type { VariantEntry } from './playlist-scan.ts';
import { chooseStartLevel } from './start-level.ts';
import { StartupPrefetch } from './startup-prefetch.ts';

/** Where playback will start, known before the engine is: what the startup prefetch fetches. */
export interface StartHint {
  url: string;
  startTime?: number | undefined;
  /** The rendered height in device pixels, which the start rendition must fit. */
  renderedHeight: number;
}

/** The engine's chunk on its way and, for hls.js, the first requests. */
interface Warmup {
  kind: EngineKind;
  url: string;
  engine: Promise<{ HlsEngine: typeof HlsEngine } | { NativeEngine: typeof NativeEngine }>;
  prefetch: Promise<StartupPrefetch | undefined>;
}

/** hls.js settings with which the app takes requests over; the prefetch then stays out of the way. */
const REQUEST_HOOKS = ['loader', 'pLoader', 'fLoader', 'xhrSetup', 'fetchSetup'] as const;

/** One warm-up per element, taken by its next `createEngine`. */
const warmups = new WeakMap<object, Warmup>();

function warmup(kind: EngineKind, start: StartHint, hlsConfig: Partial<HlsConfig> | undefined): Warmup {
  if (kind === 'native') {
    return { kind, url: start.url, engine: import('./native-engine.ts'), prefetch: Promise.resolve(undefined) };
  }
  if (REQUEST_HOOKS.some((key) => hlsConfig?.[key] !== undefined)) {
    return { kind, url: start.url, engine: import('./hls-engine.ts'), prefetch: Promise.resolve(undefined) };
  }
  // The multivariant playlist now; what follows from it, in a small chunk of its own, asked for
  // first (its few steps then run between hls.js's long ones).
  const abort = new AbortController();
  const first = earlyFetch(start.url, abort.signal);
  const chooseStart = (variants: readonly VariantEntry[]): number =>
    chooseStartLevel(variants, start.renderedHeight, rememberedBandwidth());
  const prefetch = Promise.resolve(new StartupPrefetch({ ...start, chooseStart }, abort, first));
  return { kind, url: start.url, engine: import('./hls-engine.ts'), prefetch };
}

/**
 * Starts fetching what `owner`'s source will need (the engine chunk, hls.js's first requests)
 * as soon as the source is known, before anything renders; its next `createEngine` uses it.
 */
export function warmEngine(
  owner: object,
  kind: EngineKind,
  hlsConfig: Partial<HlsConfig> | undefined,
  start: StartHint,
): void {
  void warmups.get(owner)?.prefetch.then((prefetch) => prefetch?.destroy());
  warmups.set(owner, warmup(kind, start, hlsConfig));
}

/**
 * The engine for a source, loaded when a source loads: the hls.js engine arrives as one chunk
 * with hls.js itself, the native engine on its own, so neither weighs on the first paint.
 */
export async function createEngine(
  owner: object,
  kind: EngineKind,
  media: HTMLVideoElement,
  events: EngineEvents,
  hlsConfig: Partial<HlsConfig> | undefined,
  start: StartHint,
): Promise<PlaybackEngine> {
  let warm = warmups.get(owner);
  warmups.delete(owner);
  if (warm?.kind !== kind || warm.url !== start.url) {
    void warm?.prefetch.then((prefetch) => prefetch?.destroy());
    warm = warmup(kind, start, hlsConfig);
  }
  const [module, prefetch] = await Promise.all([warm.engine, warm.prefetch]);
  if ('HlsEngine' in module) return new module.HlsEngine(media, events, hlsConfig, prefetch);
  return new module.NativeEngine(media, events);
}
