/** Reported to analytics as `player_version`; matches package.json. */
export const PLAYER_VERSION = '0.0.0';
export const PLAYER_NAME = 'videokit';
