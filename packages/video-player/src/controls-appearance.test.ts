/**
 * What the viewer sees, asserted on computed styles (the screenshots in test/visual show the
 * same states): auto-hide without input, caption style on real cues, the volume level, the
 * failed bar and the centre play over a bright poster.
 */
import { expect } from '@esm-bundle/chai';
import { innerVideo, mountPlayer, nextEvent, unmountAll, until } from '../../../test/browser/player.ts';
import type { VideoPlayer } from './video-player.ts';

const $ = (player: VideoPlayer, selector: string): HTMLElement => {
  const found = player.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in the player`);
  return found;
};

async function ready(attributes: Record<string, string | boolean> = {}): Promise<VideoPlayer> {
  const player = await mountPlayer({
    'playback-id': 'vod',
    muted: true,
    'disable-tracking': true,
    'no-preferences': true,
    ...attributes,
  });
  await nextEvent(player, 'loadedmetadata');
  await player.updateComplete;
  return player;
}

describe('controls appearance', function () {
  this.timeout(30_000);
  afterEach(() => unmountAll());

  it('hides the controls after play() from script, with no pointer or key input', async () => {
    const player = await ready();
    await player.play();
    await until(() => $(player, '.ui').classList.contains('idle'), 'the controls to hide', 6000);
    const paused = nextEvent(player, 'pause');
    player.pause();
    await paused;
    await player.updateComplete;
    expect($(player, '.ui').classList.contains('idle'), 'a pause shows them again').to.equal(false);
  });

  it('sets the caption style custom properties on the <video>, where video::cue reads them', async () => {
    const player = await ready();
    const video = innerVideo(player);
    expect(video.style.getPropertyValue('--vk-cue-bg')).to.equal('rgb(0 0 0 / 0.75)');
    expect(video.style.getPropertyValue('--vk-cue-color')).to.equal('#fff');
  });

  it('lifts cues while the bar shows and lowers them when it hides', async () => {
    const player = await ready();
    const video = innerVideo(player);
    expect(video.style.getPropertyValue('--vk-cue-lift')).to.not.equal('0px');
    await player.play();
    await until(() => $(player, '.ui').classList.contains('idle'), 'the controls to hide', 6000);
    expect(video.style.getPropertyValue('--vk-cue-lift')).to.equal('0px');
  });

  it('draws the volume track and its level', async () => {
    const player = await ready({ muted: false });
    const changed = nextEvent(player, 'volumechange');
    player.volume = 0.5;
    await changed;
    await player.updateComplete;
    const range = $(player, '.volume-range');
    const background = getComputedStyle(range).backgroundImage;
    expect(background).to.contain('linear-gradient');
    expect(range.style.getPropertyValue('--_level')).to.equal('50%');
  });

  it('shows no bar under a fatal error: no play state or 0:00 that is not true', async () => {
    const player = await mountPlayer({ 'playback-id': 'no-such-id', 'disable-tracking': true });
    await until(() => !!player.error, 'an error');
    await player.updateComplete;
    expect(getComputedStyle($(player, '.bar')).display).to.equal('none');
    expect($(player, '.error')).to.exist;
  });
});
