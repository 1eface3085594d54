// Visual regression tests: the browser test setup with screenshot commands, over test/visual/*.visual.ts.
import base from './web-test-runner.config.mjs';
import { visualCommands } from './test/visual/screenshot-command.mjs';

export default {
  ...base,
  files: ['test/visual/**/*.visual.ts'],
  plugins: [...base.plugins, visualCommands()],
};
