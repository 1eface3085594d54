// The memory benchmark's cycles through the React wrapper (`@videokit/react`): each cycle renders
// <VideoPlayer> into a fresh root, waits until it plays, lets it play briefly, and unmounts.
// Built with `countHls` like memory.html.
import { VideoPlayer } from '@videokit/react';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const PLAY_TIMEOUT_MS = 10_000;
const PLAY_FOR_MS = 50;

async function cycle(domain: string): Promise<boolean> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  let timer = 0;
  const played = await new Promise<boolean>((resolve) => {
    timer = window.setTimeout(() => resolve(false), PLAY_TIMEOUT_MS);
    // `playing` does not bubble, but capture listeners on ancestors still see it.
    container.addEventListener('playing', () => resolve(true), { once: true, capture: true });
    root.render(
      createElement(VideoPlayer, {
        playbackId: 'vod',
        customDomain: domain,
        muted: true,
        autoplay: true,
        disableTracking: true,
        style: { width: '640px' },
      }),
    );
  });
  window.clearTimeout(timer);
  if (played) await new Promise((resolve) => setTimeout(resolve, PLAY_FOR_MS));
  root.unmount();
  container.remove();
  return played;
}

window.benchCycles = async (cycles, domain) => {
  let played = 0;
  for (let i = 0; i < cycles; i++) if (await cycle(domain)) played += 1;
  return played;
};
