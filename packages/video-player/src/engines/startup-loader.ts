import {
  LoadStats,
  type HlsConfig,
  type Loader,
  type LoaderCallbacks,
  type LoaderConfiguration,
  type LoaderContext,
  type LoaderStats,
} from 'hls.js';

/** A response fetched before hls.js asked for it, with the timings of that fetch. */
export interface EarlyResponse {
  url: string;
  status: number;
  data: ArrayBuffer;
  /** `performance.now()` when the request went out, its headers came back, its body ended. */
  start: number;
  first: number;
  end: number;
}

/** Responses the loader may hand over instead of asking the network (the startup prefetch). */
export interface ResponseSource {
  /** The response for `url`, once; undefined when there is none. Rejects when the early fetch failed. */
  take(url: string): Promise<EarlyResponse> | undefined;
}

/** Decides whether a media segment may load now (the `preload="metadata"` hold). */
export interface SegmentGate {
  /** True to load now; false to wait for `defer`'s callback. `type` is hls.js's `main`, `audio`, `subtitle`. */
  admit(type: string): boolean;
  /** Runs `start` when the gate opens; the returned function cancels that. */
  defer(start: () => void): () => void;
}

type LoaderClass = HlsConfig['loader'];

const isMediaSegment = (context: LoaderContext): context is LoaderContext & { frag: { sn: unknown; type: string } } =>
  'frag' in context && (context as { frag: { sn: unknown } }).frag.sn !== 'initSegment';

/**
 * hls.js's loader (`Base`, its default or the app's), in front of which a request may be answered
 * by an early response or wait at a gate. Everything else is the base loader's: retries,
 * timeouts and errors stay hls.js's own. A failed early fetch is simply asked for again.
 */
export function startupLoader(Base: LoaderClass, early?: ResponseSource, gate?: SegmentGate): LoaderClass {
  return class StartupLoader implements Loader<LoaderContext> {
    context: LoaderContext | null = null;
    readonly #inner: Loader<LoaderContext>;
    /** Our own stats while a request waits at the gate or is answered early. */
    #stats: LoaderStats | undefined;
    #callbacks: LoaderCallbacks<LoaderContext> | undefined;
    #cancelWait: (() => void) | undefined;
    #done = false;

    constructor(config: HlsConfig) {
      this.#inner = new Base(config);
    }

    get stats(): LoaderStats {
      return this.#stats ?? this.#inner.stats;
    }

    load(context: LoaderContext, config: LoaderConfiguration, callbacks: LoaderCallbacks<LoaderContext>): void {
      this.context = context;
      this.#callbacks = callbacks;
      if (gate && isMediaSegment(context) && !gate.admit(context.frag.type)) {
        this.#stats = new LoadStats();
        this.#cancelWait = gate.defer(() => {
          this.#cancelWait = undefined;
          this.#stats = undefined;
          this.#start(context, config, callbacks);
        });
        return;
      }
      this.#start(context, config, callbacks);
    }

    abort(): void {
      if (this.#done) return;
      if (!this.#stats) {
        this.#inner.abort();
        return;
      }
      // Waiting or answered early: nothing is on the network; say so as the base loader would.
      this.#done = true;
      this.#cancelWait?.();
      this.#stats.aborted = true;
      if (this.context) this.#callbacks?.onAbort?.(this.#stats, this.context, null);
    }

    destroy(): void {
      this.#done = true;
      this.#cancelWait?.();
      this.#inner.destroy();
    }

    getCacheAge(): number | null {
      return this.#stats ? null : (this.#inner.getCacheAge?.() ?? null);
    }

    getResponseHeader(name: string): string | null {
      return this.#stats ? null : (this.#inner.getResponseHeader?.(name) ?? null);
    }

    #start(context: LoaderContext, config: LoaderConfiguration, callbacks: LoaderCallbacks<LoaderContext>): void {
      const response = context.rangeEnd ? undefined : early?.take(context.url);
      if (!response) {
        this.#inner.load(context, config, callbacks);
        return;
      }
      const stats = (this.#stats = new LoadStats());
      stats.loading.start = performance.now();
      response.then(
        (early) => {
          if (this.#done) return;
          this.#done = true;
          stats.loading = { start: early.start, first: early.first, end: early.end };
          stats.loaded = stats.total = early.data.byteLength;
          const data = context.responseType === 'arraybuffer' ? early.data : new TextDecoder().decode(early.data);
          callbacks.onSuccess({ url: early.url, data, code: early.status }, stats, context, null);
        },
        () => {
          if (this.#done) return;
          this.#stats = undefined;
          this.#inner.load(context, config, callbacks);
        },
      );
    }
  };
}
