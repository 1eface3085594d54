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
  title: string | undefined;
  thumbnailToken: string | undefined;
}

const scheme = (domain: string): string => (/^localhost(:\d+)?$|\.localhost(:\d+)?$/.test(domain) ? 'http' : 'https');

/** Open Graph and Twitter player-card tags for a playback ID (seed "Embed videos for social media"). */
export function socialMeta(card: SocialCard): MetaTag[] {
  const id = encodeURIComponent(card.playbackId);
  const token = card.thumbnailToken ? `?token=${encodeURIComponent(card.thumbnailToken)}` : '';
  const image = `${scheme(card.domain)}://image.${card.domain}/${id}/thumbnail.jpg${token}`;
  const title = card.title ?? 'Video';
  return [
    { key: 'property', value: 'og:type', content: 'video.other' },
    { key: 'property', value: 'og:title', content: title },
    { key: 'property', value: 'og:url', content: card.pageUrl },
    { key: 'property', value: 'og:image', content: image },
    { key: 'property', value: 'og:video', content: card.pageUrl },
    { key: 'property', value: 'og:video:type', content: 'text/html' },
    { key: 'property', value: 'og:video:width', content: '1280' },
    { key: 'property', value: 'og:video:height', content: '720' },
    { key: 'name', value: 'twitter:card', content: 'player' },
    { key: 'name', value: 'twitter:title', content: title },
    { key: 'name', value: 'twitter:image', content: image },
    { key: 'name', value: 'twitter:player', content: card.pageUrl },
    { key: 'name', value: 'twitter:player:width', content: '1280' },
    { key: 'name', value: 'twitter:player:height', content: '720' },
  ];
}

const escape = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${String(char.charCodeAt(0))};`);

/** The tags as HTML, escaped, for a server that renders the page's `<head>` (crawlers run no script). */
export function socialMetaHtml(card: SocialCard): string {
  return socialMeta(card)
    .map((tag) => `<meta ${tag.key}="${escape(tag.value)}" content="${escape(tag.content)}" />`)
    .join('\n    ');
}
