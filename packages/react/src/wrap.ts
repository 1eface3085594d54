import { createComponent, type ReactWebComponent } from '@lit/react';
import * as React from 'react';
import { defineElement, useClientRender } from './client-render.ts';

type EventNames = Record<string, string>;

/**
 * `@lit/react`'s component for an element, registering the element on its first client render.
 * On the server and while hydrating it renders a plain `<div>` with the same class, style and
 * children, so server rendering needs no DOM and hydration sees the same markup.
 */
export function wrapElement<I extends HTMLElement, E extends EventNames>(options: {
  tagName: string;
  elementClass: new () => I;
  events: E;
  displayName: string;
}): ReactWebComponent<I, E> {
  const { tagName, elementClass, displayName } = options;
  const Element = createComponent({ react: React, ...options, displayName: `${displayName}Element` });
  type Props = React.ComponentProps<typeof Element>;
  const Wrapper = React.forwardRef<I, Props>((props, ref) => {
    if (!useClientRender()) {
      const { className, style, children } = props as React.HTMLAttributes<I>;
      return React.createElement('div', { className, style, 'data-videokit-placeholder': tagName }, children);
    }
    defineElement(tagName, elementClass);
    return React.createElement(Element, { ...props, ref } as Props);
  });
  Wrapper.displayName = displayName;
  return Wrapper as ReactWebComponent<I, E>;
}
