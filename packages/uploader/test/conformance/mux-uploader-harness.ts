/**
 * What the Mux Uploader conformance tests share. A page written for `<mux-uploader>` works
 * after renaming the tags (`mux-uploader` → `video-uploader`, `mux-uploader-*` →
 * `video-uploader-*`); these helpers mount such markup and let the parts render.
 */
import { resetOrigin } from '../../../../test/browser/origin.ts';
import '../../src/define.ts';
import { loadLocale } from '../../src/locales.ts';
import type { VideoUploader } from '../../src/video-uploader.ts';

const mounted: HTMLElement[] = [];

export async function freshOrigin(): Promise<void> {
  await resetOrigin();
}

export function unmountAll(): void {
  for (const host of mounted.splice(0)) host.remove();
}

/** Mounts markup and waits for every element in it to render. */
export async function fixture<T extends Element>(markup: string): Promise<T> {
  const host = document.createElement('div');
  host.innerHTML = markup.trim();
  document.body.append(host);
  mounted.push(host);
  await settle(host);
  return host.firstElementChild as T;
}

/** Lets every Lit element under `root` (and in their shadow roots) finish updating. */
export async function settle(root: Element | ShadowRoot): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const elements = [...root.querySelectorAll('*')];
    for (const element of [...elements])
      if (element.shadowRoot) elements.push(...element.shadowRoot.querySelectorAll('*'));
    await Promise.all(
      elements.map((element) => (element as Partial<VideoUploader>).updateComplete ?? Promise.resolve(true)),
    );
  }
}

export async function settleUploader(uploader: VideoUploader): Promise<void> {
  await loadLocale(uploader.resolvedLang);
  await settle(uploader.parentElement ?? uploader);
}

/** A `file-ready` dispatched at the element, as pages written for Mux Uploader do. */
export const fileReady = (target: Element, file: File): boolean =>
  target.dispatchEvent(new CustomEvent('file-ready', { composed: true, bubbles: true, detail: file }));

export const oneEvent = <T extends Event>(target: EventTarget, name: string): Promise<T> =>
  new Promise((resolve) => {
    target.addEventListener(name, (event) => resolve(event as T), { once: true });
  });

export const shadowPart = (uploader: Element, selector: string): HTMLElement | null =>
  uploader.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

/** Visible text of a part, through its shadow root. */
export const textOf = (element: Element | null): string =>
  (element?.shadowRoot?.textContent ?? element?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const fooFile = (): File => new File(['foo'], 'foo.mp4', { type: 'video/mp4' });
