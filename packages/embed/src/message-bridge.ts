/** What a parent page may ask the player to do. */
export type EmbedCommand =
  | { type: 'videokit'; command: 'play' | 'pause' | 'mute' | 'unmute' }
  | { type: 'videokit'; command: 'seek'; time: number }
  | { type: 'videokit'; command: 'volume'; volume: number };

/** The media API the bridge drives (a `<video-player>`). */
export interface BridgedPlayer extends EventTarget {
  play(): Promise<void>;
  pause(): void;
  currentTime: number;
  volume: number;
  muted: boolean;
  readonly duration: number;
  readonly paused: boolean;
}

const FORWARDED_EVENTS = ['play', 'pause', 'playing', 'ended', 'seeked', 'volumechange', 'durationchange', 'error'];
const TIME_UPDATE_INTERVAL_MS = 250;

function isCommand(data: unknown): data is EmbedCommand {
  if (typeof data !== 'object' || data === null) return false;
  const { type, command } = data as { type?: unknown; command?: unknown };
  return type === 'videokit' && typeof command === 'string';
}

/**
 * The embed page's `postMessage` API. Commands are taken only from allowed origins (the
 * embedding page, plus any in `allowed-origins`); events go back only to the embedding page's
 * origin. Returns a function that removes every listener.
 */
export function bridgeMessages(
  player: BridgedPlayer,
  options: { allowedOrigins: readonly string[]; parent: MessageEventSource | null; parentOrigin: string | undefined },
): () => void {
  const listeners = new AbortController();
  const { signal } = listeners;
  const allowed = new Set(options.allowedOrigins);

  const onMessage = (event: MessageEvent): void => {
    if (!allowed.has(event.origin) || !isCommand(event.data)) return;
    const command = event.data;
    switch (command.command) {
      case 'play':
        void player.play().catch(() => undefined);
        break;
      case 'pause':
        player.pause();
        break;
      case 'mute':
      case 'unmute':
        player.muted = command.command === 'mute';
        break;
      case 'seek':
        if (Number.isFinite(command.time)) player.currentTime = command.time;
        break;
      case 'volume':
        if (Number.isFinite(command.volume)) player.volume = Math.min(1, Math.max(0, command.volume));
        break;
    }
  };
  globalThis.addEventListener('message', onMessage, { signal });

  const { parent, parentOrigin } = options;
  if (parent && parentOrigin) {
    const post = (event: string): void => {
      const state = { currentTime: player.currentTime, duration: player.duration, paused: player.paused };
      (parent as Window).postMessage({ type: 'videokit', event, ...state }, parentOrigin);
    };
    for (const type of FORWARDED_EVENTS) player.addEventListener(type, () => post(type), { signal });
    let lastTimeUpdate = 0;
    player.addEventListener(
      'timeupdate',
      () => {
        const now = performance.now();
        if (now - lastTimeUpdate < TIME_UPDATE_INTERVAL_MS) return;
        lastTimeUpdate = now;
        post('timeupdate');
      },
      { signal },
    );
  }
  return () => listeners.abort();
}
