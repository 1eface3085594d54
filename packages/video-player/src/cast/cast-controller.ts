/// <reference types="chromecast-caf-sender" preserve="true" />
import type { TemplateResult } from 'lit';
import type { CastHost } from '../cast-link.ts';
import { canCast, DEFAULT_CAST_SDK_SRC, loadCastFramework, type CastFramework } from './cast-framework.ts';
import { buildLoadRequest } from './load-request.ts';
import { renderCastButton } from './cast-button.ts';
import { CastRemoteMedia } from './remote-media.ts';

/**
 * One player's side of Cast: whether a receiver is available (the cast button shows only
 * then), starting a session and loading the current media on it, and handing playback back
 * when the session ends. The framework and its session are page-wide; each player subscribes
 * while connected and unsubscribes on disconnect.
 */
export class CastController {
  available = false;
  casting = false;
  readonly #host: CastHost;
  #framework: CastFramework | undefined;
  #remote: CastRemoteMedia | undefined;
  #lastRemote = { time: 0, playing: false };
  #ending = false;
  #listeners: AbortController | undefined;

  constructor(host: CastHost) {
    this.#host = host;
  }

  /** Loads the framework (once per page) and starts following receiver availability. */
  async connect(): Promise<void> {
    if (this.#listeners || !canCast()) return;
    const listeners = new AbortController();
    this.#listeners = listeners;
    const framework = await loadCastFramework(this.#host.element.castSdkSrc ?? DEFAULT_CAST_SDK_SRC);
    if (!framework || listeners.signal.aborted) return;
    this.#framework = framework;
    const context = this.#context(framework);
    this.#configure(framework, context);
    const { CastContextEventType, CastState, SessionState } = framework.framework;
    const onCastState = (event: cast.framework.CastStateEventData): void => {
      this.available = event.castState !== CastState.NO_DEVICES_AVAILABLE;
      this.#host.requestUpdate();
    };
    const onSessionState = (event: cast.framework.SessionStateEventData): void => {
      if (!this.casting) return;
      if (event.sessionState === SessionState.SESSION_ENDING) {
        this.#remember();
        // From here the receiver winds down (pauses, unloads): keep the state it had.
        this.#ending = true;
      }
      if (event.sessionState === SessionState.SESSION_ENDED) this.#leave();
    };
    context.addEventListener(CastContextEventType.CAST_STATE_CHANGED, onCastState);
    context.addEventListener(CastContextEventType.SESSION_STATE_CHANGED, onSessionState);
    listeners.signal.addEventListener('abort', () => {
      context.removeEventListener(CastContextEventType.CAST_STATE_CHANGED, onCastState);
      context.removeEventListener(CastContextEventType.SESSION_STATE_CHANGED, onSessionState);
    });
    this.available = context.getCastState() !== CastState.NO_DEVICES_AVAILABLE;
    this.#host.requestUpdate();
  }

  /** The cast button: start casting this player's media, or stop. */
  async toggle(): Promise<void> {
    const framework = this.#framework;
    if (!framework) return;
    const context = this.#context(framework);
    if (this.casting) {
      context.endCurrentSession(true);
      return;
    }
    this.#configure(framework, context);
    try {
      await context.requestSession();
    } catch {
      // The viewer closed the device picker, or no device answered: nothing to undo.
      return;
    }
    const session = context.getCurrentSession();
    const media = this.#host.castMedia();
    if (!session || !media) return;
    await session.loadMedia(buildLoadRequest(framework.chromeCast, media));
    this.#remote = new CastRemoteMedia(framework.framework, (type) => {
      this.#remember();
      this.#host.element.dispatchEvent(new Event(type));
    });
    this.casting = true;
    this.#ending = false;
    this.#host.setRemote(this.#remote);
    this.#host.requestUpdate();
  }

  /** The Cast button: shown only when a receiver is available; pressed while casting. */
  renderButton(label: { cast: string; stopCast: string }): TemplateResult | string {
    return renderCastButton(this, label);
  }

  /** Stops following the framework. A session in progress keeps playing on the receiver. */
  disconnect(): void {
    this.#listeners?.abort();
    this.#listeners = undefined;
    if (this.casting) this.#leave();
    this.available = false;
  }

  #context(framework: CastFramework): cast.framework.CastContext {
    return framework.framework.CastContext.getInstance();
  }

  #configure(framework: CastFramework, context: cast.framework.CastContext): void {
    // An empty `cast-receiver` means the default media receiver.
    const receiver = this.#host.element.castReceiver?.trim() ?? '';
    context.setOptions({
      receiverApplicationId: receiver !== '' ? receiver : framework.chromeCast.media.DEFAULT_MEDIA_RECEIVER_APP_ID,
      autoJoinPolicy: framework.chromeCast.AutoJoinPolicy.ORIGIN_SCOPED,
    });
  }

  /** The receiver's last position and state, kept while connected: after the session ends it is gone. */
  #remember(): void {
    const remote = this.#remote;
    if (this.#ending) return;
    if (remote) this.#lastRemote = { time: remote.currentTime, playing: !remote.paused };
  }

  #leave(): void {
    const framework = this.#framework;
    if (framework) this.#remote?.destroy(framework.framework);
    this.#remote = undefined;
    this.casting = false;
    this.#host.setRemote(undefined, this.#lastRemote);
    this.#host.requestUpdate();
  }
}
