// `npx vite --config examples/react/vite.config.ts` (with `npm run origin` beside it for media).
import { defineConfig } from 'vite';
import { sourceAliases } from '../../scripts/workspace-sources.ts';

export default defineConfig({
  root: import.meta.dirname,
  // The workspace packages from their sources, in builds too.
  resolve: { alias: sourceAliases() },
  server: { host: '127.0.0.1', port: Number(process.env.EXAMPLE_PORT ?? 5174) },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
