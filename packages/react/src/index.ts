'use client';
/**
 * @videokit/react: React components for the videokit elements, thin `@lit/react` wrappers. Each
 * registers its element on the client when it first renders; on the server it renders a stable
 * placeholder. `@videokit/react/lazy` loads the player only when it is needed.
 */
export { VideoPlayer, videoPlayerEvents, type VideoPlayerProps } from './video-player.ts';
export {
  VideoUploader,
  VideoUploaderCancel,
  VideoUploaderDrop,
  VideoUploaderFileSelect,
  VideoUploaderPause,
  VideoUploaderProgress,
  VideoUploaderRetry,
  VideoUploaderStatus,
  videoUploaderEvents,
} from './uploader.ts';
export { StoryboardPreview, storyboardPreviewEvents } from './storyboard-preview.ts';
export { AdLayer, adLayerEvents } from './ad-layer.ts';
export type { PlayerTokens } from '@videokit/video-player';
