import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The root vite.config.ts serves the demo; Storybook needs Vite's defaults.
  viteFinal: (viteConfig) => ({ ...viteConfig, root: undefined, build: { ...viteConfig.build, outDir: undefined } }),
};

export default config;
