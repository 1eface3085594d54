/**
 * @videokit/video-player: the `<video-player>` element, its playback engines and
 * its controls. Importing this module registers nothing; `define.ts` does.
 */
export {};
