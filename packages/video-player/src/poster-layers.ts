import { html, nothing, type TemplateResult } from 'lit';

/** What the poster layers read from the element. */
export interface PosterLayersHost extends HTMLElement {
  placeholder?: string | undefined;
  audio: boolean;
  requestUpdate(): void;
}

/** A page's own poster, `<img slot="poster">` (Mux Player's slot): it replaces the derived one. */
export const hasSlottedPoster = (host: HTMLElement): boolean => !!host.querySelector(':scope > [slot="poster"]');

/**
 * Behind the `<video>`: the placeholder image until the poster or a frame paints. It is an
 * image's URL, never text inside a style: nothing in it can declare CSS.
 */
export const placeholderLayer = (host: PosterLayersHost): TemplateResult | typeof nothing =>
  host.placeholder ? html`<img part="placeholder" class="placeholder" alt="" src=${host.placeholder} />` : nothing;

/** Over the `<video>` (its first frame would cover it) until playback starts: the poster slot. */
export const posterSlot = (host: PosterLayersHost, started: boolean): TemplateResult | typeof nothing =>
  started || host.audio ? nothing : html`<slot name="poster" @slotchange=${() => host.requestUpdate()}></slot>`;
