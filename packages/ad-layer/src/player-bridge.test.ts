import { expect } from '@esm-bundle/chai';
import { AdStateChangeEvent, PlayerBridge, type AdInterruption } from './player-bridge.ts';

/** A player with the interruption API, routing play and pause the way `<video-player>` does. */
class FakePlayer extends HTMLElement {
  calls: string[] = [];
  currentTime = 0;
  duration = 10;
  muted = false;
  volume = 1;
  ended = false;
  #interruption: AdInterruption | undefined;
  get paused(): boolean {
    return this.#interruption?.paused ?? true;
  }
  play(): Promise<void> {
    if (this.#interruption) this.#interruption.play();
    else this.calls.push('content play');
    return Promise.resolve();
  }
  pause(): void {
    if (this.#interruption) this.#interruption.pause();
    else this.calls.push('content pause');
  }
  interrupt(interruption: AdInterruption): { changed(): void; end(): void } {
    this.calls.push('content pause');
    this.#interruption = interruption;
    return {
      changed: () => this.calls.push('changed'),
      end: () => (this.#interruption = undefined),
    };
  }
}
customElements.define('fake-content-player', FakePlayer);

describe('PlayerBridge', () => {
  it("routes play() and pause() to the ad through the player's interrupt(), and hands them back after", async () => {
    const player = new FakePlayer();
    const bridge = new PlayerBridge(player);
    const states: AdStateChangeEvent['detail'][] = [];
    player.addEventListener('adstatechange', (event: Event) => {
      if (event instanceof AdStateChangeEvent) states.push(event.detail);
    });
    bridge.enterAd({ resume: () => player.calls.push('ad resume'), pause: () => player.calls.push('ad pause') });
    expect(player.hasAttribute('ad-playing')).to.equal(true);
    expect(player.paused).to.equal(false, 'paused describes the ad');
    await player.play();
    player.pause();
    // The player keeps the content paused during the break itself.
    bridge.contentPause();
    const ad = { position: 1, total: 1, duration: 3, skipOffset: -1, adId: 'a', title: 't', breakOffset: 0 };
    bridge.update({ ad, paused: true, remaining: 2, skippable: false });
    expect(player.hasAttribute('ad-paused')).to.equal(true);
    expect(player.paused).to.equal(true);
    bridge.exitAd();
    await player.play();
    expect(player.calls).to.deep.equal(['content pause', 'ad resume', 'ad pause', 'changed', 'content play']);
    expect(Object.hasOwn(player, 'play')).to.equal(false, 'no instance method is patched');
    expect(player.hasAttribute('ad-playing')).to.equal(false);
    expect(player.hasAttribute('ad-paused')).to.equal(false);
    expect(states.map((state) => state?.paused ?? null)).to.deep.equal([true, null]);
  });
});
