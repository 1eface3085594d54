import { expect } from '@esm-bundle/chai';
import { addFault, domain, resetOrigin } from '../../../test/browser/origin.ts';
import { nextEvent, requestsTo } from '../../../test/browser/player.ts';
import type { PlayerErrorEvent } from './events.ts';
import type { VideoPlayer } from './video-player.ts';

function player(playbackId: string): VideoPlayer {
  const element = document.createElement('video-player');
  element.setAttribute('custom-domain', domain);
  element.setAttribute('disable-tracking', '');
  element.setAttribute('playback-id', playbackId);
  return element;
}

describe('<video-player> errors', () => {
  let element: VideoPlayer | undefined;
  const { error } = console;
  beforeEach(() => {
    console.error = () => undefined;
  });
  afterEach(async () => {
    console.error = error;
    element?.remove();
    await resetOrigin();
  });

  it('404: says the playback ID is unknown and suggests an asset ID mix-up', async () => {
    element = player('not-a-real-id');
    const failed = nextEvent<PlayerErrorEvent>(element, 'error');
    document.body.append(element);
    const { detail } = await failed;
    expect(detail.code).to.equal('NOT_FOUND');
    // Beside the string code, what Mux Player's readers compare: a MediaError-style number and `fatal`.
    expect(detail.mediaCode).to.equal(MediaError.MEDIA_ERR_NETWORK);
    expect(detail.fatal).to.equal(true);
    expect(detail.message).to.include('not-a-real-id').and.include('asset ID');
    expect(element.error).to.equal(detail);
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector('[part="error"]')?.textContent).to.include('asset ID');
  });

  it('412: says the stream is not live yet and retries', async () => {
    element = player('live-not-started');
    const first = nextEvent<PlayerErrorEvent>(element, 'error');
    document.body.append(element);
    const { detail } = await first;
    expect(detail.code).to.equal('NOT_LIVE_YET');
    expect(detail.fatal).to.equal(false);
    expect(detail.message).to.match(/retrying in \d+ s/i);
    const retried = await nextEvent<PlayerErrorEvent>(element, 'error');
    expect(retried.detail.code).to.equal('NOT_LIVE_YET');
  });

  it('5xx: a server error that outlasts the retries is fatal and says so', async () => {
    await addFault({ host: 'stream', path: '/vod.m3u8', status: 503, times: 20 });
    element = player('vod');
    const failed = nextEvent<PlayerErrorEvent>(element, 'error', (event) => event.detail.fatal);
    document.body.append(element);
    const { detail } = await failed;
    expect(detail.code).to.equal('SERVER_ERROR');
    expect(detail.message).to.include('503');
  });

  it('an invalid playback ID fails before any request, naming the attribute', async () => {
    const since = performance.now();
    element = player('not a/valid id');
    const failed = nextEvent<PlayerErrorEvent>(element, 'error');
    document.body.append(element);
    const { detail } = await failed;
    expect(detail.code).to.equal('INVALID_PLAYBACK_ID');
    expect(detail.message).to.include('playback-id');
    expect(requestsTo('stream', since)).to.deep.equal([]);
  });

  it('play() on an invalid player rejects instead of throwing into the page', async () => {
    element = player('vod');
    element.setAttribute('max-resolution', 'huge');
    document.body.append(element);
    await element.updateComplete;
    let rejected: unknown;
    await element.play().catch((reason: unknown) => (rejected = reason));
    expect(rejected).to.be.instanceOf(DOMException);
  });
});
