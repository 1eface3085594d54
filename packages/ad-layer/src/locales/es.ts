import type { AdStrings } from '../strings.ts';

export const strings: AdStrings = {
  ad: 'Anuncio',
  adOf: 'Anuncio {position} de {total}',
  timeLeft: 'Tiempo restante del anuncio',
  playAd: 'Reproducir anuncio',
  pauseAd: 'Pausar anuncio',
  skipAd: 'Omitir anuncio',
  noSeeking: 'No se puede avanzar ni retroceder hasta que termine el anuncio.',
  skipIn: 'Omitir en {seconds}',
  dismiss: 'Cerrar',
  blocked: 'No se pudieron cargar los anuncios. El vídeo se reproduce sin ellos.',
};
