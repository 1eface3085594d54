import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PlaybackSession, type SessionHost } from '../playback-session.ts';

/**
 * One `PlaybackSession` per connection: it ends when the element leaves the document, and a
 * fresh one loads the source again when the element comes back.
 */
export class SessionController implements ReactiveController {
  session: PlaybackSession;
  readonly #host: ReactiveControllerHost;
  readonly #sessionHost: SessionHost;

  constructor(host: ReactiveControllerHost, sessionHost: SessionHost) {
    this.#host = host;
    this.#sessionHost = sessionHost;
    this.session = new PlaybackSession(sessionHost);
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.session.destroyed) return;
    this.session = new PlaybackSession(this.#sessionHost);
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.session.destroy();
  }
}
