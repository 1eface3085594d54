import { earlyFetch } from './early-fetch.ts';
import { audioFor, isMediaPlaylist, scanMedia, scanMultivariant, type VariantEntry } from './playlist-scan.ts';
import type { EarlyResponse, ResponseSource } from './startup-loader.ts';

export interface PrefetchRequest {
  /** The multivariant (or media) playlist URL. */
  url: string;
  /** `start-time`: the segment holding it is the one fetched. */
  startTime?: number | undefined;
  /** The engine's rule for the start rendition: an index into `variants`. */
  chooseStart: (variants: readonly VariantEntry[]) => number;
}

const decode = (data: ArrayBuffer): string => new TextDecoder().decode(data);

/**
 * The requests hls.js makes first — the multivariant playlist, the start rendition's media
 * playlist and its audio, their first segments — made the moment the element has a source,
 * while hls.js itself is still being fetched and compiled. The engine's loader hands each
 * response to hls.js when it asks (`take`), so nothing is fetched twice. The start rendition is
 * chosen by the engine's own rule, and the engine starts hls.js there (`startVariantUrl`).
 */
export class StartupPrefetch implements ResponseSource {
  readonly #responses = new Map<string, Promise<EarlyResponse>>();
  readonly #abort: AbortController;
  /** The variant whose playlists were fetched, once the multivariant playlist has been read. */
  startVariantUrl: string | undefined;

  /** `abort` and `first` (the playlist at `request.url`) when that request went out before this chunk arrived. */
  constructor(request: PrefetchRequest, abort = new AbortController(), first?: Promise<EarlyResponse>) {
    this.#abort = abort;
    if (first) this.#responses.set(request.url, first);
    void this.#run(request, first).catch(() => undefined);
  }

  take(url: string): Promise<EarlyResponse> | undefined {
    const response = this.#responses.get(url);
    this.#responses.delete(url);
    return response;
  }

  /** Stops what is still on its way and drops what hls.js never asked for. */
  destroy(): void {
    this.#abort.abort();
    this.#responses.clear();
  }

  #fetch(url: string): Promise<EarlyResponse> {
    const response = earlyFetch(url, this.#abort.signal);
    this.#responses.set(url, response);
    return response;
  }

  async #run({ url, startTime = 0, chooseStart }: PrefetchRequest, first?: Promise<EarlyResponse>): Promise<void> {
    const top = await (first ?? this.#fetch(url));
    const text = decode(top.data);
    if (isMediaPlaylist(text)) {
      this.#fetchStart(text, top.url, startTime);
      return;
    }
    const scan = scanMultivariant(text, top.url);
    const variant = scan.variants[chooseStart(scan.variants)];
    if (!variant) return;
    this.startVariantUrl = variant.url;
    const playlists = [variant.url, audioFor(scan, variant)?.url].filter((entry) => entry !== undefined);
    await Promise.all(
      playlists.map(async (playlist) => {
        const media = await this.#fetch(playlist);
        this.#fetchStart(decode(media.data), media.url, startTime);
      }),
    );
  }

  /** The init segment and the segment at `startTime`, when the playlist names them plainly. */
  #fetchStart(text: string, base: string, startTime: number): void {
    const { init, segment } = scanMedia(text, base, startTime);
    if (!segment) return;
    if (init) void this.#fetch(init);
    void this.#fetch(segment);
  }
}
