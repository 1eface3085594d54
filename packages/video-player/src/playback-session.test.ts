import type { PlayerError } from '@videokit/core';
import { expect } from '@esm-bundle/chai';
import { domain, originUrl } from '../../../test/browser/origin.ts';
import { playsPast } from '../../../test/browser/playback.ts';
import { until } from '../../../test/browser/player.ts';
import { PlaybackSession, type SessionConfig, type SessionHost } from './playback-session.ts';
import { sourceInputsOf, type SourceFields } from './source-inputs.ts';

/** A session over a bare `<video>`, with a host that records what it is told. */
function sessionFor(fields: SourceFields, config: Partial<SessionConfig> = {}) {
  const video = document.createElement('video');
  video.muted = true;
  document.body.append(video);
  const told = { errors: [] as PlayerError[], changes: 0, tracks: 0, loaded: 0, muted: 0 };
  const host: SessionHost = {
    media: () => video,
    config: () => ({
      inputs: sourceInputsOf({ customDomain: domain, ...fields }),
      startTime: undefined,
      preload: 'metadata',
      autoplay: undefined,
      preferPlayback: undefined,
      hlsConfig: undefined,
      hideCaptions: false,
      analytics: undefined,
      ...config,
    }),
    changed: () => told.changes++,
    report: (error) => told.errors.push(error),
    tracks: () => told.tracks++,
    mute: () => told.muted++,
    loaded: () => told.loaded++,
  };
  const session = new PlaybackSession(host);
  sessions.push([session, video]);
  return { session, video, told };
}

const sessions: [PlaybackSession, HTMLVideoElement][] = [];

describe('PlaybackSession', () => {
  afterEach(() => {
    for (const [session, video] of sessions.splice(0)) {
      session.destroy();
      video.remove();
    }
  });

  it('loads a playback ID into an engine and plays once ready', async () => {
    const { session, video, told } = sessionFor({ playbackId: 'vod' });
    session.prepare();
    expect(session.source.status).to.equal('ready');
    session.rendered(false);
    await session.readyToPlay();
    expect(told.loaded).to.equal(1);
    await video.play();
    await playsPast(video, 0.3);
    await until(() => session.playlist?.streamType === 'on-demand', 'the playlist facts');
    expect(session.audioTracks.length).to.equal(2);
    expect(session.renditions.length).to.be.greaterThan(1);
    expect(told.errors).to.deep.equal([]);
  });

  it('fails an invalid source before any request, and play() says why', async () => {
    const { session, told } = sessionFor({ playbackId: 'vod', maxResolution: '999p' });
    session.prepare();
    expect(session.source.status).to.equal('invalid');
    expect(session.error?.code).to.equal('INVALID_ATTRIBUTE');
    expect(told.errors.map((error) => error.fatal)).to.deep.equal([true]);
    const refused = await session.readyToPlay().then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).to.be.instanceOf(DOMException).with.property('name', 'NotSupportedError');
  });

  it('with preload none starts nothing until play is asked for', async () => {
    const since = performance.now();
    const { session, told } = sessionFor({ playbackId: 'vod' }, { preload: 'none' });
    session.prepare();
    session.rendered(false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const streamRequests = (): number =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime >= since && entry.name.startsWith(originUrl('stream'))).length;
    expect(streamRequests()).to.equal(0);
    expect(told.loaded).to.equal(0);
    await session.readyToPlay();
    expect(told.loaded).to.equal(1);
    await until(() => streamRequests() > 0, 'the playlist requested on play');
  });

  it('retries a stream that is not live yet, then stops retrying when destroyed', async () => {
    const { session, told } = sessionFor({ playbackId: 'live-not-started' });
    session.prepare();
    session.rendered(false);
    await until(() => told.errors.length > 0, 'a not-live error');
    expect(told.errors[0]?.code).to.equal('NOT_LIVE_YET');
    expect(told.errors[0]?.fatal).to.equal(false);
    expect(session.error?.code).to.equal('NOT_LIVE_YET');
    // The retry asks the host to update; a host answers with prepare() and rendered().
    await until(() => !session.prepared, 'a reload request');
    session.prepare();
    session.rendered(false);
    await until(() => told.errors.length > 1, 'a second attempt');
    session.destroy();
    const reported = told.errors.length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(told.errors.length).to.equal(reported);
  });

  it('autoplays, muting first with autoplay="muted"', async () => {
    const { session, video, told } = sessionFor({ playbackId: 'vod' }, { autoplay: 'muted' });
    session.prepare();
    session.rendered(false);
    await playsPast(video, 0.2);
    expect(told.muted).to.equal(1);
  });
});
