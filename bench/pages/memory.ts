// Mount/unmount page for the memory benchmark (bench/memory.ts): each cycle mounts a
// <video-player>, waits until it plays, lets it play briefly, and removes it. The `bare` subject
// does the same with a <video> and hls.js by hand (create, attach, play, destroy, remove): the
// control that tells the browser's and hls.js's share from ours. Built with `countHls`, so
// `window.benchHls()` counts hls.js instances.
import '@videokit/video-player/define';

declare global {
  interface Window {
    /** Runs `cycles` cycles against `domain`; resolves with how many of them reached `playing`. */
    benchCycles(cycles: number, domain: string, subject: MemorySubject): Promise<number>;
  }
}

export type MemorySubject = 'player' | 'bare' | 'react';

const PLAY_TIMEOUT_MS = 10_000;
const PLAY_FOR_MS = 50;

/** Appends `element`, resolves whether it reached `playing` in time, then lets it play briefly. */
async function mountUntilPlaying(element: HTMLElement, start: () => void = () => undefined): Promise<boolean> {
  let timer = 0;
  const played = await new Promise<boolean>((resolve) => {
    timer = window.setTimeout(() => resolve(false), PLAY_TIMEOUT_MS);
    element.addEventListener('playing', () => resolve(true), { once: true });
    document.body.append(element);
    start();
  });
  window.clearTimeout(timer);
  if (played) await new Promise((resolve) => setTimeout(resolve, PLAY_FOR_MS));
  return played;
}

async function bareCycle(domain: string): Promise<boolean> {
  const { default: Hls } = await import('hls.js');
  const video = document.createElement('video');
  video.muted = true;
  const hls = new Hls();
  const played = await mountUntilPlaying(video, () => {
    hls.loadSource(`http://stream.${domain}/vod.m3u8`);
    hls.attachMedia(video);
    void video.play();
  });
  hls.destroy();
  video.remove();
  return played;
}

async function playerCycle(domain: string): Promise<boolean> {
  const player = document.createElement('video-player');
  for (const [name, value] of Object.entries({
    'playback-id': 'vod',
    'custom-domain': domain,
    muted: '',
    autoplay: '',
    'disable-tracking': '',
    style: 'width: 640px',
  })) {
    player.setAttribute(name, value);
  }
  const played = await mountUntilPlaying(player);
  player.remove();
  return played;
}

window.benchCycles = async (cycles, domain, subject) => {
  const cycle = subject === 'bare' ? bareCycle : playerCycle;
  let played = 0;
  for (let i = 0; i < cycles; i++) if (await cycle(domain)) played += 1;
  return played;
};
