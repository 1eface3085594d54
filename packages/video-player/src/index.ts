/**
 * @videokit/video-player: the `<video-player>` element and its playback engines. Importing
 * this module registers nothing; import `@videokit/video-player/define` for that.
 */
export { VideoPlayer, type PlayerTokens } from './video-player.ts';
export { PlayerErrorEvent, StreamTypeChangeEvent, TracksChangeEvent } from './events.ts';
export type { AudioTrackInfo, RenditionInfo } from './engines/engine.ts';
export type { PlayerAudioTrack } from './tracks/audio-track.ts';
export type { RenditionList } from './tracks/rendition-list.ts';
export type { TrackList, TrackListEvent } from './tracks/track-list.ts';
export type { ActiveChapter, ActiveCuePoint, Chapter, CuePoint } from './controllers/mux-extras.ts';
export { registerTheme, type ThemeStyles } from './themes/registry.ts';
export { MediaRequestEvent, type MediaRequests, type MediaRequestType } from './requests.ts';
export { REQUEST_TYPES } from './request-table.ts';
export { MEDIA_EVENTS, type MediaEventName } from './targets/media-events.ts';
