// The demo page: a plain <video> with hls.js against the local media origin.
import Hls from 'hls.js';

const originDomain =
  document.querySelector<HTMLMetaElement>('meta[name="videokit-origin"]')?.content ?? 'localhost:4000';

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`demo page is missing #${id}`);
  return found;
}

const video = element('video', HTMLVideoElement);
const picker = element('playback-id', HTMLSelectElement);
const status = element('status', HTMLParagraphElement);
element('origin-domain', HTMLElement).textContent = originDomain;

let hls: Hls | undefined;

function load(playbackId: string): void {
  hls?.destroy();
  hls = undefined;
  const src = `http://stream.${originDomain}/${playbackId}.m3u8`;
  status.textContent = `Loading ${src}`;
  if (Hls.isSupported()) {
    hls = new Hls();
    hls.on(Hls.Events.MANIFEST_PARSED, (_event, data) => {
      status.textContent = `${playbackId}: ${data.levels.length} rendition(s)`;
    });
    hls.on(Hls.Events.ERROR, (_event, data) => {
      if (data.fatal) status.textContent = `${playbackId}: ${data.type} ${data.details}`;
    });
    hls.loadSource(src);
    hls.attachMedia(video);
  } else {
    video.src = src;
  }
}

picker.addEventListener('change', () => {
  load(picker.value);
});
load(picker.value);
