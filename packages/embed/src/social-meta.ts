import { defaultPoster } from '@videokit/core';

/** One `<meta>` tag: Open Graph uses `property`, Twitter cards use `name`. */
export interface MetaTag {
  key: 'property' | 'name';
  value: string;
  content: string;
}

export interface SocialCard {
  playbackId: string;
  /** The platform domain (`mux.com`, `localhost:4000`). */
  domain: string;
  /** This embed page's URL: what a card's player opens. */
  pageUrl: string;
  /** Core's `videoTitleOf` of the page's parameters. */
  title: string | undefined;
  thumbnailToken?: string | undefined;
  playbackToken?: string | undefined;
}

/**
 * Open Graph and Twitter player-card tags for a playback ID (seed "Embed videos for social media").
 * The picture is core's default poster: none for a signed ID without a thumbnail token.
 */
export function socialMeta(card: SocialCard): MetaTag[] {
  const image = defaultPoster({
    playbackId: card.playbackId,
    domain: card.domain,
    thumbnailToken: card.thumbnailToken,
    playbackToken: card.playbackToken,
    // Social crawlers are not all browsers: the card's picture stays JPEG.
    format: 'jpg',
  }).url;
  const title = card.title ?? 'Video';
  const tags: MetaTag[] = [
    { key: 'property', value: 'og:type', content: 'video.other' },
    { key: 'property', value: 'og:title', content: title },
    { key: 'property', value: 'og:url', content: card.pageUrl },
    { key: 'property', value: 'og:image', content: image ?? '' },
    { key: 'property', value: 'og:video', content: card.pageUrl },
    { key: 'property', value: 'og:video:type', content: 'text/html' },
    { key: 'property', value: 'og:video:width', content: '1280' },
    { key: 'property', value: 'og:video:height', content: '720' },
    { key: 'name', value: 'twitter:card', content: 'player' },
    { key: 'name', value: 'twitter:title', content: title },
    { key: 'name', value: 'twitter:image', content: image ?? '' },
    { key: 'name', value: 'twitter:player', content: card.pageUrl },
    { key: 'name', value: 'twitter:player:width', content: '1280' },
    { key: 'name', value: 'twitter:player:height', content: '720' },
  ];
  return image ? tags : tags.filter((tag) => !tag.value.endsWith(':image'));
}

const escape = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${String(char.charCodeAt(0))};`);

/** The tags as HTML, escaped, for a server that renders the page's `<head>` (crawlers run no script). */
export function socialMetaHtml(card: SocialCard): string {
  return socialMeta(card)
    .map((tag) => `<meta ${tag.key}="${escape(tag.value)}" content="${escape(tag.content)}" />`)
    .join('\n    ');
}
