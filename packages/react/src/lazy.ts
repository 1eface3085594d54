'use client';
/**
 * @videokit/react/lazy: `VideoPlayer` that shows its placeholder (the player's box, poster and
 * `placeholder` image) until it is needed, then loads the player with a dynamic `import()`.
 */
import type { VideoPlayer as VideoPlayerElement } from '@videokit/video-player';
import { createElement, forwardRef, lazy, Suspense, useEffect, useRef, useState } from 'react';
import { playerPlaceholder } from './placeholder.ts';
import type { VideoPlayerProps } from './video-player.ts';

export interface LazyVideoPlayerProps extends VideoPlayerProps {
  /**
   * `viewport` (default): load once the page has loaded and the placeholder is in the viewport.
   * `page`: load once the page has loaded.
   */
  loading?: 'page' | 'viewport';
}

const Player = lazy(() => import('./video-player.ts').then((module) => ({ default: module.VideoPlayer })));

/** `VideoPlayer` from `@videokit/react`, loaded when the page has loaded (and, by default, when it is in view). */
export const VideoPlayer = forwardRef<VideoPlayerElement, LazyVideoPlayerProps>(function LazyVideoPlayer(
  { loading = 'viewport', ...props },
  ref,
) {
  const [load, setLoad] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (load) return undefined;
    let observer: IntersectionObserver | undefined;
    const afterPage = (): void => {
      if (loading === 'page' || !box.current) return setLoad(true);
      observer = new IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setLoad(true);
      });
      observer.observe(box.current);
    };
    if (document.readyState === 'complete') afterPage();
    else addEventListener('load', afterPage, { once: true });
    return () => {
      removeEventListener('load', afterPage);
      observer?.disconnect();
    };
  }, [load, loading]);

  const placeholder = playerPlaceholder(props, box);
  return load
    ? createElement(Suspense, { fallback: placeholder }, createElement(Player, { ...props, ref }))
    : placeholder;
});

export default VideoPlayer;
