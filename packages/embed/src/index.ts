/**
 * @videokit/embed: the iframe embed page that plays a playback ID. The page is built as static
 * files (`dist/`); these exports let a server render its social tags and tests drive it.
 */
export { embedConfig, platformDomain, EMBED_ATTRIBUTES, type EmbedConfig } from './embed-params.ts';
export { bridgeMessages, type EmbedCommand } from './message-bridge.ts';
export { socialMeta, socialMetaHtml, type MetaTag, type SocialCard } from './social-meta.ts';
