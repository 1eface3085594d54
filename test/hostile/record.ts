/**
 * Everything a page could learn from the player while a probe runs: the detail (and message,
 * error, context) of every event any script dispatches, anywhere, and every console message.
 */

export interface Recording {
  /** One text per dispatched event or console call. */
  readonly said: string[];
  /** Events dispatched, in order (type and target tag). */
  readonly events: { type: string; target: string }[];
  stop(): void;
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    // undefined for functions and undefined itself, whatever the typings say
    const json = JSON.stringify(value) as string | undefined;
    return value instanceof Error ? `${value.message} ${json ?? ''}` : (json ?? String(value));
  } catch {
    return String(value);
  }
}

/** Starts recording; `stop()` puts `dispatchEvent` and the console back. */
export function record(): Recording {
  const said: string[] = [];
  const events: { type: string; target: string }[] = [];
  // eslint-disable-next-line @typescript-eslint/unbound-method -- restored as it was
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event): boolean {
    const fields = event as Event & { detail?: unknown; message?: unknown; error?: unknown };
    events.push({ type: event.type, target: this instanceof Element ? this.localName : this.constructor.name });
    said.push([event.type, text(fields.detail), text(fields.message), text(fields.error)].join(' '));
    return dispatch.call(this, event);
  };
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = methods.map((method) => console[method].bind(console));
  methods.forEach((method, index) => {
    console[method] = (...args: unknown[]) => {
      said.push(args.map(text).join(' '));
      originals[index]?.(...args);
    };
  });
  return {
    said,
    events,
    stop() {
      EventTarget.prototype.dispatchEvent = dispatch;
      methods.forEach((method, index) => {
        const original = originals[index];
        if (original) console[method] = original;
      });
    },
  };
}

/** Each piece of a JWT long enough to identify it: a message must hold none of them. */
export function tokenPieces(token: string): string[] {
  return [token, ...token.split('.').filter((piece) => piece.length >= 16)];
}
