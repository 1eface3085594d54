// Mounting React trees in test pages.
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';

export interface Mounted {
  container: HTMLElement;
  root: Root;
  rerender(ui: ReactNode): void;
  unmount(): void;
}

const mounted = new Set<Mounted>();

/** Renders `ui` into a fresh container in the document, synchronously. */
export function render(ui: ReactNode): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const result: Mounted = {
    container,
    root,
    rerender: (next) => flushSync(() => root.render(next)),
    unmount: () => {
      flushSync(() => root.unmount());
      container.remove();
      mounted.delete(result);
    },
  };
  mounted.add(result);
  result.rerender(ui);
  return result;
}

export function cleanup(): void {
  for (const item of mounted) item.unmount();
}

/** Waits for two animation frames: React's passive effects and Lit's updates have run. */
export const frames = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Records console errors and warnings (React's hydration and prop warnings) while installed. */
export function recordConsole(): { messages: string[]; restore(): void } {
  const messages: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
    error.apply(console, args);
  };
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    // Lit announces its development build once per page; that is not about this code.
    if (!text.includes('Lit is in dev mode')) messages.push(text);
    warn.apply(console, args);
  };
  return {
    messages,
    restore: () => {
      console.error = error;
      console.warn = warn;
    },
  };
}
