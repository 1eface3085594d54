// DESIGN §6's size budgets (gzip bytes of the eager part of each bundle), in one place for the
// CI check (`npm run size`) and the benchmark's bars.
export const SIZE_BUDGETS = {
  player: {
    label: '<video-player> CDN bundle',
    entry: 'packages/video-player/dist/cdn/video-player.mjs',
    maxGzip: 35 * 1024,
  },
  uploader: {
    label: '<video-uploader> CDN bundle',
    entry: 'packages/uploader/dist/cdn/uploader.mjs',
    maxGzip: 20 * 1024,
  },
  // React itself is the app's; what counts is the entry and the chunks it pulls in.
  reactLazy: { label: '@videokit/react/lazy', entry: 'packages/react/dist/lazy.js', maxGzip: 3 * 1024 },
} as const;
