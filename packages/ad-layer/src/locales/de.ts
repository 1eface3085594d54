import type { AdStrings } from '../strings.ts';

export const strings: AdStrings = {
  ad: 'Werbung',
  adOf: 'Werbung {position} von {total}',
  timeLeft: 'Verbleibende Zeit dieser Werbung',
  playAd: 'Werbung abspielen',
  pauseAd: 'Werbung pausieren',
  skipAd: 'Werbung überspringen',
  noSeeking: 'Spulen ist erst nach der Werbung möglich.',
  skipIn: 'Überspringen in {seconds}',
  dismiss: 'Schließen',
  blocked: 'Die Werbung konnte nicht geladen werden. Das Video läuft ohne sie.',
};
