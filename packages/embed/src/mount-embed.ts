import { videoTitleOf } from '@videokit/core';
import '@videokit/video-player/define';
import { embedConfig, platformDomain } from './embed-params.ts';
import { bridgeMessages } from './message-bridge.ts';
import { socialMeta } from './social-meta.ts';

/** The origin of the page embedding this one, when the browser says (Chromium, Safari). */
function embeddingOrigin(): string | undefined {
  // Firefox has no ancestorOrigins; the referrer (the page keeps `origin` referrers) stands in.
  if ('ancestorOrigins' in location && location.ancestorOrigins.length) return location.ancestorOrigins[0] ?? undefined;
  if (!document.referrer) return undefined;
  try {
    return new URL(document.referrer).origin;
  } catch {
    return undefined;
  }
}

/**
 * Builds the embed page for `url`: a full-viewport `<video-player>` from the allowed query
 * parameters, its title and social tags (set as text, never as HTML), and the message bridge.
 * Returns a teardown.
 */
export function mountEmbed(container: HTMLElement, url: URL): () => void {
  const config = embedConfig(url);
  if (config.ignored.length) console.warn(`videokit embed: ignored unknown parameters ${config.ignored.join(', ')}`);
  const player = document.createElement('video-player');
  const domain = platformDomain(url.host);
  player.setAttribute('custom-domain', domain);
  for (const [name, value] of Object.entries(config.attributes)) player.setAttribute(name, value);
  if (config.playbackId) player.setAttribute('playback-id', config.playbackId);
  container.append(player);

  const title = videoTitleOf(config.attributes);
  if (title) document.title = title;
  if (config.playbackId) {
    for (const tag of socialMeta({
      playbackId: config.playbackId,
      domain,
      pageUrl: url.href,
      title,
      thumbnailToken: config.attributes['thumbnail-token'],
      playbackToken: config.attributes['playback-token'],
    })) {
      if (document.head.querySelector(`meta[${tag.key}="${tag.value}"]`)) continue;
      const meta = document.createElement('meta');
      meta.setAttribute(tag.key, tag.value);
      meta.content = tag.content;
      document.head.append(meta);
    }
  }

  const parentOrigin = window.parent === window ? undefined : embeddingOrigin();
  const extra = (url.searchParams.get('allowed-origins') ?? '').split(',').map((origin) => origin.trim());
  const stop = bridgeMessages(player, {
    allowedOrigins: [...(parentOrigin ? [parentOrigin] : []), ...extra.filter(Boolean)],
    parent: window.parent === window ? null : window.parent,
    parentOrigin,
  });
  return () => {
    stop();
    player.remove();
  };
}
