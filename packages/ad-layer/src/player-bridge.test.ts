import { expect } from '@esm-bundle/chai';
import { AdStateChangeEvent, PlayerBridge } from './player-bridge.ts';

class FakePlayer extends HTMLElement {
  calls: string[] = [];
  currentTime = 0;
  duration = 10;
  paused = true;
  ended = false;
  play(): Promise<void> {
    this.calls.push('content play');
    return Promise.resolve();
  }
  pause(): void {
    this.calls.push('content pause');
  }
}
customElements.define('fake-content-player', FakePlayer);

describe('PlayerBridge', () => {
  it('routes play() and pause() to the ad during a break, and restores them after', async () => {
    const player = new FakePlayer();
    const bridge = new PlayerBridge(player);
    const states: AdStateChangeEvent['detail'][] = [];
    player.addEventListener('adstatechange', (event: Event) => {
      if (event instanceof AdStateChangeEvent) states.push(event.detail);
    });
    bridge.enterAd({ resume: () => player.calls.push('ad resume'), pause: () => player.calls.push('ad pause') });
    expect(player.hasAttribute('ad-playing')).to.equal(true);
    await player.play();
    player.pause();
    bridge.contentPause();
    const ad = { position: 1, total: 1, duration: 3, skipOffset: -1, adId: 'a', title: 't', breakOffset: 0 };
    bridge.update({ ad, paused: true, remaining: 2, skippable: false });
    expect(player.hasAttribute('ad-paused')).to.equal(true);
    bridge.exitAd();
    await player.play();
    expect(player.calls).to.deep.equal(['ad resume', 'ad pause', 'content pause', 'content play']);
    expect(player.hasAttribute('ad-playing')).to.equal(false);
    expect(player.hasAttribute('ad-paused')).to.equal(false);
    expect(states.map((state) => state?.paused ?? null)).to.deep.equal([true, null]);
  });
});
