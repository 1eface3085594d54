/**
 * A storyboard that fails (refused token, unreachable `storyboard-src`) is the preview's business:
 * the player fires no `error`, `player.error` stays null, and no event or console message
 * anywhere carries the storyboard token.
 */
import { expect } from '@esm-bundle/chai';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { mintToken, originUrl } from '../browser/origin.ts';
import { mountPlayer, nextEvent, unmountAll } from '../browser/player.ts';
import type { VideoPlayer } from '../../packages/video-player/src/video-player.ts';
import { record, tokenPieces, type Recording } from './record.ts';

/** Hovers the middle of the time slider, and resolves once the preview it shows gave up. */
async function hoverUntilPreviewFails(player: VideoPlayer): Promise<void> {
  const root = player.shadowRoot;
  const slider = root?.querySelector('input[part=time-slider]');
  if (!root || !slider) throw new Error('no time slider');
  // The preview's event stays in the player's shadow tree: listen there, before it can fire
  // (under either name, so the probe also runs against a preview that fires `error`).
  const failed = new Promise<void>((resolve) => {
    for (const type of ['storyboarderror', 'error']) {
      root.addEventListener(
        type,
        (event) => {
          if ((event.target as Element).localName === 'storyboard-preview') resolve();
        },
        { capture: true },
      );
    }
  });
  const rect = slider.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + 4)] });
  await player.updateComplete;
  if (!root.querySelector('storyboard-preview')) throw new Error('hovering the time slider showed no preview');
  await failed;
}

describe('hostile: a failing storyboard', () => {
  let recording: Recording | undefined;
  afterEach(async () => {
    recording?.stop();
    unmountAll();
    await resetMouse();
  });

  const cases: [string, (secret: string) => Record<string, string>][] = [
    ['a signed storyboard with a wrong storyboard-token', (secret) => ({ 'storyboard-token': secret })],
    [
      'a storyboard-src that cannot be reached',
      (secret) => ({ 'storyboard-src': `http://127.0.0.1:9/storyboard.vtt?token=${secret}` }),
    ],
    [
      'a storyboard-src that is refused',
      (secret) => ({ 'storyboard-src': originUrl('image', `/signed-vod/storyboard.vtt?token=${secret}`) }),
    ],
  ];

  for (const [name, attributes] of cases) {
    it(`${name}: no player error, and the token in no event or console message`, async () => {
      const playbackToken = await mintToken({ sub: 'signed-vod', aud: 'v' });
      // Valid in shape but for the wrong audience: the platform refuses it with a 403.
      const secret = await mintToken({ sub: 'signed-vod', aud: 'v', nonce: 'storyboard-secret' });
      recording = record();
      const player = await mountPlayer({
        'playback-id': 'signed-vod',
        'playback-token': playbackToken,
        muted: true,
        ...attributes(secret),
      });
      const playerErrors: Event[] = [];
      player.addEventListener('error', (event) => playerErrors.push(event));
      await nextEvent(player, 'loadedmetadata');
      await player.updateComplete;
      await hoverUntilPreviewFails(player);
      await player.play();
      await player.updateComplete;

      expect(playerErrors, 'error events on the player').to.deep.equal([]);
      expect(player.error).to.equal(null);
      expect(player.paused).to.equal(false);
      for (const said of recording.said) {
        for (const piece of tokenPieces(secret)) expect(said, 'an event or console message').to.not.include(piece);
      }
    });
  }
});
