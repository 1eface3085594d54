/** How menus and announcements name a playback rate and a track, in the viewer's locale. */
import { languageName } from '../i18n/index.ts';
import type { ControlsContext } from './context.ts';

/** `1.5×`, or the locale's "Normal" for 1. */
export const rateLabel = (ctx: Pick<ControlsContext, 't' | 'locale'>, rate: number): string =>
  rate === 1 ? ctx.t('normal') : `${new Intl.NumberFormat(ctx.locale.lang).format(rate)}×`;

/** A track's own label, else its language named in the viewer's locale. */
export const trackLabel = (ctx: Pick<ControlsContext, 'locale'>, track: { label: string; language: string }): string =>
  track.label || languageName(track.language, ctx.locale.lang);
