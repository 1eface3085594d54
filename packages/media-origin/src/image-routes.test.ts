import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { AssetManifest } from './assets.ts';
import { startOrigin } from './server.ts';
import { request, type TestResponse } from './testing.ts';

const MEDIA = fileURLToPath(new URL('../../../test/fixtures/media/', import.meta.url));
const fixture = (asset: string, path: string): Buffer => readFileSync(`${MEDIA}${asset}/${path}`);
const VOD = JSON.parse(fixture('vod', 'asset.json').toString('utf8')) as AssetManifest;
const THUMBS = VOD.thumbnails ?? assert.fail('vod has thumbnails');
const BOARD = VOD.storyboard ?? assert.fail('vod has a storyboard');
const T0 = Date.UTC(2030, 0, 1);

let clock = T0;
const origin = await startOrigin({ port: 0, now: () => clock });
const IMAGE = `http://image.localhost:${origin.port}`;

const get = (path: string): Promise<TestResponse> => request(origin, 'image', path);

async function ok(path: string): Promise<TestResponse> {
  const response = await get(path);
  assert.equal(response.status, 200, `${path}: ${response.text}`);
  return response;
}

async function refused(path: string, status: number, reason: string): Promise<TestResponse> {
  const response = await get(path);
  assert.equal(response.status, status, `${path}: ${response.text}`);
  assert.equal(response.reason, reason, response.text);
  return response;
}

const MAGIC: Record<string, (bytes: Buffer) => boolean> = {
  jpg: (bytes) => bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  png: (bytes) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  webp: (bytes) => bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP',
};
const TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

/** Pixel size from the image header (JPEG SOFn, PNG IHDR, WebP VP8/VP8X). */
function dimensions(bytes: Buffer): { width: number; height: number } {
  if (MAGIC.png?.(bytes)) return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  if (MAGIC.webp?.(bytes)) {
    const chunk = bytes.toString('latin1', 12, 16);
    if (chunk === 'VP8 ') return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
    if (chunk === 'VP8X') return { width: 1 + bytes.readUIntLE(24, 3), height: 1 + bytes.readUIntLE(27, 3) };
    throw new Error(`unhandled WebP chunk ${chunk}`);
  }
  for (let i = 2; i + 9 < bytes.length;) {
    const marker = bytes[i + 1] ?? 0;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { width: bytes.readUInt16BE(i + 7), height: bytes.readUInt16BE(i + 5) };
    }
    i += 2 + bytes.readUInt16BE(i + 2);
  }
  throw new Error('no JPEG frame header');
}

/** WebVTT timestamp, written independently of the origin's formatter. */
const vttTime = (seconds: number): string => {
  const date = new Date(Math.round(seconds * 1000));
  return date.toISOString().slice(11, 23);
};

const tileCount = BOARD.tiles;
const step = VOD.duration / tileCount;
const tile = (i: number): { x: number; y: number } => ({
  x: (i % BOARD.columns) * BOARD.tileWidth,
  y: Math.floor(i / BOARD.columns) * BOARD.tileHeight,
});

function expectedVtt(sheet: string): string {
  const cues = Array.from({ length: tileCount }, (_, i) => {
    const { x, y } = tile(i);
    const xywh = `${x},${y},${BOARD.tileWidth},${BOARD.tileHeight}`;
    return `${vttTime(i * step)} --> ${vttTime((i + 1) * step)}\n${sheet}#xywh=${xywh}`;
  });
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

interface StoryboardJson {
  url: string;
  tile_width: number;
  tile_height: number;
  duration: number;
  tiles: { start: number; x: number; y: number }[];
}

await test('thumbnails', async (t) => {
  await t.test('jpg, png and webp have their content type, magic bytes and the fixture size', async () => {
    for (const format of THUMBS.formats) {
      const response = await ok(`/vod/thumbnail.${format}`);
      assert.equal(response.headers['content-type'], TYPES[format]);
      assert.ok(MAGIC[format]?.(response.body), `${format} magic bytes`);
      assert.deepEqual(dimensions(response.body), { width: THUMBS.width, height: THUMBS.height });
    }
  });

  await t.test('without time, the frame is from the middle of the asset', async () => {
    const middle = Math.round(VOD.duration / 2 / THUMBS.interval);
    assert.ok((await ok('/vod/thumbnail.jpg')).body.equals(fixture('vod', `thumbnails/${middle}.jpg`)));
  });

  await t.test('time picks the nearest pre-rendered frame', async () => {
    const cases: [string, number][] = [
      ['0', 0],
      ['2.4', 2],
      ['2.6', 3],
      ['7', 7],
      ['12.01', 12],
      ['3600', THUMBS.count - 1],
    ];
    for (const [time, frame] of cases) {
      for (const format of ['jpg', 'webp']) {
        const { body } = await ok(`/vod/thumbnail.${format}?time=${time}`);
        assert.ok(body.equals(fixture('vod', `thumbnails/${frame}.${format}`)), `time=${time} → frame ${frame}`);
      }
    }
  });

  await t.test('different times give different images', async () => {
    const bodies = await Promise.all([1, 4, 9].map(async (time) => (await ok(`/vod/thumbnail.png?time=${time}`)).body));
    assert.equal(new Set(bodies.map((body) => body.toString('base64'))).size, 3);
  });

  await t.test(
    'width, height, fit_mode, rotate and flips are accepted but ignored: frames are pre-rendered',
    async () => {
      const plain = (await ok('/vod/thumbnail.jpg?time=3')).body;
      const sized = await ok(
        '/vod/thumbnail.jpg?time=3&width=320&height=180&fit_mode=smartcrop&rotate=90&flip_v=true&flip_h=true',
      );
      assert.ok(sized.body.equals(plain));
      assert.deepEqual(dimensions(sized.body), { width: THUMBS.width, height: THUMBS.height });
    },
  );

  await t.test('bad option values are 400 with a plain-text reason', async () => {
    for (const query of [
      'time=-1',
      'time=soon',
      'time=',
      'width=0',
      'width=1.5',
      'height=-3',
      'rotate=45',
      'fit_mode=zoom',
    ]) {
      const response = await refused(`/vod/thumbnail.jpg?${query}`, 400, 'bad_image_option');
      assert.match(response.text, new RegExp(`^bad_image_option: ${query.split('=')[0] ?? ''}=`));
    }
  });

  await t.test('vod-fmp4 shares the vod images', async () => {
    assert.ok((await ok('/vod-fmp4/thumbnail.jpg?time=5')).body.equals(fixture('vod', 'thumbnails/5.jpg')));
  });

  await t.test('latest=true on a live ID shows the frame at its live edge', async () => {
    try {
      // live began 60 s (five loops) before the origin: its edge is the end of the source.
      assert.ok((await ok('/live/thumbnail.jpg?latest=true')).body.equals(fixture('live-source', 'thumbnails/12.jpg')));
      // live-dvr began 20 s before: one loop plus four 2 s segments.
      assert.ok(
        (await ok('/live-dvr/thumbnail.jpg?latest=true')).body.equals(fixture('live-source', 'thumbnails/8.jpg')),
      );
      clock = T0 + 5000;
      assert.ok((await ok('/live/thumbnail.jpg?latest=true')).body.equals(fixture('live-source', 'thumbnails/4.jpg')));
      await refused('/live-not-started/thumbnail.jpg?latest=true', 412, 'not_live');
    } finally {
      clock = T0;
    }
  });

  await t.test('latest is ignored for on-demand IDs', async () => {
    assert.ok((await ok('/vod/thumbnail.jpg?latest=true&time=2')).body.equals(fixture('vod', 'thumbnails/2.jpg')));
  });
});

await test('storyboards', async (t) => {
  await t.test('storyboard.jpg and .webp are one sheet of every tile', async () => {
    for (const format of BOARD.formats) {
      const response = await ok(`/vod/storyboard.${format}`);
      assert.equal(response.headers['content-type'], TYPES[format]);
      assert.ok(MAGIC[format]?.(response.body));
      assert.deepEqual(dimensions(response.body), {
        width: BOARD.columns * BOARD.tileWidth,
        height: Math.ceil(BOARD.tiles / BOARD.columns) * BOARD.tileHeight,
      });
    }
  });

  await t.test('a sheet format the fixture does not render is 404, naming the ones it does', async () => {
    const response = await refused('/vod/storyboard.png', 404, 'not_found');
    assert.match(response.text, /jpg or webp/);
  });

  await t.test('storyboard.vtt has one cue per tile in the seed format, pointing into the jpg sheet', async () => {
    const response = await ok('/vod/storyboard.vtt');
    assert.equal(response.headers['content-type'], 'text/vtt; charset=utf-8');
    assert.equal(response.text, expectedVtt(`${IMAGE}/vod/storyboard.jpg`));
    // Spot checks against literal text, the shape of the seed's example.
    const cues = response.text.split('\n\n');
    assert.equal(cues[0], 'WEBVTT');
    assert.equal(cues[1], `00:00:00.000 --> 00:00:00.240\n${IMAGE}/vod/storyboard.jpg#xywh=0,0,256,144`);
    assert.equal(cues[6], `00:00:01.201 --> 00:00:01.441\n${IMAGE}/vod/storyboard.jpg#xywh=0,144,256,144`);
    assert.equal(cues.length, 1 + tileCount);
    assert.match(cues.at(-1) ?? '', /^00:00:11\.770 --> 00:00:12\.010\n.*#xywh=1024,1296,256,144\n$/);
  });

  await t.test('storyboard.json has the seed fields: url, tile_width, tile_height, duration, tiles', async () => {
    const response = await ok('/vod/storyboard.json');
    assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
    const board = response.json<StoryboardJson>();
    assert.deepEqual(Object.keys(board), ['url', 'tile_width', 'tile_height', 'duration', 'tiles']);
    assert.equal(board.url, `${IMAGE}/vod/storyboard.jpg`);
    assert.equal(board.tile_width, 256);
    assert.equal(board.tile_height, 144);
    assert.equal(board.duration, VOD.duration);
    assert.equal(board.tiles.length, tileCount);
    for (const [i, entry] of board.tiles.entries()) {
      assert.deepEqual(Object.keys(entry), ['start', 'x', 'y']);
      assert.deepEqual(entry, { start: Number((i * step).toFixed(6)), ...tile(i) });
    }
    assert.deepEqual(board.tiles.slice(0, 2), [
      { start: 0, x: 0, y: 0 },
      { start: 0.240207, x: 256, y: 0 },
    ]);
  });

  await t.test('the sheet the metadata names is served', async () => {
    const { url } = (await ok('/vod/storyboard.json')).json<StoryboardJson>();
    const sheet = await ok(new URL(url).pathname);
    assert.ok(sheet.body.equals(fixture('vod', 'storyboard.jpg')));
  });

  await t.test('?format=webp points the metadata at the webp sheet', async () => {
    const vtt = await ok('/vod/storyboard.vtt?format=webp');
    assert.equal(vtt.text, expectedVtt(`${IMAGE}/vod/storyboard.webp`));
    assert.equal(
      (await ok('/vod/storyboard.json?format=webp')).json<StoryboardJson>().url,
      `${IMAGE}/vod/storyboard.webp`,
    );
    assert.equal(
      (await ok('/vod/storyboard.json?format=jpg')).json<StoryboardJson>().url,
      `${IMAGE}/vod/storyboard.jpg`,
    );
  });

  await t.test('a format without a sheet is 400', async () => {
    for (const format of ['png', 'gif', '']) {
      await refused(`/vod/storyboard.vtt?format=${format}`, 400, 'bad_image_option');
    }
  });

  await t.test('live IDs have storyboards of their source', async () => {
    const board = (await ok('/live/storyboard.json')).json<StoryboardJson>();
    assert.equal(board.duration, 12);
    assert.equal(board.tiles[1]?.start, 0.24);
    assert.ok((await ok('/live/storyboard.jpg')).body.equals(fixture('live-source', 'storyboard.jpg')));
  });
});

await test('signed images', async (t) => {
  const token = (aud: string, claims: Record<string, unknown> = {}): string =>
    origin.mintToken({ sub: 'signed-vod', aud, ...claims });

  await t.test('thumbnails need a token with aud t', async () => {
    await refused('/signed-vod/thumbnail.jpg', 403, 'token_missing');
    for (const aud of ['v', 's', 'g', 'd']) {
      const response = await refused(`/signed-vod/thumbnail.jpg?token=${token(aud)}`, 403, 'token_audience');
      assert.match(response.text, /thumbnail \(t\)/);
    }
    assert.ok(MAGIC.jpg?.((await ok(`/signed-vod/thumbnail.jpg?token=${token('t')}`)).body));
  });

  await t.test('thumbnail options come from the claims, never beside the token', async () => {
    const { body } = await ok(`/signed-vod/thumbnail.jpg?token=${token('t', { time: 3, width: 320 })}`);
    assert.ok(body.equals(fixture('vod', 'thumbnails/3.jpg')));
    await refused(`/signed-vod/thumbnail.jpg?token=${token('t')}&time=3`, 403, 'params_beside_token');
    await refused(`/signed-vod/thumbnail.jpg?token=${token('t', { time: -1 })}`, 400, 'bad_image_option');
  });

  await t.test('storyboards need a token with aud s', async () => {
    for (const path of ['/signed-vod/storyboard.vtt', '/signed-vod/storyboard.json', '/signed-vod/storyboard.jpg']) {
      await refused(path, 403, 'token_missing');
      const response = await refused(`${path}?token=${token('t')}`, 403, 'token_audience');
      assert.match(response.text, /storyboard \(s\)/);
    }
  });

  await t.test('storyboard metadata signs the sheet URL with the same token', async () => {
    const jwt = token('s');
    const vtt = await ok(`/signed-vod/storyboard.vtt?token=${jwt}`);
    assert.equal(vtt.text, expectedVtt(`${IMAGE}/signed-vod/storyboard.jpg?token=${jwt}`));
    const { url } = (await ok(`/signed-vod/storyboard.json?token=${jwt}`)).json<StoryboardJson>();
    assert.equal(url, `${IMAGE}/signed-vod/storyboard.jpg?token=${jwt}`);
    const sheet = await ok(url.slice(IMAGE.length));
    assert.ok(sheet.body.equals(fixture('vod', 'storyboard.jpg')));
  });

  await t.test('the storyboard format comes from the claims', async () => {
    const jwt = token('s', { format: 'webp' });
    const { url } = (await ok(`/signed-vod/storyboard.json?token=${jwt}`)).json<StoryboardJson>();
    assert.equal(url, `${IMAGE}/signed-vod/storyboard.webp?token=${jwt}`);
    await refused(`/signed-vod/storyboard.json?token=${token('s')}&format=webp`, 403, 'params_beside_token');
  });

  await t.test('a token on a public ID is refused', async () => {
    await refused(`/vod/thumbnail.jpg?token=${origin.mintToken({ sub: 'vod', aud: 't' })}`, 403, 'token_on_public_id');
  });
});

await test('images that do not exist', async (t) => {
  await t.test('audio-only has no thumbnails or storyboards', async () => {
    for (const path of [
      '/audio-only/thumbnail.jpg',
      '/audio-only/storyboard.vtt',
      '/audio-only/storyboard.json',
      '/audio-only/storyboard.jpg',
    ]) {
      const response = await refused(path, 404, 'no_images');
      assert.match(response.text, /audio-only/);
    }
  });

  await t.test('animated images are not rendered; signed ones still check for aud g first', async () => {
    await refused('/vod/animated.gif', 404, 'not_rendered');
    await refused('/vod/animated.webp', 404, 'not_rendered');
    await refused(
      `/signed-vod/animated.gif?token=${origin.mintToken({ sub: 'signed-vod', aud: 't' })}`,
      403,
      'token_audience',
    );
    await refused(
      `/signed-vod/animated.gif?token=${origin.mintToken({ sub: 'signed-vod', aud: 'g' })}`,
      404,
      'not_rendered',
    );
  });

  await t.test('unknown IDs and paths are 404', async () => {
    await refused('/nope/thumbnail.jpg', 404, 'playback_id_not_found');
    await refused('/vod/thumbnail.gif', 404, 'not_found');
    await refused('/vod/poster.jpg', 404, 'not_found');
  });
});

// Top-level tests run one after another (each is awaited), so this runs after the last.
await origin.stop();
