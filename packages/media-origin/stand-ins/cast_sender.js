// A local stand-in for Google's Cast sender framework (`cast_sender.js?loadCastFramework=1`),
// following the published `cast.framework` / `chrome.cast` web sender API. No device can be
// reached offline, so a simulated receiver plays what it is sent: its clock advances while
// playing, and it answers the RemotePlayerController like a real one.
//
// Test hooks live on `window.__castStandIn`: `setDevicesAvailable(bool)`, `requests` (every
// LoadRequest received), `options` (the last CastContext options), `pickDevice(bool)` (whether the
// device picker picks or is cancelled), `endSession()` (the receiver side ends the session),
// `listenerCount()` (listeners on the CastContext), `receiver` (the simulated receiver's state).
/* eslint-disable @typescript-eslint/no-extraneous-class -- the API's data classes are constructors only */
(() => {
  'use strict';

  const DEFAULT_MEDIA_RECEIVER_APP_ID = 'CC1AD845';

  const chromeCast = {
    AutoJoinPolicy: {
      TAB_AND_ORIGIN_SCOPED: 'tab_and_origin_scoped',
      ORIGIN_SCOPED: 'origin_scoped',
      PAGE_SCOPED: 'page_scoped',
    },
    ErrorCode: {
      CANCEL: 'cancel',
      TIMEOUT: 'timeout',
      SESSION_ERROR: 'session_error',
      RECEIVER_UNAVAILABLE: 'receiver_unavailable',
    },
    media: {
      DEFAULT_MEDIA_RECEIVER_APP_ID,
      StreamType: { BUFFERED: 'BUFFERED', LIVE: 'LIVE', OTHER: 'OTHER' },
      HlsSegmentFormat: {
        AAC: 'aac',
        AC3: 'ac3',
        MP3: 'mp3',
        TS: 'ts',
        TS_AAC: 'ts_aac',
        E_AC3: 'e_ac3',
        FMP4: 'fmp4',
      },
      HlsVideoSegmentFormat: { MPEG2_TS: 'mpeg2_ts', FMP4: 'fmp4' },
      MetadataType: { GENERIC: 0, MOVIE: 1, TV_SHOW: 2, MUSIC_TRACK: 3, PHOTO: 4 },
      PlayerState: { IDLE: 'IDLE', PLAYING: 'PLAYING', PAUSED: 'PAUSED', BUFFERING: 'BUFFERING' },
      MediaInfo: class MediaInfo {
        constructor(contentId, contentType) {
          this.contentId = contentId;
          this.contentUrl = undefined;
          this.contentType = contentType;
          this.streamType = 'BUFFERED';
          this.duration = null;
          this.metadata = null;
          this.customData = null;
          this.hlsSegmentFormat = undefined;
          this.hlsVideoSegmentFormat = undefined;
          this.tracks = null;
        }
      },
      GenericMediaMetadata: class GenericMediaMetadata {
        constructor() {
          this.metadataType = 0;
          this.title = undefined;
          this.subtitle = undefined;
          this.images = undefined;
        }
      },
      LoadRequest: class LoadRequest {
        constructor(mediaInfo) {
          this.media = mediaInfo;
          this.autoplay = true;
          this.currentTime = null;
          this.customData = null;
          this.activeTrackIds = null;
        }
      },
      EditTracksInfoRequest: class EditTracksInfoRequest {
        constructor(activeTrackIds) {
          this.activeTrackIds = activeTrackIds;
        }
      },
    },
    Image: class Image {
      constructor(url) {
        this.url = url;
      }
    },
  };

  const CastContextEventType = { CAST_STATE_CHANGED: 'caststatechanged', SESSION_STATE_CHANGED: 'sessionstatechanged' };
  const CastState = {
    NO_DEVICES_AVAILABLE: 'NO_DEVICES_AVAILABLE',
    NOT_CONNECTED: 'NOT_CONNECTED',
    CONNECTING: 'CONNECTING',
    CONNECTED: 'CONNECTED',
  };
  const SessionState = {
    NO_SESSION: 'NO_SESSION',
    SESSION_STARTING: 'SESSION_STARTING',
    SESSION_STARTED: 'SESSION_STARTED',
    SESSION_START_FAILED: 'SESSION_START_FAILED',
    SESSION_ENDING: 'SESSION_ENDING',
    SESSION_ENDED: 'SESSION_ENDED',
    SESSION_RESUMED: 'SESSION_RESUMED',
  };
  const RemotePlayerEventType = {
    ANY_CHANGE: 'anyChanged',
    IS_CONNECTED_CHANGED: 'isConnectedChanged',
    IS_MEDIA_LOADED_CHANGED: 'isMediaLoadedChanged',
    DURATION_CHANGED: 'durationChanged',
    CURRENT_TIME_CHANGED: 'currentTimeChanged',
    IS_PAUSED_CHANGED: 'isPausedChanged',
    VOLUME_LEVEL_CHANGED: 'volumeLevelChanged',
    IS_MUTED_CHANGED: 'isMutedChanged',
    PLAYER_STATE_CHANGED: 'playerStateChanged',
  };

  /** Listeners by event type, as the framework's objects keep them. */
  class Emitter {
    constructor() {
      this.listeners = new Map();
    }
    addEventListener(type, handler) {
      if (!this.listeners.has(type)) this.listeners.set(type, new Set());
      this.listeners.get(type).add(handler);
    }
    removeEventListener(type, handler) {
      this.listeners.get(type)?.delete(handler);
    }
    emit(type, event) {
      for (const handler of [...(this.listeners.get(type) ?? [])]) handler(event);
    }
  }

  /** The receiver: what is loaded, where its playhead is, and whether it plays. */
  const receiver = {
    media: null,
    currentTime: 0,
    paused: true,
    volume: 1,
    muted: false,
    timer: undefined,
  };

  const remotePlayers = new Set();

  function syncRemotePlayers() {
    for (const controller of remotePlayers) controller.sync();
  }

  function setClock(playing) {
    clearInterval(receiver.timer);
    receiver.timer = undefined;
    receiver.paused = !playing;
    if (playing) {
      receiver.timer = setInterval(() => {
        const duration = receiver.media?.duration ?? Infinity;
        receiver.currentTime = Math.min(receiver.currentTime + 0.25, duration ?? Infinity);
        syncRemotePlayers();
      }, 250);
    }
    syncRemotePlayers();
  }

  const device = { friendlyName: 'Living Room TV (stand-in)', deviceId: 'stand-in-device' };

  class CastSession {
    constructor(context) {
      this.context = context;
      this.sessionId = `session-${Date.now()}`;
    }
    getSessionId() {
      return this.sessionId;
    }
    getCastDevice() {
      return device;
    }
    getMediaSession() {
      return receiver.media ? { media: receiver.media, playerState: receiver.paused ? 'PAUSED' : 'PLAYING' } : null;
    }
    loadMedia(request) {
      state.requests.push(JSON.parse(JSON.stringify(request)));
      receiver.media = request.media;
      receiver.currentTime = request.currentTime ?? 0;
      setClock(request.autoplay !== false);
      return Promise.resolve(undefined);
    }
    endSession(stopCasting) {
      this.context.endCurrentSession(stopCasting);
    }
  }

  class CastContext extends Emitter {
    constructor() {
      super();
      this.options = null;
      this.castState = state.devicesAvailable ? CastState.NOT_CONNECTED : CastState.NO_DEVICES_AVAILABLE;
      this.sessionState = SessionState.NO_SESSION;
      this.session = null;
    }
    static getInstance() {
      instance ??= new CastContext();
      return instance;
    }
    setOptions(options) {
      this.options = { ...options };
      state.options = this.options;
    }
    getCastState() {
      return this.castState;
    }
    getSessionState() {
      return this.sessionState;
    }
    getCurrentSession() {
      return this.session;
    }
    setCastState(castState) {
      if (castState === this.castState) return;
      this.castState = castState;
      this.emit(CastContextEventType.CAST_STATE_CHANGED, { type: CastContextEventType.CAST_STATE_CHANGED, castState });
    }
    setSessionState(sessionState) {
      this.sessionState = sessionState;
      this.emit(CastContextEventType.SESSION_STATE_CHANGED, {
        type: CastContextEventType.SESSION_STATE_CHANGED,
        sessionState,
        session: this.session,
        errorCode: null,
      });
    }
    requestSession() {
      if (!this.options?.receiverApplicationId) return Promise.reject(chromeCast.ErrorCode.SESSION_ERROR);
      if (!state.devicesAvailable) return Promise.reject(chromeCast.ErrorCode.RECEIVER_UNAVAILABLE);
      if (!state.picks) return Promise.reject(chromeCast.ErrorCode.CANCEL);
      this.setCastState(CastState.CONNECTING);
      this.setSessionState(SessionState.SESSION_STARTING);
      return new Promise((resolve) => {
        setTimeout(() => {
          this.session = new CastSession(this);
          state.receiverApplicationId = this.options.receiverApplicationId;
          this.setCastState(CastState.CONNECTED);
          this.setSessionState(SessionState.SESSION_STARTED);
          syncRemotePlayers();
          resolve(undefined);
        }, 10);
      });
    }
    endCurrentSession() {
      if (!this.session) return;
      this.setSessionState(SessionState.SESSION_ENDING);
      setClock(false);
      this.session = null;
      this.setCastState(state.devicesAvailable ? CastState.NOT_CONNECTED : CastState.NO_DEVICES_AVAILABLE);
      this.setSessionState(SessionState.SESSION_ENDED);
      receiver.media = null;
      syncRemotePlayers();
    }
  }
  let instance;

  class RemotePlayer {
    constructor() {
      this.isConnected = false;
      this.isMediaLoaded = false;
      this.duration = 0;
      this.currentTime = 0;
      this.isPaused = false;
      this.volumeLevel = 1;
      this.isMuted = false;
      this.canSeek = true;
      this.canPause = true;
      this.playerState = null;
      this.mediaInfo = null;
      this.displayName = '';
    }
  }

  class RemotePlayerController extends Emitter {
    constructor(player) {
      super();
      this.player = player;
      remotePlayers.add(this);
      this.sync();
    }
    /** Copies the receiver's state onto the RemotePlayer and reports each changed field. */
    sync() {
      const session = CastContext.getInstance().getCurrentSession();
      const next = {
        isConnected: Boolean(session),
        isMediaLoaded: Boolean(session && receiver.media),
        duration: receiver.media?.duration ?? 0,
        currentTime: receiver.currentTime,
        isPaused: receiver.paused,
        volumeLevel: receiver.volume,
        isMuted: receiver.muted,
        playerState: receiver.media ? (receiver.paused ? 'PAUSED' : 'PLAYING') : 'IDLE',
        mediaInfo: receiver.media,
        displayName: session ? device.friendlyName : '',
      };
      for (const [field, value] of Object.entries(next)) {
        if (this.player[field] === value) continue;
        this.player[field] = value;
        const event = { type: `${field}Changed`, field, value };
        this.emit(event.type, event);
        this.emit(RemotePlayerEventType.ANY_CHANGE, { ...event, type: RemotePlayerEventType.ANY_CHANGE });
      }
    }
    playOrPause() {
      if (receiver.media) setClock(receiver.paused);
    }
    seek() {
      receiver.currentTime = this.player.currentTime;
      syncRemotePlayers();
    }
    setVolumeLevel() {
      receiver.volume = this.player.volumeLevel;
      syncRemotePlayers();
    }
    muteOrUnmute() {
      receiver.muted = !receiver.muted;
      syncRemotePlayers();
    }
    stop() {
      receiver.media = null;
      setClock(false);
    }
  }

  const state = {
    devicesAvailable: true,
    picks: true,
    requests: [],
    options: null,
    receiverApplicationId: null,
    setDevicesAvailable(available) {
      state.devicesAvailable = available;
      if (!instance || instance.session) return;
      instance.setCastState(available ? CastState.NOT_CONNECTED : CastState.NO_DEVICES_AVAILABLE);
    },
    pickDevice(pick) {
      state.picks = pick;
    },
    endSession() {
      instance?.endCurrentSession(true);
    },
    /** Listeners on the CastContext: players must remove theirs when they go. */
    listenerCount() {
      let count = 0;
      for (const handlers of instance?.listeners.values() ?? []) count += handlers.size;
      return count;
    },
    get receiver() {
      return {
        currentTime: receiver.currentTime,
        paused: receiver.paused,
        volume: receiver.volume,
        muted: receiver.muted,
      };
    },
  };

  window.chrome = window.chrome ?? {};
  window.chrome.cast = chromeCast;
  window.cast = {
    framework: {
      CastContext,
      CastContextEventType,
      CastState,
      SessionState,
      RemotePlayer,
      RemotePlayerController,
      RemotePlayerEventType,
      VERSION: 'stand-in',
    },
  };
  window.__castStandIn = state;
  // The framework announces itself the way the real loader does.
  setTimeout(() => window.__onGCastApiAvailable?.(true), 0);
})();
