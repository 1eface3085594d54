import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RequestContext } from './context.ts';
import { HttpError, sendFile, sendText } from './http.ts';

/**
 * `ads.{domain}`: a local ad server and SDK for `<ad-layer>`.
 *
 * - `/ima3.js`: the stand-in for Google's IMA SDK (`ima-stand-in/ima3.ts`, transpiled on request).
 * - `/vast/preroll.xml`: a VAST linear ad (`?ads=N` makes a pod of N, `?skipoffset=S` makes the ads
 *   skippable after S seconds, `?version=3` answers VAST 3.0, `?media=missing` points at a missing file).
 * - `/vast/empty.xml` (no ads), `/vast/wrapper.xml` (a wrapper around the pre-roll), `/vast/malformed.xml`.
 * - `/vmap.xml?breaks=start,2,end`: VMAP 1.0 with one break per offset (`start`, `end`, seconds or `n%`),
 *   each pointing at `/vast/preroll.xml` (`?ads=N` per break).
 * - `/creatives/creative.mp4`: the 3 s creative (test/fixtures/ads); `/track/{event}`: tracking pixels;
 *   `/click`: the click-through landing page.
 */
export async function handleAds(ctx: RequestContext): Promise<void> {
  const { pathname, searchParams } = ctx.url;
  if (ctx.req.method !== 'GET' && ctx.req.method !== 'HEAD') {
    throw new HttpError(405, 'method_not_allowed', 'the ad server only answers GET');
  }
  if (pathname === '/ima3.js') return sendText(ctx.res, 200, await standInSource(), 'text/javascript; charset=utf-8');
  if (pathname === '/vast/preroll.xml') return sendXml(ctx, vastPod(ctx.self, searchParams));
  if (pathname === '/vast/empty.xml')
    return sendXml(ctx, '<?xml version="1.0" encoding="UTF-8"?>\n<VAST version="4.0"/>\n');
  if (pathname === '/vast/malformed.xml') return sendXml(ctx, '<VAST version="4.0"><Ad><InLine>');
  if (pathname === '/vast/wrapper.xml') return sendXml(ctx, vastWrapper(ctx.self, searchParams));
  if (pathname === '/vmap.xml') return sendXml(ctx, vmap(ctx.self, searchParams));
  if (pathname === '/creatives/creative.mp4') return sendFile(ctx.req, ctx.res, creativePath(ctx));
  if (pathname.startsWith('/track/')) {
    ctx.res.writeHead(204, { 'Cache-Control': 'no-store' });
    ctx.res.end();
    return;
  }
  if (pathname === '/click') {
    return sendText(
      ctx.res,
      200,
      '<!doctype html><title>Advertiser</title><p>The advertiser’s page.</p>',
      'text/html; charset=utf-8',
    );
  }
  throw new HttpError(404, 'not_found', `no ad resource at ${pathname}`);
}

const STAND_IN = fileURLToPath(new URL('./ima-stand-in/ima3.ts', import.meta.url));
let standIn: { mtimeMs: number; code: string } | undefined;

/** The stand-in as a classic script, transpiled once per change of its source. */
async function standInSource(): Promise<string> {
  const { mtimeMs } = await stat(STAND_IN);
  if (standIn?.mtimeMs !== mtimeMs) {
    const { default: ts } = await import('typescript');
    const output = ts.transpileModule(await readFile(STAND_IN, 'utf8'), {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None, removeComments: false },
      fileName: 'ima3.ts',
    });
    standIn = { mtimeMs, code: output.outputText };
  }
  return standIn.code;
}

function creativePath(ctx: RequestContext): string {
  return resolve(ctx.state.assets.mediaRoot, '..', 'ads', 'creative.mp4');
}

function sendXml(ctx: RequestContext, body: string): void {
  sendText(ctx.res, 200, body, 'application/xml; charset=utf-8');
}

const escapeXml = (value: string): string => value.replace(/[<>&"']/g, (char) => `&#${String(char.charCodeAt(0))};`);

/** Seconds as VAST/VMAP `HH:MM:SS.mmm`. */
export function clock(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

function intParam(params: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new HttpError(400, 'bad_param', `${name} must be an integer from ${String(min)} to ${String(max)}`);
  }
  return value;
}

/** One inline linear ad of the pod. */
function inlineAd(self: string, index: number, total: number, params: URLSearchParams): string {
  const id = `${params.get('id') ?? 'videokit'}-${String(index)}`;
  const skip = params.get('skipoffset');
  if (skip !== null && !/^\d+(\.\d+)?$/.test(skip)) throw new HttpError(400, 'bad_param', 'skipoffset is seconds');
  const skipAttr = skip === null ? '' : ` skipoffset="${clock(Number(skip))}"`;
  const media = params.get('media') === 'missing' ? `${self}/creatives/missing.mp4` : `${self}/creatives/creative.mp4`;
  const track = (event: string): string =>
    `<Tracking event="${event}"><![CDATA[${self}/track/${event}?ad=${id}]]></Tracking>`;
  const sequence = total > 1 ? ` sequence="${String(index)}"` : '';
  return `  <Ad id="${escapeXml(id)}"${sequence}>
    <InLine>
      <AdSystem version="1">videokit ads</AdSystem>
      <AdTitle>Ad ${String(index)} of ${String(total)}</AdTitle>
      <Advertiser>videokit</Advertiser>
      <Description>A local test ad</Description>
      <Error><![CDATA[${self}/track/error?ad=${id}&code=[ERRORCODE]]]></Error>
      <Impression><![CDATA[${self}/track/impression?ad=${id}]]></Impression>
      <Creatives>
        <Creative id="creative-${String(index)}" adId="${escapeXml(id)}">
          <Linear${skipAttr}>
            <Duration>00:00:03.000</Duration>
            <TrackingEvents>
              ${['start', 'firstQuartile', 'midpoint', 'thirdQuartile', 'complete', 'pause', 'resume', 'skip'].map(track).join('\n              ')}
            </TrackingEvents>
            <VideoClicks>
              <ClickThrough><![CDATA[${self}/click?ad=${id}]]></ClickThrough>
              <ClickTracking><![CDATA[${self}/track/click?ad=${id}]]></ClickTracking>
            </VideoClicks>
            <MediaFiles>
              <MediaFile delivery="progressive" type="video/mp4" width="640" height="360" bitrate="300"><![CDATA[${media}]]></MediaFile>
            </MediaFiles>
          </Linear>
        </Creative>
      </Creatives>
    </InLine>
  </Ad>`;
}

function vastPod(self: string, params: URLSearchParams): string {
  const total = intParam(params, 'ads', 1, 1, 5);
  const version = params.get('version') === '3' ? '3.0' : '4.0';
  const ads = Array.from({ length: total }, (_, i) => inlineAd(self, i + 1, total, params));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<VAST version="${version}">\n${ads.join('\n')}\n</VAST>\n`;
}

function vastWrapper(self: string, params: URLSearchParams): string {
  const inner = new URLSearchParams(params);
  return `<?xml version="1.0" encoding="UTF-8"?>
<VAST version="4.0">
  <Ad id="wrapper-1">
    <Wrapper>
      <AdSystem>videokit wrapper</AdSystem>
      <VASTAdTagURI><![CDATA[${self}/vast/preroll.xml?${inner.toString()}]]></VASTAdTagURI>
      <Impression><![CDATA[${self}/track/wrapper-impression]]></Impression>
      <Creatives>
        <Creative>
          <Linear>
            <TrackingEvents>
              <Tracking event="start"><![CDATA[${self}/track/wrapper-start]]></Tracking>
            </TrackingEvents>
          </Linear>
        </Creative>
      </Creatives>
    </Wrapper>
  </Ad>
</VAST>
`;
}

/** `start`, `end`, `n%` or seconds, as a VMAP `timeOffset`. */
function timeOffset(value: string): string {
  if (value === 'start' || value === 'end') return value;
  if (/^\d{1,3}%$/.test(value)) return value;
  if (/^\d+(\.\d+)?$/.test(value)) return clock(Number(value));
  throw new HttpError(400, 'bad_param', `break offset "${value}" is not start, end, n% or seconds`);
}

function vmap(self: string, params: URLSearchParams): string {
  const offsets = (params.get('breaks') ?? 'start').split(',').filter(Boolean);
  if (offsets.length === 0 || offsets.length > 10)
    throw new HttpError(400, 'bad_param', 'breaks lists 1 to 10 offsets');
  const vast = new URLSearchParams(params);
  vast.delete('breaks');
  const breaks = offsets.map((value, index) => {
    const offset = timeOffset(value);
    const id = offset === 'start' ? 'preroll' : offset === 'end' ? 'postroll' : `midroll-${String(index)}`;
    vast.set('id', id);
    return `  <vmap:AdBreak timeOffset="${offset}" breakType="linear" breakId="${id}">
    <vmap:AdSource id="${id}-source" allowMultipleAds="true" followRedirects="true">
      <vmap:AdTagURI templateType="vast4"><![CDATA[${self}/vast/preroll.xml?${vast.toString()}]]></vmap:AdTagURI>
    </vmap:AdSource>
  </vmap:AdBreak>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<vmap:VMAP xmlns:vmap="http://www.iab.net/videosuite/vmap" version="1.0">
${breaks.join('\n')}
</vmap:VMAP>
`;
}
