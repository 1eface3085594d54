// The ads demo: <ad-layer> around <video-player>, with the origin's stand-in IMA SDK and ad tags.
import '@videokit/video-player/define';
import '@videokit/ad-layer/define';
import { originDomain } from './page.ts';

const ads = `http://ads.${originDomain}`;

function required<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`the ads demo page is missing ${what}`);
  return value;
}

const layer = required(document.querySelector('ad-layer'), '<ad-layer>');
const player = required(document.querySelector('video-player'), '<video-player>');
const picker = required(document.querySelector<HTMLSelectElement>('select#ad-tag'), '#ad-tag');
const status = required(document.getElementById('status'), '#status');
const playButton = required(document.getElementById('play'), '#play');
const originLabel = document.getElementById('ads-origin');
if (originLabel) originLabel.textContent = ads;

player.customDomain = originDomain;
player.beaconCollectionDomain = `beacon.${originDomain}`;

function load(choice: string): void {
  const blocked = choice === 'blocked';
  layer.sdkSrc = blocked ? `${ads}/blocked/ima3.js` : `${ads}/ima3.js`;
  layer.adTagUrl = blocked ? `${ads}/vast/preroll.xml` : `${ads}${choice}`;
  player.currentTime = 0;
  status.textContent = 'Press play: ads start with the first play.';
}

picker.addEventListener('change', () => load(picker.value));
playButton.addEventListener('click', () => {
  if (player.paused) void player.play().catch((error: unknown) => (status.textContent = String(error)));
  else player.pause();
});
for (const type of ['adbreakstart', 'adstart', 'adcomplete', 'adskip', 'adclick', 'adbreakend'] as const) {
  layer.addEventListener(type, (event) => {
    const ad = event.ad;
    status.textContent = ad ? `${type}: ad ${String(ad.position)} of ${String(ad.total)}` : type;
  });
}
layer.addEventListener('aderror', (event) => (status.textContent = `aderror (${event.detail.kind}): content plays`));

load(picker.value);
