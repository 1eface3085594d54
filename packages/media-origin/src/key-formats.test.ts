import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startOrigin } from './server.ts';
import { request } from './testing.ts';

const origin = await startOrigin({ port: 0 });
const token = (sub: string): string => origin.mintToken({ sub, aud: 'v' });

const keyLines = (text: string): string[] => text.split('\n').filter((line) => /^#EXT-X-(SESSION-)?KEY:/.test(line));

await test('key formats advertised by encrypted playlists', async (t) => {
  await t.test('vod-clearkey advertises ClearKey with the KID', async () => {
    const { status, text } = await request(
      origin,
      'stream',
      `/vod-clearkey/rendition/720p.m3u8?token=${token('vod-clearkey')}`,
    );
    assert.equal(status, 200, text);
    const [line = ''] = keyLines(text);
    assert.match(line, /KEYFORMAT="org.w3.clearkey"/);
  });

  await t.test('vod-widevine advertises Widevine with a pssh box naming the KID', async () => {
    const { status, text } = await request(origin, 'stream', `/vod-widevine.m3u8?token=${token('vod-widevine')}`);
    assert.equal(status, 200, text);
    const [line = ''] = keyLines(text);
    assert.match(line, /^#EXT-X-SESSION-KEY:METHOD=SAMPLE-AES,/);
    assert.match(line, /KEYFORMAT="urn:uuid:edef8ba9-79d6-4ace-a3c8-27dcd51d21ed"/);
    const base64 = /base64,([^"]+)"/.exec(line)?.[1] ?? '';
    const pssh = Buffer.from(base64, 'base64');
    assert.equal(pssh.readUInt32BE(0), pssh.length);
    assert.equal(pssh.toString('latin1', 4, 8), 'pssh');
    assert.equal(pssh.toString('hex', 12, 28), 'edef8ba979d64acea3c827dcd51d21ed');
    assert.equal(pssh.toString('hex', 34), '3f1a9c2e5b7d4e6f8a0b1c2d3e4f5a6b');
  });

  await t.test('Widevine licenses are refused: no such CDM here', async () => {
    const drm = origin.mintToken({ sub: 'vod-widevine', aud: 'd' });
    const response = await request(origin, 'license', `/license/widevine/vod-widevine?token=${drm}`, {
      method: 'POST',
      body: 'challenge',
    });
    assert.equal(response.status, 403);
    assert.equal(response.reason, 'cdm_unavailable');
  });
});

await origin.stop();
