/** `<ad-layer>` around a player against the origin's IMA stand-in, and what ad tests look at. */
import { sendMouse } from '@web/test-runner-commands';
import '../../packages/ad-layer/src/define.ts';
import type { AdLayer } from '../../packages/ad-layer/src/ad-layer.ts';
import type { VideoPlayer } from '../../packages/video-player/src/video-player.ts';
import { originUrl, resetOrigin } from './origin.ts';
import { mountPlayer, unmountAll } from './player.ts';

export const SDK = originUrl('ads', '/ima3.js');
export const MP4 = originUrl('stream', '/vod/highest.mp4');

const layers = new Set<AdLayer>();

/**
 * A layer around a muted player (an MP4 unless `player` says otherwise), both in the document.
 * `attributes` are the layer's.
 */
export async function mountAdLayer(
  attributes: Record<string, string> = {},
  player: Record<string, string | boolean> = { src: MP4 },
): Promise<{ layer: AdLayer; player: VideoPlayer }> {
  const element = await mountPlayer({ muted: true, 'disable-tracking': true, preload: 'auto', ...player });
  const layer = document.createElement('ad-layer');
  layer.setAttribute('sdk-src', SDK);
  // Generous: a cold first SDK load on a busy machine must not look like an ad server that never answered.
  layer.setAttribute('ad-timeout', '15000');
  for (const [name, value] of Object.entries(attributes)) layer.setAttribute(name, value);
  element.replaceWith(layer);
  layer.append(element);
  layers.add(layer);
  await layer.updateComplete;
  return { layer, player: element };
}

/** Tracks a layer a test made itself, so `unmountAdLayers` removes it too. */
export const trackAdLayer = (layer: AdLayer): void => void layers.add(layer);

export function unmountAdLayers(): void {
  for (const layer of layers) layer.remove();
  layers.clear();
}

/** After each ad test: layers and players out of the document, the origin's faults and counts reset. */
export async function cleanUpAdTest(): Promise<void> {
  unmountAdLayers();
  unmountAll();
  await resetOrigin();
}

/** The `<video>` the SDK plays the ad in (inside the ad container in the player). */
export const adVideo = (player: VideoPlayer): HTMLVideoElement | null =>
  player.querySelector<HTMLElement>('[data-ad-layer]')?.querySelector('video') ?? null;

/** The ad state's shadow root (label, countdown, skip). */
export const adSurface = (player: VideoPlayer): ShadowRoot | null | undefined =>
  player.querySelector('[data-ad-layer]')?.shadowRoot;

/** Plays without awaiting: the layer may hold the content for a pre-roll, which rejects this play(). */
export const startPlayback = (player: VideoPlayer): void => void player.play().catch(() => undefined);

/** A real click (the browser's mouse) at `x` (0–1) across an element: it lands on whatever is on top there. */
export async function clickOn(element: Element, x = 0.5): Promise<void> {
  const rect = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(rect.left + rect.width * x), Math.round(rect.top + rect.height / 2)],
  });
}

export function barButton(player: VideoPlayer, name: string): HTMLElement {
  const found = player.shadowRoot?.querySelector<HTMLElement>(`.bar button.${name}`);
  if (!found) throw new Error(`no ${name} button in the control bar`);
  return found;
}

/** Rendered and not `display: none` (an element inside a hidden one has no boxes either). */
export const shown = (element: Element | null | undefined): boolean => !!element && element.getClientRects().length > 0;
