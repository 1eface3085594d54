import { useSyncExternalStore } from 'react';

const subscribe = (): (() => void) => () => undefined;
const onClient = (): boolean => true;
const onServer = (): boolean => false;

/**
 * False while rendering on the server and while hydrating that markup; true in every other
 * client render. Components render their placeholder while it is false, so server markup and
 * the first client render match, and the element appears in the render right after hydration.
 */
export function useClientRender(): boolean {
  return useSyncExternalStore(subscribe, onClient, onServer);
}

/** Registers `tagName` unless something already has (the package's own `define`, a CDN bundle). */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  if (!customElements.get(tagName)) customElements.define(tagName, elementClass);
}
