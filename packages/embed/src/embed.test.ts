import { expect } from '@esm-bundle/chai';
import { originUrl } from '../../../test/browser/origin.ts';
import { until } from '../../../test/browser/player.ts';
import { embedConfig } from './embed-params.ts';
import { bridgeMessages, type BridgedPlayer } from './message-bridge.ts';
import { mountEmbed } from './mount-embed.ts';
import { socialMeta } from './social-meta.ts';

const XSS = '<img src=x onerror="window.__pwned=1">';

interface EmbedEvent {
  type: 'videokit';
  event: string;
  currentTime: number;
  paused: boolean;
}

/** Messages the embedded page posts to this one. */
function collectMessages(from: string): { events: EmbedEvent[]; stop(): void } {
  const events: EmbedEvent[] = [];
  const listener = (event: MessageEvent): void => {
    if (event.origin === from && (event.data as { type?: unknown }).type === 'videokit')
      events.push(event.data as EmbedEvent);
  };
  window.addEventListener('message', listener);
  return { events, stop: () => window.removeEventListener('message', listener) };
}

describe('embed page', () => {
  it('maps allowed query parameters, keeps metadata-*, and ignores unknown or unsafe ones', () => {
    const config = embedConfig(
      new URL(
        'http://player.localhost:4000/vod?muted&autoplay=any&max-resolution=720p&metadata-video-title=T&bogus=1&poster=javascript:alert(1)',
      ),
    );
    expect(config.playbackId).to.equal('vod');
    expect(config.attributes).to.deep.equal({
      muted: '',
      autoplay: 'any',
      'max-resolution': '720p',
      'metadata-video-title': 'T',
    });
    expect(config.ignored).to.deep.equal(['bogus', 'poster']);
  });

  it("never lets a link choose where viewers' beacons go", () => {
    const config = embedConfig(
      new URL('http://player.localhost:4000/vod?beacon-collection-domain=collect.evil.example'),
    );
    expect(config.attributes).to.deep.equal({});
    expect(config.ignored).to.deep.equal(['beacon-collection-domain']);
  });

  it('renders a script payload in metadata-video-title as text', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const before = document.title;
    const stop = mountEmbed(
      container,
      new URL(`${originUrl('player', '/vod')}?preload=none&metadata-video-title=${encodeURIComponent(XSS)}`),
    );
    try {
      expect(document.title).to.equal(XSS);
      expect(container.querySelector('img')).to.equal(null);
      expect(document.querySelector('meta[property="og:title"]')?.getAttribute('content')).to.equal(XSS);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    } finally {
      stop();
      container.remove();
      document.title = before;
    }
  });

  it('titles and pictures social cards by core’s rules: no picture a signed ID’s viewers could not load', () => {
    const card = { playbackId: 'vod', domain: 'localhost:4000', pageUrl: 'http://player.localhost:4000/vod' };
    const image = (tags: ReturnType<typeof socialMeta>): string | undefined =>
      tags.find((tag) => tag.value === 'og:image')?.content;
    const title = (tags: ReturnType<typeof socialMeta>): string | undefined =>
      tags.find((tag) => tag.value === 'og:title')?.content;
    expect(image(socialMeta({ ...card, title: 'T' }))).to.equal('http://image.localhost:4000/vod/thumbnail.jpg');
    // A signed ID without a thumbnail token has no picture anyone may see.
    const signed = socialMeta({ ...card, playbackId: 'signed', playbackToken: 'a.b.c', title: undefined });
    expect(image(signed)).to.equal(undefined);
    expect(signed.some((tag) => tag.value === 'twitter:image')).to.equal(false);
    expect(title(signed)).to.equal('Video');
    // An empty analytics title means "not set", as everywhere else.
    const before = document.title;
    const stop = mountEmbed(
      document.createElement('div'),
      new URL(`${originUrl('player', '/vod')}?preload=none&metadata-video-title=&title=Shown`),
    );
    try {
      expect(document.title).to.equal('Shown');
    } finally {
      stop();
      document.title = before;
    }
  });

  it('serves social tags server-side, escaped', async () => {
    const response = await fetch(`${originUrl('player', '/vod')}?metadata-video-title=${encodeURIComponent(XSS)}`);
    const html = await response.text();
    expect(html).to.include('<meta property="og:image" content="http://image.localhost:');
    expect(html).to.include('<meta name="twitter:card" content="player" />');
    expect(html).to.include('content="&#60;img src=x onerror=&#34;window.__pwned=1&#34;&#62;"');
    expect(html).to.not.include(XSS);
  });

  it('plays in an iframe under its CSP, reports to the embedding page, and obeys it', async () => {
    const frame = document.createElement('iframe');
    frame.allow = 'autoplay; encrypted-media; fullscreen; picture-in-picture';
    frame.style.width = '640px';
    frame.style.height = '360px';
    const from = new URL(originUrl('player', '/')).origin;
    const messages = collectMessages(from);
    frame.src = `${originUrl('player', '/vod')}?muted&autoplay=muted&disable-tracking&unknown-param=1`;
    document.body.append(frame);
    try {
      await until(
        () => messages.events.some((event) => event.event === 'timeupdate' && event.currentTime > 1),
        'playback',
        25_000,
      );
      frame.contentWindow?.postMessage({ type: 'videokit', command: 'pause' }, from);
      await until(() => messages.events.some((event) => event.event === 'pause'), 'the pause event');
    } finally {
      messages.stop();
      frame.remove();
    }
  });
});

describe('embed message bridge', () => {
  function fakePlayer(): BridgedPlayer & { calls: string[] } {
    const calls: string[] = [];
    return Object.assign(new EventTarget(), {
      calls,
      currentTime: 0,
      volume: 1,
      muted: false,
      duration: 12,
      paused: true,
      play: () => {
        calls.push('play');
        return Promise.resolve();
      },
      pause: () => calls.push('pause'),
    });
  }

  const message = (origin: string, data: unknown): MessageEvent => new MessageEvent('message', { origin, data });

  it('ignores commands from origins that are not allowed', () => {
    const player = fakePlayer();
    const stop = bridgeMessages(player, {
      allowedOrigins: ['https://host.example'],
      parent: null,
      parentOrigin: undefined,
    });
    window.dispatchEvent(message('https://evil.example', { type: 'videokit', command: 'play' }));
    window.dispatchEvent(message('https://evil.example', { type: 'videokit', command: 'seek', time: 5 }));
    expect(player.calls).to.deep.equal([]);
    expect(player.currentTime).to.equal(0);
    window.dispatchEvent(message('https://host.example', { type: 'videokit', command: 'play' }));
    window.dispatchEvent(message('https://host.example', { type: 'videokit', command: 'seek', time: 5 }));
    window.dispatchEvent(message('https://host.example', { type: 'videokit', command: 'mute' }));
    expect(player.calls).to.deep.equal(['play']);
    expect(player.currentTime).to.equal(5);
    expect(player.muted).to.equal(true);
    stop();
    window.dispatchEvent(message('https://host.example', { type: 'videokit', command: 'pause' }));
    expect(player.calls).to.deep.equal(['play']);
  });
});
