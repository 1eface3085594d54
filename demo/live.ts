// The low-latency live demo: <video-player> on live-ll with its latency, and buttons that drive
// the origin's encoder for that stream (control.{domain}/live/{id}/…).
import { controlClient } from '@videokit/media-origin/control-client';
import '@videokit/video-player/define';
import { element, originDomain, pagePlayer } from './page.ts';

const player = pagePlayer();
const picker = element('playback-id', HTMLSelectElement);
const latency = element('latency', HTMLElement);
const encoder = element('encoder', HTMLElement);
const playerState = element('player-state', HTMLElement);
const status = element('status', HTMLParagraphElement);

player.customDomain = originDomain;
player.beaconCollectionDomain = `beacon.${originDomain}`;
player.playbackId = picker.value;

const origin = controlClient(originDomain);

async function showEncoder(): Promise<void> {
  encoder.textContent = (await origin.liveState(picker.value)).state ?? '–';
}

async function act(action: string): Promise<void> {
  const path = action === 'slate' ? 'disconnect' : action;
  try {
    await origin.liveEncoder(picker.value, path, { slate: action === 'slate' });
    status.textContent = `${action}: done`;
  } catch (error) {
    status.textContent = `${action}: ${error instanceof Error ? error.message : String(error)}`;
  }
  await showEncoder();
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
  button.addEventListener('click', () => void act(button.dataset.action ?? ''));
}
element('restart', HTMLButtonElement).addEventListener('click', () => {
  void origin.reset().then(async () => {
    status.textContent = 'Streams restarted';
    player.load();
    await showEncoder();
  });
});
picker.addEventListener('change', () => {
  player.playbackId = picker.value;
  void showEncoder();
});

function describePlayer(): string {
  if (player.error) return `error: ${player.error.message}`;
  if (player.ended) return 'ended';
  if (player.liveStalled) return 'waiting for the stream';
  if (player.paused) return 'paused';
  return `playing (${player.streamType})`;
}

setInterval(() => {
  const seconds = player.liveLatency;
  latency.textContent = Number.isFinite(seconds) ? `${seconds.toFixed(2)} s` : '–';
  playerState.textContent = describePlayer();
}, 250);
void showEncoder();
