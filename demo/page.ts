// What every demo page reads first: the origin's domain (written into the page by `npm start`),
// its elements by id, and its player.

export const originDomain =
  document.querySelector<HTMLMetaElement>('meta[name="videokit-origin"]')?.content ?? 'localhost:4000';

export function element<T extends HTMLElement>(id: string, type: abstract new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`demo page is missing #${id}`);
  return found;
}

export function pagePlayer(): HTMLElementTagNameMap['video-player'] {
  const found = document.querySelector('video-player');
  if (!found) throw new Error('demo page is missing <video-player>');
  return found;
}
