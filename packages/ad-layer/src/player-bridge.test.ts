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
  get interruption(): AdInterruption | undefined {
    return this.#interruption;
  }
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
    bridge.enterAd({
      resume: () => player.calls.push('ad resume'),
      pause: () => player.calls.push('ad pause'),
      label: () => 'Ad',
    });
    expect(player.hasAttribute('ad-playing')).to.equal(true);
    expect(player.paused).to.equal(false, 'paused describes the ad');
    await player.play();
    player.pause();
    // The player keeps the content paused during the break itself.
    bridge.contentPause();
    const ad = { position: 1, total: 1, duration: 3, skipOffset: -1, adId: 'a', title: 't', breakOffset: 0 };
    expect(player.interruption?.currentTime).to.equal(0, 'no time before the ad plays');
    expect(player.interruption?.duration).to.be.NaN;
    bridge.update({ ad, paused: true, remaining: 2, currentTime: 1, duration: 3, skippable: false });
    expect(player.hasAttribute('ad-paused')).to.equal(true);
    expect(player.paused).to.equal(true);
    // The player's controls read the ad's time, length and name from the interruption.
    const { currentTime, duration, label } = player.interruption ?? {};
    expect({ currentTime, duration, label }).to.deep.equal({ currentTime: 1, duration: 3, label: 'Ad' });
    bridge.exitAd();
    await player.play();
    expect(player.calls).to.deep.equal(['content pause', 'ad resume', 'ad pause', 'changed', 'content play']);
    expect(Object.hasOwn(player, 'play')).to.equal(false, 'no instance method is patched');
    expect(player.hasAttribute('ad-playing')).to.equal(false);
    expect(player.hasAttribute('ad-paused')).to.equal(false);
    expect(states.map((state) => state?.paused ?? null)).to.deep.equal([true, null]);
  });

  it('knows when the player’s own bar plays the ad: a player with interrupt() whose controls a page has not hidden', () => {
    const player = new FakePlayer();
    document.body.append(player);
    try {
      expect(new PlayerBridge(player).controlsPlayAd).to.equal(true);
      player.style.setProperty('--controls', 'none');
      expect(new PlayerBridge(player).controlsPlayAd).to.equal(false);
      player.style.removeProperty('--controls');
      player.style.setProperty('--play-button', ' none');
      expect(new PlayerBridge(player).controlsPlayAd).to.equal(false);
      player.style.removeProperty('--play-button');
      player.style.setProperty('--bottom-controls', 'none');
      expect(new PlayerBridge(player).controlsPlayAd).to.equal(false, "Mux Player's name");
      player.style.setProperty('--controls', 'block');
      expect(new PlayerBridge(player).controlsPlayAd).to.equal(true, '--controls comes first, as in the player');
      const video = document.createElement('video');
      expect(new PlayerBridge(video).controlsPlayAd).to.equal(false, 'a plain <video> has no bar over the ad');
    } finally {
      player.remove();
    }
  });
});
