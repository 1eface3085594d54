import { redactValues } from '@videokit/core';
import type { EngineAnalytics } from './engines/engine.ts';

/** What the player tells the analytics SDK about itself and the view. */
export interface AnalyticsOptions {
  envKey: string | undefined;
  beaconCollectionDomain: string | undefined;
  /** snake_case metadata (`video_title`, `viewer_user_id`, …) from `metadata-*` and the `metadata` property. */
  metadata: Record<string, unknown>;
  playerName: string;
  playerVersion: string;
  playerInitTime: number;
  /** The player element: Mux Player's analytics attributes are read from it (`debug`, `disable-cookies`, …). */
  element: Element;
  /** What the engine lends analytics (hls.js's events where hls.js plays). */
  engine: EngineAnalytics;
}

/** A live `mux-embed` monitor on one media element; `stop()` ends the view and removes it. */
export interface AnalyticsMonitor {
  stop(): void;
}

/**
 * Starts `mux-embed` on the media element. The SDK is imported only here, so a player with
 * tracking disabled, or one that never loads a source, never downloads it.
 */
export async function startAnalytics(media: HTMLVideoElement, options: AnalyticsOptions): Promise<AnalyticsMonitor> {
  const { default: mux } = await import('mux-embed');
  const { element } = options;
  const attribute = (name: string): string | undefined => element.getAttribute(name) ?? undefined;
  const softwareName = attribute('player-software-name');
  const softwareVersion = attribute('player-software-version');
  mux.monitor(media, {
    // Mux Player's attributes for the analytics SDK itself, heard as they are there.
    debug: element.hasAttribute('debug'),
    disableCookies: element.hasAttribute('disable-cookies'),
    beaconCollectionDomain: options.beaconCollectionDomain,
    // Signed URLs must never leave the page in a beacon: every string loses its tokens.
    emitTranslator: (...event: unknown[]) => redactValues(event) as [unknown, unknown],
    // The source URL is read from player state at send time, past the emit translator.
    stateDataTranslator: (stateData) => redactValues(stateData),
    data: redactValues({
      env_key: options.envKey,
      player_name: options.playerName,
      player_version: options.playerVersion,
      player_init_time: Number(attribute('player-init-time')) || options.playerInitTime,
      // A player built on this one names itself (both spellings, as Mux Player sends them).
      ...(softwareName && { player_software_name: softwareName, player_software: softwareName }),
      ...(softwareVersion && { player_software_version: softwareVersion }),
      ...options.metadata,
    }),
  });
  // hls.js is added once the monitor exists: given to `monitor()`, mux-embed's track trackers report the
  // current tracks from inside the monitor's constructor, before it is registered, and it logs
  // "A monitor … has not been initialized" whenever hls.js has tracks by then.
  // mux-embed reads hls.js's events and its class's constants.
  const { hlsjs, Hls } = options.engine;
  if (hlsjs) mux.addHLSJS(media, { hlsjs, Hls });
  return {
    stop: () => {
      // mux-embed may have ended the monitor itself (it follows hls.js's destroy).
      const monitor = (media as HTMLVideoElement & { mux?: { deleted?: boolean } }).mux;
      if (monitor && !monitor.deleted) mux.destroyMonitor(media);
      // mux-embed leaves a destroyed monitor on the element and complains when the next
      // source monitors it again; the element is ours, so clear it.
      delete (media as HTMLVideoElement & { mux?: unknown }).mux;
    },
  };
}
