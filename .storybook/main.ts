import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';
import { sourceAliases } from '../scripts/workspace-sources.ts';

/** Where stories find the media origin by default (see stories/origin.ts). */
const originDomain = process.env.VIDEOKIT_ORIGIN ?? 'localhost:4000';

const PREBUNDLED = [
  'lit',
  'lit/decorators.js',
  'lit/directive-helpers.js',
  'lit/directives/class-map.js',
  'lit/directives/ref.js',
  'lit/directives/style-map.js',
  'hls.js',
  'mux-embed',
  '@lit/react',
  'react',
  'react-dom',
  'react-dom/client',
];

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // `??=`: a server may set the global first to point a built Storybook at another origin.
  previewHead: (head) =>
    `${head ?? ''}\n<script>window.videokitOriginDomain ??= ${JSON.stringify(originDomain)};</script>`,
  // The root vite.config.ts serves the demo; Storybook needs Vite's defaults, and the packages'
  // sources, so stories never depend on a stale dist.
  viteFinal: (viteConfig) =>
    mergeConfig(
      { ...viteConfig, root: undefined, build: { ...viteConfig.build, outDir: undefined } },
      {
        build: { chunkSizeWarningLimit: 2048 },
        resolve: { alias: sourceAliases() },
        // Everything the stories import, pre-bundled before the first visit: a dependency Vite found
        // later (hls.js, the React wrappers' `@lit/react`) re-optimizes and reloads the page, and a
        // Lit directive bundled on its own brings a second copy of Lit.
        optimizeDeps: { include: [...PREBUNDLED] },
      },
    ),
};

export default config;
