/** Mux Player's names for the controls we name otherwise (the caption style menu is part of its captions menu). */
const MUX_NAMES: Partial<Record<string, string>> = {
  audio: 'audio-track',
  quality: 'rendition',
  rate: 'playback-rate',
  style: 'captions',
};

/** Mux Player's name for one of our controls. */
export const muxName = (name: string): string => MUX_NAMES[name] ?? name;

/**
 * A control bar button's part names: ours (`play-button`), then Mux Player's (`bottom play button`),
 * so a page's `::part()` rules written for either style it.
 */
export const buttonParts = (name: string): string => `${name}-button bottom ${muxName(name)} button`;
