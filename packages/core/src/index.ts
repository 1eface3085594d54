/**
 * @videokit/core: the platform contract as plain TypeScript (URLs, playback
 * modifiers, tokens, errors, stream types). No rendering, no DOM at import time.
 */
export {};
