import { CastLink } from './cast-link.ts';
import { AnnouncerController, type AnnouncerHost } from './controllers/announcer.ts';
import { ControlsController, type ControlsHost } from './controllers/controls.ts';
import { KeyboardController, type KeyboardHost } from './controllers/keyboard.ts';
import type { LiveStallHost } from './controllers/live-stall.ts';
import { LiveStallLink } from './controllers/live-stall-link.ts';
import { LocaleController } from './controllers/locale.ts';
import { MediaStateController, type MediaStateHost } from './controllers/media-state.ts';
import { MuxApiLink, type MuxApiHost } from './controllers/mux-api-link.ts';
import { PreferencesController, type PreferencesHost } from './controllers/preferences.ts';
import { SessionController } from './controllers/session.ts';
import { PlayerErrorEvent, TracksChangeEvent } from './events.ts';
import { castMediaOf, sessionConfig, storyboardOf, type PlayerFields } from './player-inputs.ts';
import { RequestController, type RequestTarget } from './request-table.ts';
import type { PlaybackTargets } from './targets/playback-targets.ts';

export type PartsHost = MediaStateHost &
  PreferencesHost &
  AnnouncerHost &
  ControlsHost &
  KeyboardHost &
  LiveStallHost &
  MuxApiHost &
  RequestTarget &
  PlayerFields & { muted: boolean; castReceiver?: string | undefined };

/** What the parts reach that the element keeps to itself. */
export interface PartsHooks {
  targets: PlaybackTargets;
  /** The element's own `lang` attribute. */
  lang: () => string | undefined;
  title: () => string | undefined;
}

/**
 * The element's parts, wired to each other once: the playback session, the state store and
 * the controllers that render from it, and Cast. The store comes before the controllers: they
 * read the state it computes before each render.
 */
export function composeParts(host: PartsHost, { targets, lang, title }: PartsHooks) {
  const { local } = targets;
  const initTime = Date.now();
  const cast: CastLink = new CastLink(host, {
    element: host,
    castMedia: () => castMediaOf(host, playback.session.source),
    setRemote: (remote, resume) => targets.setRemote(remote, resume),
    requestUpdate: () => host.requestUpdate(),
  });
  const playback: SessionController = new SessionController(host, {
    media: () => local.media,
    config: () => ({ ...sessionConfig(host, initTime), maxReconnectRetries: host.maxReconnectRetries }),
    changed: () => host.requestUpdate(),
    report: (error) => host.dispatchEvent(new PlayerErrorEvent(error)),
    tracks: () => host.dispatchEvent(new TracksChangeEvent()),
    mute: () => (host.muted = true),
    loaded: () => {
      if (host.castReceiver !== undefined) cast.start();
    },
  });
  const muxApi = new MuxApiLink(host, { media: () => local.media, session: () => playback.session });
  const store = new MediaStateController(host, () => local.media);
  const locale = new LocaleController(host, lang);
  const preferences = new PreferencesController(host);
  const announcer = new AnnouncerController(host, locale);
  const controls = new ControlsController(host, {
    locale,
    preferences,
    announcer,
    title,
    storyboard: () => storyboardOf(host),
    chapters: () => muxApi.extras,
  });
  new KeyboardController(host, { controls, locale, preferences });
  const liveStall = new LiveStallLink(host, (error) => playback.session.giveUp(error));
  // Added last: announcements and preferences hear a request before it acts, as they describe it from the state before.
  new RequestController(host);
  return { playback, store, controls, cast, liveStall, muxApi };
}
