/** @videokit/embed: the iframe embed page that plays a playback ID. */
export {};
