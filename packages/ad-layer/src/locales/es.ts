import type { AdStrings } from '../strings.ts';

export const strings: AdStrings = {
  ad: 'Anuncio',
  adOf: 'Anuncio {position} de {total}',
  timeLeft: 'Tiempo restante del anuncio',
  playAd: 'Reproducir anuncio',
  pauseAd: 'Pausar anuncio',
  skipAd: 'Omitir anuncio',
  skipIn: 'Omitir en {seconds}',
  dismiss: 'Cerrar',
  blocked: 'No se pudieron cargar los anuncios. El vídeo se reproduce sin ellos.',
};
