// The demo page: <video-player> against the local media origin, with plain form controls for
// the track and rendition APIs until the player's own controls land.
import '@videokit/video-player/define';
import { element, originDomain, pagePlayer } from './page.ts';

const player = pagePlayer();
const picker = element('playback-id', HTMLSelectElement);
const audio = element('audio-track', HTMLSelectElement);
const captions = element('captions', HTMLSelectElement);
const rendition = element('rendition', HTMLSelectElement);
const status = element('status', HTMLParagraphElement);
element('origin-domain', HTMLElement).textContent = originDomain;

player.customDomain = originDomain;
player.beaconCollectionDomain = `beacon.${originDomain}`;

/** Tokens come from the demo server (scripts/start.ts), never from the page. */
async function mintToken(sub: string, aud: string): Promise<string> {
  const response = await fetch(`/api/token?${new URLSearchParams({ sub, aud }).toString()}`);
  if (!response.ok) throw new Error(`token endpoint: ${String(response.status)} ${await response.text()}`);
  return response.text();
}

async function load(playbackId: string): Promise<void> {
  status.textContent = `Loading ${playbackId}`;
  const signed = playbackId.startsWith('signed-');
  player.tokens = signed
    ? { playback: await mintToken(playbackId, 'v'), thumbnail: await mintToken(playbackId, 't') }
    : {};
  player.playbackId = playbackId;
}

function fill(select: HTMLSelectElement, options: { value: string; label: string; selected: boolean }[]): void {
  select.replaceChildren(
    ...options.map(({ value, label, selected }) => {
      const option = new Option(label, value, selected, selected);
      return option;
    }),
  );
  select.disabled = options.length < 2;
}

function showTracks(): void {
  fill(
    audio,
    [...player.audioTracks].map((track) => ({ value: track.id, label: track.label, selected: track.enabled })),
  );
  const textTracks = Array.from(player.textTracks ?? []).filter((track) => track.kind === 'subtitles');
  fill(captions, [
    { value: '', label: 'Off', selected: !textTracks.some((track) => track.mode === 'showing') },
    ...textTracks.map((track, index) => ({
      value: String(index),
      label: track.label,
      selected: track.mode === 'showing',
    })),
  ]);
  fill(rendition, [
    { value: 'auto', label: 'Auto', selected: player.autoRendition },
    ...[...player.renditions].map((level) => ({
      value: level.id,
      label: `${String(level.height)}p`,
      selected: !player.autoRendition && level.selected,
    })),
  ]);
}

picker.addEventListener('change', () => void load(picker.value));
audio.addEventListener('change', () => player.selectAudioTrack(audio.value));
rendition.addEventListener('change', () => player.selectRendition(rendition.value));
captions.addEventListener('change', () => {
  const textTracks = Array.from(player.textTracks ?? []).filter((track) => track.kind === 'subtitles');
  textTracks.forEach((track, index) => (track.mode = String(index) === captions.value ? 'showing' : 'disabled'));
});
element('play', HTMLButtonElement).addEventListener('click', () => {
  if (player.paused) void player.play().catch((error: unknown) => (status.textContent = String(error)));
  else player.pause();
});
player.addEventListener('trackschange', showTracks);
player.addEventListener('loadedmetadata', showTracks);
player.addEventListener('streamtypechange', () => (status.textContent = `${picker.value}: ${player.streamType}`));
player.addEventListener('error', () => (status.textContent = player.error?.message ?? ''));
player.addEventListener('playing', () => (status.textContent = `${picker.value}: playing (${player.streamType})`));

void load(picker.value);
