import type { HlsConfig } from 'hls.js';
import type { EngineKind } from './choose-engine.ts';
import type { EngineEvents, PlaybackEngine } from './engine.ts';

/**
 * The engine for a source, loaded when a source loads: the hls.js engine arrives as one chunk
 * with hls.js itself, the native engine on its own, so neither weighs on the first paint.
 */
export async function createEngine(
  kind: EngineKind,
  media: HTMLVideoElement,
  events: EngineEvents,
  hlsConfig: Partial<HlsConfig> | undefined,
): Promise<PlaybackEngine> {
  if (kind === 'hls.js') {
    const { HlsEngine } = await import('./hls-engine.ts');
    return new HlsEngine(media, events, hlsConfig);
  }
  const { NativeEngine } = await import('./native-engine.ts');
  return new NativeEngine(media, events);
}

/**
 * Starts fetching an engine's chunk before the element has rendered (the `<video>` it needs does
 * not exist yet): the download overlaps the first render, and `createEngine` gets the same module.
 */
export function preloadEngine(kind: EngineKind): void {
  // A failed fetch is reported by `createEngine`, which asks for the same module again.
  if (kind === 'hls.js') import('./hls-engine.ts').catch(() => undefined);
}
