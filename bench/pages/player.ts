// Startup page for the benchmark: the production build of <video-player>, reporting when the
// first frame is presented (ms since navigation start, like the bare hls.js page).
import '@videokit/video-player/define';

const player = document.querySelector('video-player');
const domain = new URLSearchParams(location.search).get('domain');
if (player && domain) {
  player.customDomain = domain;
  await player.updateComplete;
  const video = player.shadowRoot?.querySelector('video');
  video?.requestVideoFrameCallback(() => {
    (window as { firstFrame?: number }).firstFrame = performance.now();
  });
  void player.play();
}
