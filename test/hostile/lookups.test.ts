/**
 * Names every object inherits, as attribute values: anything looked up by value must find only
 * its table's own entries. `lang="constructor"` used to load `Object` as a locale (an `Intl`
 * RangeError in every render, so the player never played) and `lang="__proto__"` threw.
 */
import { expect } from '@esm-bundle/chai';
import '../../packages/storyboard-preview/src/define.ts';
import '../../packages/uploader/src/define.ts';
import { mountEmbed } from '../../packages/embed/src/mount-embed.ts';
import { parseHeaders } from '../../packages/uploader/src/transport/http.ts';
import type { VideoPlayer } from '../../packages/video-player/src/video-player.ts';
import { domain, originUrl } from '../browser/origin.ts';
import { playsPast } from '../browser/playback.ts';
import { innerVideo, mountPlayer, nextEvent, unmountAll, until } from '../browser/player.ts';

const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

/** Uncaught errors and rejections while `run` goes on (a render that throws lands here). */
async function uncaught(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const onError = (event: ErrorEvent): void => void seen.push(event.message);
  const onRejection = (event: PromiseRejectionEvent): void => void seen.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    // Let a failed render's rejection surface.
    await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}

/** The player rendered its controls and will play. */
async function expectPlays(player: VideoPlayer): Promise<void> {
  await nextEvent(player, 'loadedmetadata');
  await player.play();
  await playsPast(innerVideo(player), 0.3);
  await player.updateComplete;
  expect(player.shadowRoot?.querySelector('[part~=controls-layer]')).to.not.equal(null);
  expect(player.error).to.equal(null);
}

describe('hostile: inherited names as attribute values', () => {
  afterEach(() => unmountAll());

  for (const name of INHERITED) {
    it(`lang="${name}" on the player or an ancestor: English, and it plays`, async () => {
      const errors = await uncaught(async () => {
        const player = await mountPlayer({ 'playback-id': 'vod', muted: true, 'disable-tracking': true, lang: name });
        await expectPlays(player);
        expect(player.shadowRoot?.querySelector('[part~=controls-layer]')?.getAttribute('lang')).to.equal('en');
        const ancestor = document.createElement('div');
        ancestor.lang = name;
        document.body.append(ancestor);
        try {
          player.removeAttribute('lang');
          ancestor.append(player);
          await player.updateComplete;
          await new Promise((resolve) => setTimeout(resolve, 50));
          await player.updateComplete;
          expect(player.shadowRoot?.querySelector('[part~=controls-layer]')?.getAttribute('lang')).to.equal('en');
        } finally {
          ancestor.remove();
        }
      });
      expect(errors).to.deep.equal([]);
    });
  }

  it('from an embed URL: ?lang=constructor plays', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const stop = mountEmbed(
      container,
      new URL(`${originUrl('player', '/vod')}?lang=constructor&muted&disable-tracking`),
    );
    try {
      const errors = await uncaught(async () => {
        const player = container.querySelector('video-player');
        if (!player) throw new Error('no player');
        await expectPlays(player);
      });
      expect(errors).to.deep.equal([]);
    } finally {
      stop();
      container.remove();
    }
  });

  // Enumerated attributes: an unknown value warns and reads as unset, or stops with an error
  // naming the attribute; it never finds something inherited and never throws.
  const WARNED = ['stream-type', 'prefer-playback', 'preload'];
  const REFUSED = ['max-resolution', 'min-resolution', 'rendition-order', 'default-subtitles-lang'];
  const ACCEPTED = ['theme', 'hotkeys', 'autoplay', 'cast-receiver'];

  for (const attribute of [...WARNED, ...REFUSED, ...ACCEPTED]) {
    it(`${attribute}: inherited names are unknown values, said so, never thrown`, async () => {
      for (const name of INHERITED) {
        const errors = await uncaught(async () => {
          const player = await mountPlayer({
            'playback-id': 'vod',
            preload: 'metadata',
            muted: true,
            'disable-tracking': true,
            [attribute]: name,
          });
          await player.updateComplete;
          if (REFUSED.includes(attribute)) {
            await until(() => player.error !== null, `an error for ${attribute}="${name}"`, 10_000);
            expect(player.error?.code, name).to.equal('INVALID_ATTRIBUTE');
            expect(player.error?.message, name).to.include(attribute);
          } else {
            await nextEvent(player, 'loadedmetadata');
            expect(player.error, `${attribute}="${name}"`).to.equal(null);
          }
          unmountAll();
        });
        expect(errors, `${attribute}="${name}"`).to.deep.equal([]);
      }
    });
  }

  it('the uploader: lang and locale fall back to English', async () => {
    for (const name of INHERITED) {
      const errors = await uncaught(async () => {
        for (const attribute of ['lang', 'locale']) {
          const uploader = document.createElement('video-uploader');
          uploader.setAttribute(attribute, name);
          uploader.setAttribute('endpoint', originUrl('upload', '/nowhere'));
          document.body.append(uploader);
          await uploader.updateComplete;
          expect(uploader.shadowRoot?.textContent, `${attribute}="${name}"`).to.match(/drop|choose|upload/i);
          uploader.remove();
        }
      });
      expect(errors, name).to.deep.equal([]);
    }
  });

  it('the storyboard preview: format is vtt or json, else an error naming it', async () => {
    for (const name of INHERITED) {
      const preview = document.createElement('storyboard-preview');
      preview.setAttribute('playback-id', 'vod');
      preview.setAttribute('custom-domain', domain);
      preview.setAttribute('format', name);
      const failed = nextEvent<Event & { detail: { code: string; message: string } }>(preview, 'storyboarderror');
      document.body.append(preview);
      const { detail } = await failed;
      preview.remove();
      expect(detail.code, name).to.equal('INVALID_ATTRIBUTE');
      expect(detail.message, name).to.include(`format="${name}"`);
    }
  });

  it("the uploader's response headers: inherited names are headers like any other", () => {
    const headers = parseHeaders('Constructor: a\r\nvalueOf: b\r\nconstructor: c\r\nRange: bytes=0-9\r\n');
    expect(headers.constructor).to.equal('a, c');
    expect(headers.valueof).to.equal('b');
    expect(headers.range).to.equal('bytes=0-9');
  });
});
