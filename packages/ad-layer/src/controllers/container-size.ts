import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ContainerSize {
  width: number;
  height: number;
  /** The observed element is (or is inside) the fullscreen element. */
  fullscreen: boolean;
}

/**
 * Follows the size of the element the ads cover (the player): a `ResizeObserver` for layout
 * changes and `fullscreenchange` for fullscreen, reporting each distinct size once. Observing
 * starts with `observe()` and everything is released when the host disconnects.
 */
export class ContainerSizeController implements ReactiveController {
  #observer: ResizeObserver | undefined;
  #target: Element | undefined;
  #last: ContainerSize | undefined;
  readonly #onFullscreen = (): void => this.#measure();

  constructor(
    host: ReactiveControllerHost,
    private readonly onResize: (size: ContainerSize) => void,
  ) {
    host.addController(this);
  }

  /** The current size of the observed element (0×0 before `observe`). */
  get size(): ContainerSize {
    return this.#last ?? this.#read();
  }

  observe(target: Element): void {
    if (this.#target === target) return;
    this.unobserve();
    this.#target = target;
    this.#observer = new ResizeObserver(() => this.#measure());
    this.#observer.observe(target);
    document.addEventListener('fullscreenchange', this.#onFullscreen);
  }

  unobserve(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#target = undefined;
    this.#last = undefined;
    document.removeEventListener('fullscreenchange', this.#onFullscreen);
  }

  hostDisconnected(): void {
    this.unobserve();
  }

  #read(): ContainerSize {
    const target = this.#target;
    if (!target) return { width: 0, height: 0, fullscreen: false };
    const rect = target.getBoundingClientRect();
    const full = document.fullscreenElement;
    return {
      width: Math.round(rect.width),
      height: Math.round(rect.height),
      fullscreen: !!full && (full === target || full.contains(target)),
    };
  }

  #measure(): void {
    const size = this.#read();
    const last = this.#last;
    if (last?.width === size.width && last.height === size.height && last.fullscreen === size.fullscreen) return;
    this.#last = size;
    this.onResize(size);
  }
}
