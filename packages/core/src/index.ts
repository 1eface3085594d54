/**
 * @videokit/core: the platform contract as plain TypeScript (URLs, playback
 * modifiers, tokens, errors, stream types). No rendering, no DOM at import time.
 */
export * from './css-url.ts';
export * from './default-poster.ts';
export * from './domain.ts';
export * from './errors.ts';
export * from './modifiers.ts';
export * from './playback-id.ts';
export * from './redact-values.ts';
export * from './redact.ts';
export * from './storyboard-source.ts';
export * from './stream-type.ts';
export * from './titles.ts';
export * from './tokens.ts';
export * from './urls.ts';
export * from './language.ts';
