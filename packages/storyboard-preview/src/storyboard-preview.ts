import { cssUrl, PlayerError, redactTokens } from '@videokit/core';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { StoryboardErrorEvent, StoryboardLoadEvent } from './events.ts';
import { tileAt, type Storyboard, type StoryboardTile } from './tiles.ts';

const SOURCE = [
  'src',
  'playbackId',
  'storyboardToken',
  'customDomain',
  'assetStartTime',
  'assetEndTime',
  'programStartTime',
  'programEndTime',
  'format',
];

/**
 * The storyboard tile for a time, cropped from the sheet with CSS. Give it a storyboard `src`
 * (VTT or JSON), or a `playback-id` (with `storyboard-token` when signed, and `custom-domain`),
 * then set `time`. The sheet is fetched once and shared (the 8 most recent stay decoded).
 *
 * @summary Timeline hover thumbnails from a storyboard.
 * @fires load - `StoryboardLoadEvent`: the metadata was read and the sheet decoded.
 * @fires storyboarderror - `StoryboardErrorEvent`: `detail` is a non-fatal `PlayerError` (category `storyboard`) saying why, tokens redacted; it does not leave a shadow root.
 * @csspart tile - The cropped tile.
 * @cssproperty --storyboard-preview-width - Width of the tile (default: its size on the sheet); the height follows.
 * @cssproperty --storyboard-preview-radius - Corner radius (default 4px).
 */
export class StoryboardPreview extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
      line-height: 0;
    }
    :host([hidden]) {
      display: none;
    }
    div {
      background-repeat: no-repeat;
      border-radius: var(--storyboard-preview-radius, 4px);
    }
  `;

  /** Storyboard metadata URL (`storyboard.vtt` or `storyboard.json`); wins over `playback-id`. */
  @property() src?: string;
  @property({ attribute: 'playback-id' }) playbackId?: string;
  /** A token with `aud: "s"` for a signed playback ID. */
  @property({ attribute: 'storyboard-token' }) storyboardToken?: string;
  @property({ attribute: 'custom-domain' }) customDomain?: string;
  /** Metadata to request for a `playback-id`: `vtt` (default) or `json`. */
  @property() format: 'vtt' | 'json' = 'vtt';
  /** Instant-clip parameters, carried to the storyboard URL so its tiles match the clip. */
  @property({ attribute: 'asset-start-time' }) assetStartTime?: string;
  @property({ attribute: 'asset-end-time' }) assetEndTime?: string;
  @property({ attribute: 'program-start-time' }) programStartTime?: string;
  @property({ attribute: 'program-end-time' }) programEndTime?: string;
  /** Seconds into the video. */
  @property({ type: Number }) time = 0;

  @state() private board: Storyboard | undefined;
  #sheet: { width: number; height: number } | undefined;
  #loading: AbortController | undefined;

  /** The parsed storyboard, once loaded. */
  get storyboard(): Storyboard | undefined {
    return this.board;
  }

  /** The tile for `time`, once loaded. */
  get tile(): StoryboardTile | undefined {
    return this.board && tileAt(this.board, this.time);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loading?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ([...changed.keys()].some((key) => SOURCE.includes(String(key)))) this.#load();
  }

  protected override render(): unknown {
    const tile = this.tile;
    const sheet = this.#sheet;
    if (!tile || !sheet) return nothing;
    const percent = (offset: number, size: number, total: number): string =>
      `${String(total > size ? (offset / (total - size)) * 100 : 0)}%`;
    return html`<div
      part="tile"
      style=${styleMap({
        width: `var(--storyboard-preview-width, ${String(tile.width)}px)`,
        aspectRatio: `${String(tile.width)} / ${String(tile.height)}`,
        // The sheet URL comes from the metadata: escaped, so it stays one URL.
        backgroundImage: cssUrl(tile.url),
        backgroundSize: `${String((sheet.width / tile.width) * 100)}% ${String((sheet.height / tile.height) * 100)}%`,
        backgroundPosition: `${percent(tile.x, tile.width, sheet.width)} ${percent(tile.y, tile.height, sheet.height)}`,
      })}
    ></div>`;
  }

  #load(): void {
    this.#loading?.abort();
    this.board = this.#sheet = undefined;
    if (!this.isConnected || (!this.src && !this.playbackId)) return;
    const loading = new AbortController();
    this.#loading = loading;
    const { signal } = loading;
    const source = {
      src: this.src,
      playbackId: this.playbackId,
      domain: this.customDomain,
      token: this.storyboardToken,
      format: this.format,
      assetStartTime: this.assetStartTime,
      assetEndTime: this.assetEndTime,
      programStartTime: this.programStartTime,
      programEndTime: this.programEndTime,
    };
    import('./load.ts')
      .then(({ loadStoryboard }) => loadStoryboard(source, signal))
      .then(
        (loaded) => {
          if (signal.aborted || !loaded) return;
          this.#sheet = loaded.sheet;
          this.board = loaded.board;
          this.dispatchEvent(new StoryboardLoadEvent(loaded.board));
        },
        (error: unknown) => {
          if (signal.aborted) return;
          // load.ts rejects with core's redacted, non-fatal PlayerError; only its import can fail otherwise.
          const detail =
            error instanceof PlayerError
              ? error
              : new PlayerError('NETWORK', redactTokens(`<storyboard-preview> ${String(error)}`), {
                  category: 'storyboard',
                  fatal: false,
                });
          this.dispatchEvent(new StoryboardErrorEvent(detail));
        },
      );
  }
}
