import { expect } from '@esm-bundle/chai';
import { mintToken } from '../../../test/browser/origin.ts';
import { playsPast } from '../../../test/browser/playback.ts';
import { innerVideo, mountPlayer, nextEvent, requestsTo, unmountAll } from '../../../test/browser/player.ts';
import type { PlayerErrorEvent } from './events.ts';

/** Mounts a player and resolves with its first error, with console noise kept out of the log. */
async function firstError(attributes: Record<string, string>): Promise<PlayerErrorEvent> {
  const { error } = console;
  console.error = () => undefined;
  try {
    const player = document.createElement('video-player');
    const failed = nextEvent<PlayerErrorEvent>(player, 'error');
    player.setAttribute('disable-tracking', '');
    for (const [name, value] of Object.entries(attributes)) player.setAttribute(name, value);
    const { domain } = await import('../../../test/browser/origin.ts');
    player.setAttribute('custom-domain', domain);
    document.body.append(player);
    const event = await failed;
    player.remove();
    return event;
  } finally {
    console.error = error;
  }
}

describe('<video-player> signed playback', () => {
  afterEach(unmountAll);

  it('plays a signed playback ID with a minted token', async () => {
    const token = await mintToken({ sub: 'signed-vod', aud: 'v' });
    const player = await mountPlayer({ 'playback-id': 'signed-vod', 'playback-token': token, muted: true });
    await player.play();
    await playsPast(innerVideo(player), 1);
  });

  it('takes tokens through the tokens property', async () => {
    const token = await mintToken({ sub: 'signed-vod', aud: 'v' });
    const player = await mountPlayer({ muted: true });
    player.tokens = { playback: token };
    player.playbackId = 'signed-vod';
    await player.updateComplete;
    await player.play();
    await playsPast(innerVideo(player), 0.5);
    expect(player.getAttribute('playback-token')).to.equal(null);
    expect(player.tokens.playback).to.equal(token);
  });

  const clientSideCases = [
    ['an expired token', { sub: 'signed-vod', aud: 'v' }, { expiresIn: -720 }, 'TOKEN_EXPIRED', 'expired'],
    ['a token for another audience', { sub: 'signed-vod', aud: 't' }, {}, 'TOKEN_WRONG_AUDIENCE', 'aud'],
    ['a token for another playback ID', { sub: 'vod', aud: 'v' }, {}, 'TOKEN_WRONG_SUBJECT', 'vod'],
  ] as const;
  for (const [name, claims, options, code, words] of clientSideCases) {
    it(`catches ${name} before any request`, async () => {
      const token = await mintToken(claims, options);
      const since = performance.now();
      const { detail } = await firstError({ 'playback-id': 'signed-vod', 'playback-token': token });
      expect(detail.code).to.equal(code);
      expect(detail.message).to.include('playback-token').and.include(words);
      expect(requestsTo('stream', since)).to.deep.equal([]);
    });
  }

  it('reports a missing token on a signed ID from the origin', async () => {
    const { detail } = await firstError({ 'playback-id': 'signed-vod' });
    expect(detail.code).to.equal('TOKEN_MISSING');
    expect(detail.fatal).to.equal(true);
  });

  it('reports a bad signature from the origin', async () => {
    const token = await mintToken({ sub: 'signed-vod', aud: 'v' }, { forged: true });
    const { detail } = await firstError({ 'playback-id': 'signed-vod', 'playback-token': token });
    expect(detail.code).to.equal('TOKEN_INVALID_SIGNATURE');
    expect(detail.message.toLowerCase()).to.include('signature');
  });

  it('reports a token passed with a public playback ID', async () => {
    const token = await mintToken({ sub: 'vod', aud: 'v' });
    const { detail } = await firstError({ 'playback-id': 'vod', 'playback-token': token });
    expect(detail.code).to.equal('TOKEN_ON_PUBLIC_ID');
  });
});
