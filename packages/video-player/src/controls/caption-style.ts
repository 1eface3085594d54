/** Caption style settings: the choices the menu offers and the `::cue` CSS they produce. */

export interface CaptionStyle {
  size: string;
  color: string;
  background: string;
  opacity: string;
  font: string;
  edge: string;
}

/** Each setting's choices: the value and its label, a string key or a literal (`50%`). */
export const CAPTION_OPTIONS: Record<keyof CaptionStyle, readonly (readonly [string, string])[]> = {
  size: [
    ['50%', '50%'],
    ['75%', '75%'],
    ['100%', '100%'],
    ['150%', '150%'],
    ['200%', '200%'],
  ],
  color: [
    ['#fff', 'white'],
    ['#ff0', 'yellow'],
    ['#0f0', 'green'],
    ['#0ff', 'cyan'],
    ['#000', 'black'],
  ],
  background: [
    ['0 0 0', 'black'],
    ['255 255 255', 'white'],
  ],
  opacity: [
    ['0', '0%'],
    ['0.5', '50%'],
    ['0.75', '75%'],
    ['1', '100%'],
  ],
  font: [
    ['sans-serif', 'sans'],
    ['serif', 'serif'],
    ['monospace', 'mono'],
  ],
  edge: [
    ['none', 'none'],
    ['outline', 'outline'],
    ['shadow', 'shadow'],
  ],
};

export const CAPTION_SETTINGS = Object.keys(CAPTION_OPTIONS) as (keyof CaptionStyle)[];

export const DEFAULT_CAPTION_STYLE: CaptionStyle = {
  size: '100%',
  color: '#fff',
  background: '0 0 0',
  opacity: '0.75',
  font: 'sans-serif',
  edge: 'none',
};

/** Custom properties read by the `::cue` rule and the preview sample. */
export function captionCss(style: CaptionStyle): Record<string, string> {
  const edge =
    style.edge === 'outline'
      ? '-1px -1px #000, 1px -1px #000, -1px 1px #000, 1px 1px #000'
      : style.edge === 'shadow'
        ? '2px 2px 3px #000'
        : 'none';
  return {
    '--vk-cue-size': style.size,
    '--vk-cue-color': style.color,
    '--vk-cue-bg': `rgb(${style.background} / ${style.opacity})`,
    '--vk-cue-font': style.font,
    '--vk-cue-edge': edge,
  };
}

/** A stored style with only the values the menu offers: storage written elsewhere must not reach CSS. */
export function offeredCaptionStyle(saved: Partial<CaptionStyle>): CaptionStyle {
  const style = { ...DEFAULT_CAPTION_STYLE };
  for (const setting of CAPTION_SETTINGS) {
    const offered = CAPTION_OPTIONS[setting].find(([value]) => value === saved[setting]);
    if (offered) style[setting] = offered[0];
  }
  return style;
}
