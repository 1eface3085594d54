/**
 * Links a part to its `<video-uploader>`: the one named by the part's `uploader` attribute
 * (an id), else the nearest uploader around it, across shadow roots. The part re-renders on
 * every change of the uploader's view.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { UPLOADER_CONNECTED, isUploader, type UploaderApi } from '../uploader-api.ts';

type Host = ReactiveControllerHost & HTMLElement;

function closestUploader(start: Element): UploaderApi | null {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element && isUploader(node)) return node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

export class UploaderLink implements ReactiveController {
  readonly #host: Host;
  #uploader: UploaderApi | null = null;
  #unsubscribe: (() => void) | null = null;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  get uploader(): UploaderApi | null {
    return this.#uploader;
  }

  hostConnected(): void {
    document.addEventListener(UPLOADER_CONNECTED, this.relink);
    this.relink();
  }

  hostDisconnected(): void {
    document.removeEventListener(UPLOADER_CONNECTED, this.relink);
    this.#set(null);
  }

  /** Finds the uploader again (also after the `uploader` attribute changes). */
  readonly relink = (): void => {
    // `mux-uploader` is Mux Uploader's name for the same link.
    const own = this.#host.getAttribute('uploader');
    const id = own !== null && own !== '' ? own : this.#host.getAttribute('mux-uploader');
    const root = this.#host.getRootNode() as Document | ShadowRoot;
    const named = id ? (root.getElementById(id) ?? document.getElementById(id)) : null;
    this.#set(id ? (isUploader(named) ? named : null) : closestUploader(this.#host));
  };

  #set(uploader: UploaderApi | null): void {
    if (uploader === this.#uploader) return;
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#uploader = uploader;
    if (uploader) {
      this.#unsubscribe = uploader.subscribe(() => {
        this.#host.requestUpdate();
      });
    }
    this.#host.requestUpdate();
  }
}
