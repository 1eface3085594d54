import type { AdStrings } from '../strings.ts';

export const strings: AdStrings = {
  ad: 'Annonce',
  adOf: 'Annonce {position} sur {total}',
  timeLeft: 'Temps restant de cette annonce',
  playAd: 'Lire l’annonce',
  pauseAd: 'Mettre l’annonce en pause',
  skipAd: 'Ignorer l’annonce',
  skipIn: 'Ignorer dans {seconds}',
  dismiss: 'Fermer',
  blocked: 'Les annonces n’ont pas pu être chargées. La vidéo est lue sans elles.',
};
