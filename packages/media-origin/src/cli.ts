import { parseArgs } from 'node:util';
import { startOrigin } from './server.ts';

const { values } = parseArgs({
  options: { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});

if (values.help) {
  console.log('videokit-origin [--port 4000] [--host 127.0.0.1]   (PORT in the environment replaces the default)');
  process.exit(0);
}

const port = Number(values.port ?? process.env.PORT ?? 4000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`videokit-origin: --port/PORT "${values.port ?? process.env.PORT}" is not a port number`);
  process.exit(2);
}

const origin = await startOrigin({ port, host: values.host });
console.log(
  `videokit media origin on http://localhost:${origin.port} (stream, image, license, upload, beacon, player, control .localhost)`,
);
console.log(`  try ${origin.url('stream', '/vod.m3u8')}`);

const stop = (): void => {
  void origin.stop().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
