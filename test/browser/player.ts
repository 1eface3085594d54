/** Mounting `<video-player>` against the run's media origin, and waiting on what it does. */
import '../../packages/video-player/src/define.ts';
import type { VideoPlayer } from '../../packages/video-player/src/video-player.ts';
import { domain, originUrl } from './origin.ts';

const mounted = new Set<VideoPlayer>();

// `requestsTo` reads resource timing, whose buffer keeps 250 entries by default: a file of
// playback tests passes that, and later requests would go unseen.
performance.setResourceTimingBufferSize(100_000);

/**
 * A connected player pointed at the origin. Analytics go to the origin's beacon sink unless a
 * test sets `disable-tracking`, so no test ever reaches for the internet.
 */
export async function mountPlayer(
  attributes: Record<string, string | boolean> = {},
  ...children: Node[]
): Promise<VideoPlayer> {
  const player = document.createElement('video-player');
  player.append(...children);
  player.setAttribute('custom-domain', domain);
  player.setAttribute('beacon-collection-domain', `beacon.${domain}`);
  player.style.width = '640px';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) player.removeAttribute(name);
    else player.setAttribute(name, value === true ? '' : value);
  }
  document.body.append(player);
  mounted.add(player);
  await player.updateComplete;
  return player;
}

export function unmountAll(): void {
  for (const player of mounted) player.remove();
  mounted.clear();
}

/** The `<video>` inside the player. */
export function innerVideo(player: VideoPlayer): HTMLVideoElement {
  const video = player.shadowRoot?.querySelector('video');
  if (!video) throw new Error('<video-player> rendered no <video>');
  return video;
}

/** Resolves with the next `type` event that passes `accept`; rejects after `timeoutMs`. */
export function nextEvent<T extends Event>(
  target: EventTarget,
  type: string,
  accept: (event: T) => boolean = () => true,
  timeoutMs = 20_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      target.removeEventListener(type, listener);
      reject(new Error(`no "${type}" event within ${String(timeoutMs)} ms`));
    }, timeoutMs);
    const listener = (event: Event): void => {
      if (!accept(event as T)) return;
      clearTimeout(timer);
      target.removeEventListener(type, listener);
      resolve(event as T);
    };
    target.addEventListener(type, listener);
  });
}

/** Polls `condition` every animation frame until it holds; rejects after `timeoutMs`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** URLs this page has requested from one origin service since `since` (resource timing). */
export function requestsTo(service: string, since = 0): string[] {
  const prefix = originUrl(service, '/');
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime >= since && entry.name.startsWith(prefix))
    .map((entry) => entry.name);
}

/** The console.warn lines written while `body` runs (kept out of the test log). */
export async function warnings(body: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const { warn } = console;
  console.warn = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = warn;
  }
  return lines;
}
