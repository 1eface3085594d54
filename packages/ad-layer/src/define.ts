import { AdLayer } from './ad-layer.ts';

if (!customElements.get('ad-layer')) customElements.define('ad-layer', AdLayer);

declare global {
  interface HTMLElementTagNameMap {
    'ad-layer': AdLayer;
  }
}
