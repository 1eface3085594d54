import {
  LoadStats,
  type HlsConfig,
  type Loader,
  type LoaderCallbacks,
  type LoaderConfiguration,
  type LoaderContext,
  type LoaderStats,
} from 'hls.js';

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
 * hls.js's loader (`Base`, its default or the app's) behind gates: a media segment waits, off the
 * network, until every gate admits it (asked in order; one that refuses is asked again once it
 * opens). Everything else is the base loader's: retries, timeouts and errors stay hls.js's own.
 */
export function gatedLoader(Base: LoaderClass, gates: readonly SegmentGate[]): LoaderClass {
  return class GatedLoader implements Loader<LoaderContext> {
    context: LoaderContext | null = null;
    readonly #inner: Loader<LoaderContext>;
    /** Our own stats while a request waits at the gate. */
    #waiting: LoaderStats | undefined;
    #callbacks: LoaderCallbacks<LoaderContext> | undefined;
    #cancelWait: (() => void) | undefined;

    constructor(config: HlsConfig) {
      this.#inner = new Base(config);
    }

    get stats(): LoaderStats {
      return this.#waiting ?? this.#inner.stats;
    }

    load(context: LoaderContext, config: LoaderConfiguration, callbacks: LoaderCallbacks<LoaderContext>): void {
      this.context = context;
      const closed = isMediaSegment(context) ? gates.find((gate) => !gate.admit(context.frag.type)) : undefined;
      if (!closed) {
        this.#waiting = undefined;
        this.#inner.load(context, config, callbacks);
        return;
      }
      this.#waiting ??= new LoadStats();
      this.#callbacks = callbacks;
      this.#cancelWait = closed.defer(() => {
        this.#cancelWait = undefined;
        this.load(context, config, callbacks);
      });
    }

    abort(): void {
      const waiting = this.#waiting;
      if (!waiting) {
        this.#inner.abort();
        return;
      }
      // Nothing is on the network; say so as the base loader would.
      this.#cancelWait?.();
      this.#waiting = this.#cancelWait = undefined;
      waiting.aborted = true;
      if (this.context) this.#callbacks?.onAbort?.(waiting, this.context, null);
    }

    destroy(): void {
      this.#cancelWait?.();
      this.#cancelWait = undefined;
      this.#inner.destroy();
    }

    getCacheAge(): number | null {
      return this.#inner.getCacheAge?.() ?? null;
    }

    getResponseHeader(name: string): string | null {
      return this.#inner.getResponseHeader?.(name) ?? null;
    }
  };
}
