// Its own entry: the placeholder renders before the player loads, so it must not pull in the rest of core.
import { cssUrl } from '@videokit/core/css-url';
import { createElement, type CSSProperties, type ReactElement, type Ref } from 'react';

/** What the player placeholder shows: the props of the same name on `VideoPlayer`. */
export interface PlaceholderProps {
  className?: string;
  style?: CSSProperties;
  /** Poster image URL. */
  poster?: string;
  /** Image shown under the poster (typically a small blurred `data:` URL). */
  placeholder?: string;
}

/**
 * The box a `<video-player>` takes before it exists (server markup, hydration, lazy loading): the
 * player's own box (block, black, `--video-player-aspect-ratio` or 16 / 9, the caller's class
 * and style) with the poster over the placeholder, fitted as the video's poster is. It depends
 * on props alone, so server and client render the same markup.
 */
export function playerPlaceholder(props: PlaceholderProps, ref?: Ref<HTMLDivElement>): ReactElement {
  const images = [props.poster, props.placeholder].filter(Boolean) as string[];
  return createElement('div', {
    ref,
    className: props.className,
    'data-videokit-placeholder': 'video-player',
    style: {
      display: 'block',
      position: 'relative',
      aspectRatio: 'var(--video-player-aspect-ratio, 16 / 9)',
      backgroundColor: '#000',
      backgroundImage: images.map(cssUrl).join(', ') || undefined,
      backgroundPosition: 'center',
      backgroundSize: 'contain',
      backgroundRepeat: 'no-repeat',
      ...props.style,
    },
  });
}
