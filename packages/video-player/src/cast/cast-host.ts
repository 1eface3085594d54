import type { RemoteMedia } from '../media-surface.ts';
import { CastController } from './cast-controller.ts';
import { DEFAULT_CAST_SDK_SRC } from './cast-framework.ts';
import type { CastMedia } from './load-request.ts';

/** The player's side of Cast, as the player hands it over. */
export interface CastPlayer extends HTMLElement {
  castReceiver?: string;
  castSdkSrc?: string;
  requestUpdate(): void;
}

/** Builds the Cast controller for a player; this module is the lazy entry into all Cast code. */
export function createCast(
  player: CastPlayer,
  hooks: {
    castMedia(): CastMedia | undefined;
    setRemote(remote: RemoteMedia | undefined, resume?: { time: number; playing: boolean }): void;
  },
): CastController {
  return new CastController({ element: player, ...hooks, requestUpdate: () => player.requestUpdate() }, () => ({
    receiverApplicationId: player.castReceiver?.trim() ? player.castReceiver.trim() : undefined,
    sdkSrc: player.castSdkSrc ?? DEFAULT_CAST_SDK_SRC,
  }));
}
