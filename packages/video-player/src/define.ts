import { VideoPlayer } from './video-player.ts';

if (!customElements.get('video-player')) customElements.define('video-player', VideoPlayer);

declare global {
  interface HTMLElementTagNameMap {
    'video-player': VideoPlayer;
  }
}
