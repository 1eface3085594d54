import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { rateLabel, trackLabel } from '../controls/labels.ts';
import { spokenTime } from '../i18n/index.ts';
import { REQUEST_TYPES } from '../request-table.ts';
import { MediaRequestEvent, type MediaRequests, type MediaRequestType } from '../requests.ts';
import type { LocaleController } from './locale.ts';
import type { MediaState } from './media-state.ts';

export interface AnnouncerHost extends ReactiveControllerHost, HTMLElement {
  readonly mediaState: MediaState;
  readonly volume: number;
}

type Say = { [K in MediaRequestType]?: (detail: MediaRequests[K], state: MediaState, words: Words) => string };
type Words = Pick<LocaleController, 't' | 'locale'> & { volume: number };

/** What each request sounds like, from its detail and the state before it acts. */
const SAY: Say = {
  'play-request': (_, __, { t }) => t('playing'),
  'pause-request': (_, __, { t }) => t('paused'),
  'seek-request': (to, s, { t, locale }) =>
    s.interrupted
      ? ''
      : t('seekedTo', { time: spokenTime(Math.min(s.seekable[1], Math.max(s.seekable[0], to)), locale.lang) }),
  'seek-to-live-request': (_, __, { t }) => t('atLive'),
  'mute-request': (muted, _, { t, volume }) =>
    muted ? t('mutedState') : `${t('volume')} ${String(Math.round((volume || 0.5) * 100))}%`,
  'rate-request': (rate, _, words) => words.t('rateChanged', { label: rateLabel(words, rate) }),
  'select-text-track-request': (index, s, words) => {
    const track = s.textTracks[index];
    return track
      ? words.t('captionsOn', { label: trackLabel(words, track) })
      : `${words.t('captions')}: ${words.t('captionsOff')}`;
  },
  'select-audio-track-request': (id, s, words) => {
    const track = s.audioTracks.find((audio) => audio.id === id);
    return track ? words.t('audioChanged', { label: trackLabel(words, track) }) : '';
  },
  'select-rendition-request': (id, s, { t }) => {
    const rendition = s.renditions.find((candidate) => candidate.id === id);
    return t('qualityChanged', { label: rendition ? `${String(rendition.height)}p` : t('auto') });
  },
};

/**
 * Speaks what requests did through a `role="status"` region. A seek dragged on the slider is
 * not announced: the slider's own value text says it.
 */
export class AnnouncerController implements ReactiveController {
  #text = '';
  #listeners: AbortController | undefined;
  readonly #host: AnnouncerHost;
  readonly #locale: LocaleController;

  constructor(host: AnnouncerHost, locale: LocaleController) {
    this.#host = host;
    this.#locale = locale;
    host.addController(this);
  }

  hostConnected(): void {
    this.#listeners = new AbortController();
    for (const type of REQUEST_TYPES) {
      this.#host.addEventListener(
        type,
        (event) => {
          if (event instanceof MediaRequestEvent) this.#onRequest(event);
        },
        { signal: this.#listeners.signal },
      );
    }
  }

  hostDisconnected(): void {
    this.#listeners?.abort();
  }

  render(): TemplateResult {
    return html`<div class="sr" role="status">${this.#text}</div>`;
  }

  #onRequest<K extends MediaRequestType>(event: MediaRequestEvent<K>): void {
    if (event.type === 'seek-request' && event.composedPath()[0] instanceof HTMLInputElement) return;
    const say: Say[K] = SAY[event.type];
    const { t, locale } = this.#locale;
    const message = say?.(event.detail, this.#host.mediaState, { t, locale, volume: this.#host.volume });
    if (message) this.announce(message);
  }

  announce(message: string): void {
    // The same words twice still count as a change for the live region.
    this.#text = message === this.#text ? `${message}\u00a0` : message;
    this.#host.requestUpdate();
  }
}
