import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import {
  adVideo,
  barButton,
  cleanUpAdTest,
  clickOn as click,
  MP4,
  mountAdLayer as mount,
  SDK,
  startPlayback as start,
  trackAdLayer,
} from '../../../test/browser/ads.ts';
import { axeViolations } from '../../../test/browser/axe.ts';
import { addFault, originUrl } from '../../../test/browser/origin.ts';
import { innerVideo, mountPlayer, nextEvent, requestsTo, until } from '../../../test/browser/player.ts';
import type { AdErrorEvent, AdStartEvent } from './events.ts';

const close = (a: number, b: number, within = 0.75): boolean => Math.abs(a - b) <= within;

describe('<ad-layer>', function () {
  this.timeout(40_000);

  afterEach(cleanUpAdTest);

  it('fetches no IMA code when no ad tag is set', async () => {
    const since = performance.now();
    const { layer, player } = await mount();
    await player.play();
    await until(() => player.currentTime > 0.3, 'content plays');
    expect(requestsTo('ads', since)).to.deep.equal([]);
    expect(document.querySelector(`script[src="${SDK}"]`)).to.equal(null);
    expect(layer.adsManager).to.equal(undefined);
    expect(player.querySelector('[data-ad-layer]')).to.equal(null);
  });

  it('plays a pre-roll (a pod of two) before the content, then the content', async () => {
    const since = performance.now();
    const { layer, player } = await mount({ 'ad-tag-url': originUrl('ads', '/vast/preroll.xml?ads=2') });
    const order: string[] = [];
    for (const type of [
      'adbreakstart',
      'adstart',
      'adfirstquartile',
      'admidpoint',
      'adthirdquartile',
      'adcomplete',
      'adbreakend',
    ]) {
      layer.addEventListener(type, () => order.push(type));
    }
    const starts: AdStartEvent[] = [];
    layer.addEventListener('adstart', (event) => starts.push(event));
    const breakStart = nextEvent(layer, 'adbreakstart');
    start(player);
    await breakStart;
    expect(player.hasAttribute('ad-playing')).to.equal(true);
    expect(layer.adPlaying).to.equal(true);
    expect(innerVideo(player).paused).to.equal(true, 'the content pauses for the break');
    expect(player.playbackTarget).to.equal('interruption');
    expect(player.paused).to.equal(false, 'paused describes the ad');
    const contentTime = player.currentTime;
    await until(() => (adVideo(player)?.currentTime ?? 0) > 0.5, 'the ad creative plays');
    const label = player.querySelector('[data-ad-layer]')?.shadowRoot?.querySelector('.label')?.textContent;
    expect(label).to.equal('Ad 1 of 2 Seeking is unavailable until the ad ends.');
    expect(player.currentTime).to.equal(contentTime);
    await nextEvent(layer, 'adbreakend');
    expect(player.hasAttribute('ad-playing')).to.equal(false);
    await until(() => player.currentTime > 0.5 && !player.paused, 'content plays after the break');
    expect(starts.map((event) => [event.ad?.position, event.ad?.total])).to.deep.equal([
      [1, 2],
      [2, 2],
    ]);
    expect(order[0]).to.equal('adbreakstart');
    expect(order.at(-1)).to.equal('adbreakend');
    expect(order.filter((type) => type === 'adcomplete')).to.have.length(2);
    expect(order.filter((type) => type === 'admidpoint')).to.have.length(2);
    // The real creative was fetched, and impressions were pinged.
    const ads = requestsTo('ads', since);
    expect(ads.some((url) => url.includes('/creatives/creative.mp4'))).to.equal(true);
    expect(ads.filter((url) => url.includes('/track/impression'))).to.have.length(2);
  });

  it('plays a VMAP mid-roll at its time and the post-roll at the end, restoring the content position', async () => {
    const { layer, player } = await mount({ 'ad-tag-url': originUrl('ads', '/vmap.xml?breaks=1,end') });
    const breaks: number[] = [];
    layer.addEventListener('adstart', (event) => breaks.push(event.ad?.breakOffset ?? NaN));
    start(player);
    await until(() => layer.adsManager !== undefined, 'the VMAP loaded');
    expect(layer.adsManager?.getCuePoints()).to.deep.equal([1, -1]);
    await nextEvent(layer, 'adbreakstart');
    const at = player.currentTime;
    expect(at).to.be.within(1, 2);
    // Something moves the content under the ad; the layer puts it back.
    innerVideo(player).currentTime = 0;
    await nextEvent(layer, 'adbreakend');
    expect(close(player.currentTime, at)).to.equal(
      true,
      `resumed at ${String(player.currentTime)}, paused at ${String(at)}`,
    );
    await until(() => !player.paused, 'content resumes');
    // Jump near the end: the post-roll follows the content's end.
    player.currentTime = 11;
    const post = nextEvent(layer, 'adbreakstart');
    await nextEvent(player, 'ended');
    await post;
    await nextEvent(layer, 'adbreakend');
    expect(breaks).to.deep.equal([1, -1]);
    expect(player.paused).to.equal(true);
    expect(player.ended).to.equal(true);
  });

  it('runs mid-rolls at ad-break-times with a plain VAST tag', async () => {
    const { layer, player } = await mount({
      'ad-tag-url': originUrl('ads', '/vast/preroll.xml'),
      'ad-break-times': '1',
    });
    let prerolls = 0;
    layer.addEventListener('adbreakstart', () => player.currentTime < 0.5 && prerolls++);
    start(player);
    await nextEvent(layer, 'adbreakstart');
    expect(player.currentTime).to.be.greaterThanOrEqual(1);
    await nextEvent(layer, 'adbreakend');
    expect(prerolls).to.equal(0);
    await until(() => player.currentTime > 1.5, 'content resumes after the mid-roll');
  });

  it('mirrors player pause and play to the ad', async () => {
    const { layer, player } = await mount({ 'ad-tag-url': originUrl('ads', '/vast/preroll.xml') });
    start(player);
    await nextEvent(layer, 'adstart');
    await until(() => (adVideo(player)?.currentTime ?? 0) > 0.3, 'the ad plays');
    player.pause();
    await until(() => adVideo(player)?.paused === true, 'the ad pauses');
    expect(player.hasAttribute('ad-paused')).to.equal(true);
    // The controls describe the ad: its pause shows the play button.
    const playLabel = (): string | null | undefined =>
      player.shadowRoot?.querySelector('button.play')?.getAttribute('aria-label');
    await until(() => playLabel() === 'Play', 'the play button while the ad is paused');
    const pausedAt = adVideo(player)?.currentTime ?? 0;
    await player.play();
    await until(() => (adVideo(player)?.currentTime ?? 0) > pausedAt + 0.2, 'the ad resumes');
    expect(player.hasAttribute('ad-paused')).to.equal(false);
    expect(innerVideo(player).paused).to.equal(true, 'content stays paused under the ad');
    await until(() => playLabel() === 'Pause', 'the pause button while the ad plays');
    await nextEvent(layer, 'adbreakend');
    // After the break, play() and pause() are the player's own again.
    expect(Object.hasOwn(player, 'play')).to.equal(false);
    await until(() => !player.paused, 'content plays');
  });

  it('keeps the control bar usable over a pre-roll: pause, mute and fullscreen drive the ad, skip still clicks', async () => {
    const { layer, player } = await mount({ 'ad-tag-url': originUrl('ads', '/vast/preroll.xml?skipoffset=1') });
    let clickThroughs = 0;
    layer.addEventListener('adclick', () => clickThroughs++);
    start(player);
    await nextEvent(layer, 'adstart');
    await until(() => (adVideo(player)?.currentTime ?? 0) > 0.2, 'the ad plays');
    await click(barButton(player, 'play'));
    await until(() => adVideo(player)?.paused === true, 'the bar pauses the ad');
    expect(player.paused).to.equal(true);
    await until(() => barButton(player, 'play').getAttribute('aria-label') === 'Play', 'the bar offers to play the ad');
    expect(adVideo(player)?.muted).to.equal(true, 'a muted player starts the ad muted');
    await click(barButton(player, 'mute'));
    await until(() => adVideo(player)?.muted === false, 'the bar unmutes the ad');
    expect(layer.adsManager?.getVolume()).to.equal(1);
    expect(player.muted).to.equal(false, 'the player and its ad share one volume');
    await click(barButton(player, 'fullscreen'));
    await until(() => document.fullscreenElement === player, 'the bar makes the player fullscreen');
    expect(await axeViolations(player)).to.deep.equal([]);
    await document.exitFullscreen();
    // The keyboard reaches the bar too.
    barButton(player, 'mute').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => adVideo(player)?.muted === true, 'Enter on the mute button mutes the ad');
    // Seeking waits for the content: no content slider (the ad's progress shows instead), no seek buttons.
    expect(player.shadowRoot?.querySelector('input[part="time-slider"]')?.getClientRects().length).to.equal(0);
    expect(player.shadowRoot?.querySelector('.bar .seek-forward')?.getClientRects().length).to.equal(0);
    await click(barButton(player, 'play'));
    await until(() => adVideo(player)?.paused === false, 'the bar resumes the ad');
    expect(innerVideo(player).paused).to.equal(true, 'content stays paused under the ad');
    expect(clickThroughs).to.equal(0, 'no click on the bar went through to the ad');
    const surface = player.querySelector('[data-ad-layer]')?.shadowRoot;
    await until(() => !!surface?.querySelector('button.skip'), 'the skip button');
    // Over the picture, the pointer still reaches the ad: a click goes through to the advertiser.
    const clicked = nextEvent(layer, 'adclick');
    const picture = player.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(picture.left + picture.width / 2), Math.round(picture.top + 20)],
    });
    await clicked;
    const skipped = nextEvent(layer, 'adskip');
    const skip = surface?.querySelector('button.skip');
    if (skip) await click(skip);
    await skipped;
  });

  it('shows a skip button when the ad is skippable, and skips', async () => {
    const { layer, player } = await mount({ 'ad-tag-url': originUrl('ads', '/vast/preroll.xml?skipoffset=0.5') });
    start(player);
    await nextEvent(layer, 'adstart');
    const root = player.querySelector('[data-ad-layer]')?.shadowRoot;
    await until(() => !!root?.querySelector('button.skip'), 'the skip button');
    const skipped = nextEvent(layer, 'adskip');
    const ended = nextEvent(layer, 'adbreakend');
    root?.querySelector<HTMLButtonElement>('button.skip')?.click();
    await skipped;
    await ended;
    await until(() => !player.paused, 'content plays');
  });

  for (const [name, attributes, kind] of [
    ['an ad error (missing media file)', { 'ad-tag-url': originUrl('ads', '/vast/preroll.xml?media=missing') }, 'play'],
    ['an empty response', { 'ad-tag-url': originUrl('ads', '/vast/empty.xml') }, 'load'],
    [
      'a blocked SDK',
      { 'ad-tag-url': originUrl('ads', '/vast/preroll.xml'), 'sdk-src': originUrl('ads', '/blocked/ima3.js') },
      'sdk-blocked',
    ],
  ] as const) {
    it(`falls back to content on ${name}`, async () => {
      const { layer, player } = await mount(attributes);
      const error = nextEvent<AdErrorEvent>(layer, 'aderror');
      start(player);
      expect((await error).detail.kind).to.equal(kind);
      await until(() => player.currentTime > 0.5 && !player.paused, 'content plays');
      expect(player.hasAttribute('ad-playing')).to.equal(false);
    });
  }

  it('falls back to content when the ad server does not answer in time', async () => {
    await addFault({ host: 'ads', path: '/vast/preroll.xml', delayMs: 8000 });
    const { layer, player } = await mount({ 'ad-tag-url': originUrl('ads', '/vast/preroll.xml'), 'ad-timeout': '500' });
    const error = nextEvent<AdErrorEvent>(layer, 'aderror');
    start(player);
    expect((await error).detail.kind).to.equal('timeout');
    await until(() => player.currentTime > 0.5 && !player.paused, 'content plays');
  });

  it('shows a notice for a blocked SDK unless allow-ad-blocker is set', async () => {
    const blocked = { 'ad-tag-url': originUrl('ads', '/vast/preroll.xml'), 'sdk-src': originUrl('ads', '/blocked.js') };
    const first = await mount(blocked);
    await nextEvent(first.layer, 'aderror');
    await first.layer.updateComplete;
    const notice = first.player.querySelector('[data-ad-layer]')?.shadowRoot?.querySelector('.notice');
    expect(notice?.hasAttribute('hidden')).to.equal(false);
    expect(notice?.getAttribute('role')).to.equal('status');
    const second = await mount({ ...blocked, 'allow-ad-blocker': '' });
    await nextEvent(second.layer, 'aderror');
    await second.layer.updateComplete;
    const silent = second.player.querySelector('[data-ad-layer]')?.shadowRoot?.querySelector('.notice');
    expect(silent?.hasAttribute('hidden')).to.equal(true);
  });

  it('speaks the player’s language: a German break, a French notice from right to left in Arabic', async () => {
    const { layer, player } = await mount({ 'ad-tag-url': originUrl('ads', '/vast/preroll.xml?ads=2') });
    player.setAttribute('lang', 'de');
    start(player);
    await nextEvent(layer, 'adstart');
    const root = (): ShadowRoot | null | undefined => player.querySelector('[data-ad-layer]')?.shadowRoot;
    await until(
      () =>
        root()?.querySelector('.label')?.textContent === 'Werbung 1 von 2 Spulen ist erst nach der Werbung möglich.',
      'the German label',
    );
    // The player's time slider names the ad in the same language, in the player's own words around it.
    const slider = (): Element | null | undefined =>
      player.shadowRoot?.querySelector('[role=slider][aria-disabled=true]');
    await until(
      () => /^Werbung, \d+ Sekunden? von 3 Sekunden$/.test(slider()?.getAttribute('aria-valuetext') ?? ''),
      'the German progress of the ad',
    );
    expect(slider()?.getAttribute('aria-label')).to.equal('Suchen');
    // Without the player's bar, the layer's own pause button speaks German too.
    player.style.setProperty('--controls', 'none');
    await until(() => root()?.querySelector('.ad-ui button')?.textContent.trim() === 'Werbung pausieren', 'its button');
    expect(root()?.querySelector('.countdown')?.getAttribute('aria-label')).to.equal(
      'Verbleibende Zeit dieser Werbung',
    );

    const blocked = { 'ad-tag-url': originUrl('ads', '/vast/preroll.xml'), 'sdk-src': originUrl('ads', '/blocked.js') };
    const other = await mount(blocked);
    other.layer.setAttribute('lang', 'fr');
    await nextEvent(other.layer, 'aderror');
    const notice = (): Element | null | undefined =>
      other.player.querySelector('[data-ad-layer]')?.shadowRoot?.querySelector('.notice');
    await until(() => !!notice()?.textContent.includes('Les annonces n’ont pas pu être chargées'), 'the French notice');
    expect(notice()?.getAttribute('dir')).to.equal('ltr');
    other.player.setAttribute('lang', 'ar');
    other.layer.requestUpdate();
    await until(() => notice()?.getAttribute('dir') === 'rtl', 'the Arabic notice, right to left');
    // The direction follows the language at once; its words arrive with the Arabic strings.
    await until(
      () => notice()?.querySelector('button')?.getAttribute('aria-label') === 'إغلاق',
      'the Arabic dismiss label',
    );
  });

  it('keeps the ad container the player’s size when the player resizes', async () => {
    const { layer, player } = await mount({ 'ad-tag-url': originUrl('ads', '/vast/preroll.xml') });
    start(player);
    await nextEvent(layer, 'adstart');
    const matches = (): boolean => {
      const box = player.getBoundingClientRect();
      const ad = adVideo(player)?.getBoundingClientRect();
      const surface = player.querySelector('[data-ad-layer]')?.getBoundingClientRect();
      return (
        !!ad &&
        !!surface &&
        close(ad.width, box.width, 1) &&
        close(ad.height, box.height, 1) &&
        close(surface.width, box.width, 1)
      );
    };
    await until(matches, 'the ad fills the player');
    player.style.width = '400px';
    await until(() => player.getBoundingClientRect().width === 400 && matches(), 'the ad follows the resize');
    expect(adVideo(player)?.getBoundingClientRect().height).to.be.closeTo(225, 1);
  });

  it('works with a player named by for=', async () => {
    const player = await mountPlayer({ src: MP4, muted: true, 'disable-tracking': true, id: 'ad-target' });
    const layer = document.createElement('ad-layer');
    layer.setAttribute('sdk-src', SDK);
    layer.setAttribute('for', 'ad-target');
    layer.setAttribute('ad-tag-url', originUrl('ads', '/vast/preroll.xml'));
    document.body.append(layer);
    trackAdLayer(layer);
    start(player);
    await nextEvent(layer, 'adbreakend');
    await until(() => !player.paused, 'content plays');
  });

  it('destroys the ads manager and loader and removes every listener on removal', async () => {
    const { layer, player } = await mount({ 'ad-tag-url': originUrl('ads', '/vast/preroll.xml') });
    start(player);
    await nextEvent(layer, 'adstart');
    const manager = layer.adsManager as unknown as { destroyed: boolean; listenerCount: number };
    expect(manager.listenerCount).to.be.greaterThan(0);
    layer.remove();
    expect(manager.destroyed).to.equal(true);
    expect(manager.listenerCount).to.equal(0);
    expect(layer.adsManager).to.equal(undefined);
    expect(player.querySelector('[data-ad-layer]')).to.equal(null);
    expect(player.hasAttribute('ad-playing')).to.equal(false);
    expect(Object.hasOwn(player, 'play')).to.equal(false);
    // The player's events reach no ad code any more: a play is just a play.
    document.body.append(player);
    await player.play();
    await until(() => player.currentTime > 0.3 && !player.paused, 'content plays alone');
    expect(player.querySelector('[data-ad-layer]')).to.equal(null);
  });
});
