import { expect } from '@esm-bundle/chai';
import { addFault, domain, mintToken, originUrl, resetOrigin } from '../../../test/browser/origin.ts';
import type { ErrorCategory, PlayerError } from './errors.ts';
import { errorFromHls } from './hls-errors.ts';
import { errorFromHttp, errorFromResponse } from './http-errors.ts';
import { parseExtraSourceParams, parseModifierAttributes } from './modifiers.ts';
import { playlistInfo } from './stream-type.ts';
import { checkToken } from './tokens.ts';
import {
  animatedUrl,
  fairplayCertificateUrl,
  hlsUrl,
  licenseUrl,
  mp4Url,
  storyboardUrl,
  textTrackUrl,
  thumbnailUrl,
} from './urls.ts';

// The URL builders and error mapping against the real local origin (DESIGN §4).

async function ok(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  expect(response.status, `${url}: ${response.status}`).to.be.within(200, 206);
  return response;
}

/** The PlayerError for a URL the origin refuses, as the player would build it. */
async function refusal(url: string, category: ErrorCategory, init?: RequestInit): Promise<PlayerError> {
  const response = await fetch(url, init);
  expect(response.ok, `${url} should be refused`).to.be.false;
  return errorFromResponse(response, { category, url });
}

/** Heights of the variants of a multivariant playlist, in order. */
const heights = (text: string): number[] =>
  [...text.matchAll(/RESOLUTION=\d+x(\d+)/g)].map((match) => Number(match[1]));

/** The first media playlist a multivariant playlist lists, as an absolute URL. */
async function firstMediaPlaylist(url: string): Promise<string> {
  const text = await (await ok(url)).text();
  const uri = text.split('\n').find((line) => line && !line.startsWith('#'));
  expect(uri).to.be.a('string');
  return (await ok(new URL(uri ?? '', url).href)).text();
}

const tokenFor = (sub: string, aud: string, extra: Record<string, unknown> = {}): Promise<string> =>
  mintToken({ sub, aud, ...extra });

describe('contract: URL builders against the media origin', () => {
  afterEach(async () => {
    await resetOrigin();
  });

  describe('HLS', () => {
    it('serves the public playlist, and max-resolution="360p" removes every rendition above 360p', async () => {
      const all = heights(await (await ok(hlsUrl({ playbackId: 'vod', domain }).url)).text());
      expect(Math.max(...all)).to.equal(720);
      const { modifiers, problems } = parseModifierAttributes({ 'max-resolution': '360p' });
      expect(problems).to.deep.equal([]);
      const { url, warnings } = hlsUrl({ playbackId: 'vod', domain, modifiers });
      expect(warnings).to.deep.equal([]);
      expect(url).to.equal(`http://stream.${domain}/vod.m3u8?max_resolution=360p`);
      const capped = heights(await (await ok(url)).text());
      expect(capped.length).to.be.greaterThan(0);
      expect(Math.max(...capped)).to.be.at.most(360);
    });

    it('honours min-resolution, rendition-order and default-subtitles-lang', async () => {
      const { modifiers } = parseModifierAttributes({
        'min-resolution': '540p',
        'rendition-order': 'desc',
        'default-subtitles-lang': 'fr',
      });
      const text = await (await ok(hlsUrl({ playbackId: 'vod', domain, modifiers }).url)).text();
      expect(heights(text)).to.deep.equal([720, 540]);
      expect(text).to.match(/TYPE=SUBTITLES[^\n]*LANGUAGE="fr"[^\n]*DEFAULT=YES/);
      expect(text).to.match(/TYPE=SUBTITLES[^\n]*LANGUAGE="en"[^\n]*DEFAULT=NO/);
    });

    it('clips with asset times from extra-source-params', async () => {
      const full = await firstMediaPlaylist(hlsUrl({ playbackId: 'vod', domain }).url);
      const { params } = parseExtraSourceParams('asset_start_time=4&asset_end_time=8');
      const clipped = await firstMediaPlaylist(hlsUrl({ playbackId: 'vod', domain, extraParams: params }).url);
      const segments = (text: string): number => text.split('\n').filter((line) => line.startsWith('#EXTINF')).length;
      expect(segments(clipped)).to.be.greaterThan(0).and.lessThan(segments(full));
    });

    it('plays a signed ID with a minted token, the modifiers in its claims', async () => {
      const token = await tokenFor('signed-vod', 'v', { max_resolution: '360p' });
      expect(checkToken(token, { audience: 'v', playbackId: 'signed-vod', attribute: 'playback-token' })).to.equal(
        null,
      );
      const { url, warnings } = hlsUrl({
        playbackId: 'signed-vod',
        domain,
        token,
        modifiers: { maxResolution: '360p' },
      });
      expect(url).to.equal(`http://stream.${domain}/signed-vod.m3u8?token=${token}`);
      expect(warnings.map((warning) => warning.attribute)).to.deep.equal(['max-resolution']);
      const text = await (await ok(url)).text();
      expect(Math.max(...heights(text))).to.be.at.most(360);
    });

    it('reads the stream type of on-demand, live, DVR and ended media playlists', async () => {
      const info = async (playbackId: string): Promise<ReturnType<typeof playlistInfo>> =>
        playlistInfo(await firstMediaPlaylist(hlsUrl({ playbackId, domain }).url));
      expect(await info('vod')).to.include({ streamType: 'on-demand', ended: true });
      expect(await info('live')).to.include({ streamType: 'live', dvr: false, ended: false });
      expect(await info('live-dvr')).to.include({ streamType: 'live', dvr: true, ended: false });
      expect(await info('live-ended')).to.include({ streamType: 'on-demand', ended: true, playlistType: 'EVENT' });
      expect(playlistInfo(await (await ok(hlsUrl({ playbackId: 'vod', domain }).url)).text()).streamType).to.equal(
        'unknown',
      );
    });
  });

  describe('text tracks, static renditions and images', () => {
    it('serves text tracks, public and signed', async () => {
      expect(await (await ok(textTrackUrl({ playbackId: 'vod', domain, trackId: 'en' }))).text()).to.contain('WEBVTT');
      const token = await tokenFor('signed-vod', 'v');
      await ok(textTrackUrl({ playbackId: 'signed-vod', domain, trackId: 'fr', token }));
    });

    it('serves static renditions', async () => {
      const range = { headers: { Range: 'bytes=0-1' } };
      for (const rendition of ['highest', 'capped-1080p', 'audio'] as const) {
        const response = await ok(mp4Url({ playbackId: 'vod', domain, rendition }), range);
        expect(response.status).to.equal(206);
      }
    });

    it('serves thumbnails, public and signed', async () => {
      const publicThumb = thumbnailUrl({ playbackId: 'vod', domain, time: 3, width: 320, format: 'webp' });
      expect(publicThumb.warnings).to.deep.equal([]);
      expect((await ok(publicThumb.url)).headers.get('content-type')).to.equal('image/webp');
      const token = await tokenFor('signed-vod', 't', { time: 3 });
      const signed = thumbnailUrl({ playbackId: 'signed-vod', domain, token, time: 3 });
      expect(signed.warnings).to.have.length(1);
      expect((await ok(signed.url)).headers.get('content-type')).to.equal('image/jpeg');
    });

    it('serves storyboards in the requested sheet format', async () => {
      const vtt = await (
        await ok(storyboardUrl({ playbackId: 'vod', domain, format: 'vtt', imageFormat: 'webp' }).url)
      ).text();
      expect(vtt)
        .to.match(/^WEBVTT/)
        .and.contain('/vod/storyboard.webp#xywh=');
      const json = (await (await ok(storyboardUrl({ playbackId: 'vod', domain, format: 'json' }).url)).json()) as {
        url: string;
        tiles: unknown[];
      };
      expect(json.url).to.contain('/vod/storyboard.jpg');
      expect(json.tiles.length).to.be.greaterThan(0);
      await ok(storyboardUrl({ playbackId: 'vod', domain, format: 'jpg' }).url);
      const token = await tokenFor('signed-vod', 's');
      const signed = await (
        await ok(storyboardUrl({ playbackId: 'signed-vod', domain, format: 'vtt', token }).url)
      ).text();
      expect(signed).to.contain('storyboard.jpg?token=');
    });
  });

  describe('DRM', () => {
    it('gets a ClearKey license with the drm token', async () => {
      const playback = await tokenFor('vod-clearkey', 'v');
      const text = await (await ok(hlsUrl({ playbackId: 'vod-clearkey', domain, token: playback }).url)).text();
      const kidBase64 = /SESSION-KEY:[^\n]*base64,([^"]+)"/.exec(text)?.[1] ?? '';
      const kid = kidBase64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      expect(kid).to.not.equal('');
      const token = await tokenFor('vod-clearkey', 'd');
      const response = await ok(licenseUrl({ keySystem: 'clearkey', playbackId: 'vod-clearkey', domain, token }), {
        method: 'POST',
        body: JSON.stringify({ kids: [kid] }),
      });
      const license = (await response.json()) as { keys: { kid: string }[] };
      expect(license.keys[0]?.kid).to.equal(kid);
    });

    it('maps the license server refusals', async () => {
      const token = await tokenFor('vod-clearkey', 'd');
      const widevine = await refusal(
        licenseUrl({ keySystem: 'widevine', playbackId: 'vod-clearkey', domain, token }),
        'drm',
      );
      expect(widevine).to.include({ code: 'DRM_LICENSE_UNAVAILABLE', category: 'drm' });
      const certificate = await refusal(fairplayCertificateUrl({ playbackId: 'vod-clearkey', domain, token }), 'drm');
      expect(certificate.code).to.equal('DRM_LICENSE_UNAVAILABLE');
      const wrongAudience = await refusal(
        licenseUrl({
          keySystem: 'clearkey',
          playbackId: 'vod-clearkey',
          domain,
          token: await tokenFor('vod-clearkey', 'v'),
        }),
        'drm',
        { method: 'POST', body: '{"kids":[]}' },
      );
      expect(wrongAudience.code).to.equal('TOKEN_WRONG_AUDIENCE');
      expect(wrongAudience.message).to.contain('drm-token has aud "v" but DRM licenses need aud "d"');
    });
  });

  describe('errorFromHttp of each refusal', () => {
    const stream = (path: string): string => originUrl('stream', path);

    it('404: unknown playback ID', async () => {
      const error = await refusal(hlsUrl({ playbackId: 'an-asset-id', domain }).url, 'video');
      expect(error.code).to.equal('NOT_FOUND');
      expect(error.message).to.equal(
        'playback ID "an-asset-id" not found — did you use an asset ID instead of a playback ID?',
      );
    });

    it('404: a missing resource of a known ID', async () => {
      const error = await refusal(textTrackUrl({ playbackId: 'vod', domain, trackId: 'de' }), 'video');
      expect(error.code).to.equal('NOT_FOUND');
      expect(error.message).to.contain('no text track "de"');
      const images = await refusal(thumbnailUrl({ playbackId: 'audio-only', domain }).url, 'thumbnail');
      expect(images).to.include({ code: 'NOT_FOUND', category: 'thumbnail' });
    });

    it('412: live stream not started', async () => {
      const error = await refusal(hlsUrl({ playbackId: 'live-not-started', domain }).url, 'video');
      expect(error.code).to.equal('NOT_LIVE_YET');
      expect(error.fatal).to.be.false;
    });

    it('403: missing token', async () => {
      const error = await refusal(hlsUrl({ playbackId: 'signed-vod', domain }).url, 'video');
      expect(error.code).to.equal('TOKEN_MISSING');
      expect(error.message).to.contain('set playback-token');
    });

    it('403: token on a public ID', async () => {
      const token = await tokenFor('vod', 'v');
      const error = await refusal(hlsUrl({ playbackId: 'vod', domain, token }).url, 'video');
      expect(error.code).to.equal('TOKEN_ON_PUBLIC_ID');
      expect(error.message).to.contain('playback ID "vod" is public: remove playback-token');
    });

    it('403: parameters beside the token', async () => {
      const token = await tokenFor('signed-vod', 'v');
      const error = await refusal(stream(`/signed-vod.m3u8?token=${token}&max_resolution=360p`), 'video');
      expect(error.code).to.equal('PARAMS_BESIDE_TOKEN');
      expect(error.message).to.contain('move max_resolution into the claims of playback-token');
    });

    it('403: expired token, caught locally first with the same message', async () => {
      const token = await mintToken({ sub: 'signed-vod', aud: 'v' }, { expiresIn: -120 });
      const local = checkToken(token, { audience: 'v', playbackId: 'signed-vod', attribute: 'playback-token' });
      expect(local?.code).to.equal('TOKEN_EXPIRED');
      expect(local?.message).to.match(
        /^playback-token expired at \S+Z \(2 minutes ago\); mint a new token on your server$/,
      );
      const error = await refusal(hlsUrl({ playbackId: 'signed-vod', domain, token }).url, 'video');
      expect(error.code).to.equal('TOKEN_EXPIRED');
      expect(error.message).to.equal(local?.message);
      expect(JSON.stringify(error)).to.not.contain(token);
    });

    it('403: wrong audience, for video and thumbnails', async () => {
      const thumbToken = await tokenFor('signed-vod', 't');
      const video = await refusal(hlsUrl({ playbackId: 'signed-vod', domain, token: thumbToken }).url, 'video');
      expect(video.code).to.equal('TOKEN_WRONG_AUDIENCE');
      expect(video.message).to.contain('playback-token has aud "t" but video and captions need aud "v"');
      const videoToken = await tokenFor('signed-vod', 'v');
      const thumb = await refusal(
        thumbnailUrl({ playbackId: 'signed-vod', domain, token: videoToken }).url,
        'thumbnail',
      );
      expect(thumb).to.include({ code: 'TOKEN_WRONG_AUDIENCE', category: 'thumbnail' });
      expect(thumb.message).to.contain('thumbnail-token has aud "v" but thumbnails need aud "t"');
    });

    it('403: token for another playback ID', async () => {
      const token = await tokenFor('vod-clearkey', 'v');
      const error = await refusal(hlsUrl({ playbackId: 'signed-vod', domain, token }).url, 'video');
      expect(error.code).to.equal('TOKEN_WRONG_SUBJECT');
      expect(error.message).to.contain('is for playback ID "vod-clearkey", not "signed-vod"');
    });

    it('403: malformed token', async () => {
      const error = await refusal(hlsUrl({ playbackId: 'signed-vod', domain, token: 'not-a-jwt' }).url, 'video');
      expect(error.code).to.equal('TOKEN_MALFORMED');
    });

    it('403: forged token and unknown signing key', async () => {
      const forged = await mintToken({ sub: 'signed-vod', aud: 'v' }, { forged: true });
      const error = await refusal(hlsUrl({ playbackId: 'signed-vod', domain, token: forged }).url, 'video');
      expect(error.code).to.equal('TOKEN_INVALID_SIGNATURE');
      const response = await fetch(originUrl('control', '/tokens'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ claims: { sub: 'signed-vod', aud: 'v' }, kid: 'retired-key' }),
      });
      const { token } = (await response.json()) as { token: string };
      const unknownKey = await refusal(hlsUrl({ playbackId: 'signed-vod', domain, token }).url, 'video');
      expect(unknownKey.code).to.equal('TOKEN_INVALID_SIGNATURE');
      expect(unknownKey.context?.reason).to.equal('token_unknown_key');
    });

    it('403: storyboard of a signed ID without its token', async () => {
      const error = await refusal(storyboardUrl({ playbackId: 'signed-vod', domain, format: 'vtt' }).url, 'storyboard');
      expect(error).to.include({ code: 'TOKEN_MISSING', category: 'storyboard' });
      expect(error.message).to.contain('storyboard-token');
    });

    it('400: invalid modifier and image option values', async () => {
      const modifier = await refusal(
        hlsUrl({ playbackId: 'vod', domain, extraParams: new URLSearchParams('max_resolution=900p') }).url,
        'video',
      );
      expect(modifier.code).to.equal('BAD_REQUEST');
      expect(modifier.context?.reason).to.equal('bad_modifier');
      expect(modifier.message).to.contain('max_resolution=900p is invalid');
      const image = await refusal(originUrl('image', '/vod/thumbnail.jpg?rotate=45'), 'thumbnail');
      expect(image).to.include({ code: 'BAD_REQUEST', category: 'thumbnail' });
      expect(image.message).to.contain('rotate=45');
    });

    it('404: animated images are not rendered by this origin', async () => {
      const error = await refusal(animatedUrl({ playbackId: 'vod', domain }).url, 'thumbnail');
      expect(error.code).to.equal('NOT_FOUND');
    });

    it('5xx: a failing origin', async () => {
      await addFault({ host: 'stream', path: '/vod.m3u8', status: 503 });
      const error = await refusal(hlsUrl({ playbackId: 'vod', domain }).url, 'video');
      expect(error.code).to.equal('SERVER_ERROR');
      expect(error.fatal).to.be.false;
    });

    it('status 0: no response', async () => {
      const url = 'http://stream.localhost:9/vod.m3u8';
      const failed = await fetch(url).then(
        () => false,
        () => true,
      );
      expect(failed).to.be.true;
      expect(errorFromHttp({ status: 0, url, category: 'video' }).code).to.equal('NETWORK');
    });

    it('reads the reason from a real XMLHttpRequest, as hls.js hands it over', async () => {
      const token = await mintToken({ sub: 'signed-vod', aud: 'v' }, { expiresIn: -60 });
      const url = hlsUrl({ playbackId: 'signed-vod', domain, token }).url;
      const xhr = new XMLHttpRequest();
      await new Promise((loaded) => {
        xhr.addEventListener('loadend', loaded);
        xhr.open('GET', url);
        xhr.send();
      });
      expect(xhr.status).to.equal(403);
      const error = errorFromHls({
        type: 'networkError',
        details: 'manifestLoadError',
        fatal: true,
        url,
        response: { code: xhr.status, text: xhr.statusText },
        networkDetails: xhr,
      });
      expect(error.code).to.equal('TOKEN_EXPIRED');
      expect(error.context?.reason).to.equal('token_expired');
      expect(error.message).to.contain('playback-token expired at');
    });
  });
});
