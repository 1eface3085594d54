/**
 * The words of the ad surface, through core's translation kit: English is bundled, the player's
 * other languages load on first use and fall back to English key by key.
 */
import { translations } from '@videokit/core/translations';

export const en = {
  ad: 'Ad',
  adOf: 'Ad {position} of {total}',
  timeLeft: 'Time left in this ad',
  playAd: 'Play ad',
  pauseAd: 'Pause ad',
  skipAd: 'Skip ad',
  noSeeking: 'Seeking is unavailable until the ad ends.',
  skipIn: 'Skip in {seconds}',
  dismiss: 'Dismiss',
  blocked: 'Ads could not load. The video plays without them.',
};

export type AdStrings = typeof en;

export const AD_STRINGS = translations(en, {
  es: () => import('./locales/es.ts').then((module) => module.strings),
  fr: () => import('./locales/fr.ts').then((module) => module.strings),
  de: () => import('./locales/de.ts').then((module) => module.strings),
  ja: () => import('./locales/ja.ts').then((module) => module.strings),
  ar: () => import('./locales/ar.ts').then((module) => module.strings),
});
