/**
 * Errors of the player: the `PlayerError` type and its codes, and the mappings from HTTP
 * responses, hls.js errors and media-element errors. Each lives in its own module; this one
 * gathers them.
 */
export * from './player-error.ts';
export * from './http-errors.ts';
export * from './hls-errors.ts';
