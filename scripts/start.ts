// `npm start`: the local media origin plus the demo page, offline.
import { createServer } from 'vite';
import { startOrigin } from '../packages/media-origin/src/index.ts';
import { buildEmbed, embedIsStale } from './embed-build.ts';

const AUDIENCES = new Set(['v', 't', 'g', 's', 'd']);
const port = Number(process.env.PORT ?? 4000);
const origin = await startOrigin({ port });
const domain = `localhost:${String(origin.port)}`;

const demo = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  plugins: [
    {
      name: 'videokit-demo-origin',
      transformIndexHtml: () => [
        { tag: 'meta', attrs: { name: 'videokit-origin', content: domain }, injectTo: 'head' },
      ],
      // The demo's "backend": mints playback tokens the way an app's server would.
      configureServer(server) {
        server.middlewares.use('/api/token', (req, res) => {
          const query = new URL(req.url ?? '', 'http://demo.localhost').searchParams;
          const sub = query.get('sub') ?? '';
          const aud = query.get('aud') ?? '';
          if (!sub || !AUDIENCES.has(aud)) {
            res.writeHead(400, { 'Content-Type': 'text/plain' }).end('want ?sub=<playback ID>&aud=v|t|g|s|d');
            return;
          }
          res.writeHead(200, { 'Content-Type': 'text/plain' }).end(origin.mintToken({ sub, aud }));
        });
      },
    },
  ],
});
await demo.listen();

const demoUrl = demo.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
const embedUrl = `http://player.${domain}/vod`;
const building = embedIsStale();
console.log(`
videokit is running (offline; Ctrl-C stops it)

  player demo     ${demoUrl}
  uploads         ${demoUrl}upload.html
  low-latency     ${demoUrl}live.html
  ads             ${demoUrl}ads.html
  embed page      ${embedUrl}${building ? '  (building, ready in a moment)' : ''}
  media origin    http://stream.${domain}/vod.m3u8  (stream, image, license, upload, beacon, player, ads, cast .localhost)
  storybook       PORT=4100 npm run storybook  → http://127.0.0.1:6006/  (its own origin, beside this one)
  react example   npx vite --config examples/react/vite.config.ts  → http://127.0.0.1:5174/?domain=${domain}
`);
if (building) {
  void buildEmbed((output) => console.error(output)).then((built) =>
    console.log(built ? `embed page ready: ${embedUrl}` : 'embed page: the build failed (see above)'),
  );
}

const stop = async (): Promise<void> => {
  await demo.close();
  await origin.stop();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
