import { StoryboardPreview } from './storyboard-preview.ts';

if (!customElements.get('storyboard-preview')) customElements.define('storyboard-preview', StoryboardPreview);

declare global {
  interface HTMLElementTagNameMap {
    'storyboard-preview': StoryboardPreview;
  }
}
