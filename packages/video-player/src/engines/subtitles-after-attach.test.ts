import { expect } from '@esm-bundle/chai';
import Hls from 'hls.js';
import { originUrl } from '../../../../test/browser/origin.ts';
import { until } from '../../../../test/browser/player.ts';
import { gatedLoader } from './gated-loader.ts';
import { SubtitlesAfterAttach } from './subtitles-after-attach.ts';

describe('subtitle segments wait for the media', () => {
  it('keeps the cues of a subtitle segment prefetched before the media was attached', async () => {
    // Without the gate, hls.js 1.7 loads and parses en.vtt during the wait below, drops its cues
    // (the text track does not exist yet) and never loads it again: English shows, empty.
    const media = Object.assign(document.createElement('video'), { muted: true });
    document.body.append(media);
    const subtitles = new SubtitlesAfterAttach();
    const hls = new Hls({
      startFragPrefetch: true,
      subtitlePreference: { lang: 'en' },
      loader: gatedLoader(Hls.DefaultConfig.loader, [subtitles]),
    });
    hls.once(Hls.Events.MEDIA_ATTACHED, () => subtitles.attached());
    try {
      hls.loadSource(originUrl('stream', '/vod.m3u8'));
      // A MediaSource that opens late (a busy main thread): the prefetch runs meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      hls.attachMedia(media);
      const english = (): TextTrack | undefined => [...media.textTracks].find((track) => track.language === 'en');
      await until(() => (english()?.cues?.length ?? 0) > 0, 'the English cues');
      expect(english()?.mode).to.equal('showing');
    } finally {
      hls.destroy();
      media.remove();
    }
  });
});
