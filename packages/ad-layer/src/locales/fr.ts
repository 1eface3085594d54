import type { AdStrings } from '../strings.ts';

export const strings: AdStrings = {
  ad: 'Annonce',
  adOf: 'Annonce {position} sur {total}',
  timeLeft: 'Temps restant de cette annonce',
  playAd: 'Lire l’annonce',
  pauseAd: 'Mettre l’annonce en pause',
  skipAd: 'Ignorer l’annonce',
  noSeeking: 'Impossible de se déplacer dans la vidéo avant la fin de la publicité.',
  skipIn: 'Ignorer dans {seconds}',
  dismiss: 'Fermer',
  blocked: 'Les annonces n’ont pas pu être chargées. La vidéo est lue sans elles.',
};
