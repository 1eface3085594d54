// The upload page: <video-uploader> against the local origin's direct uploads, then the
// SHA-256 the origin stored (the origin does not transcode, so there is nothing to play).
import '@videokit/uploader/define';
import { element, originDomain } from './page.ts';

const uploader = document.querySelector('video-uploader');
if (!uploader) throw new Error('upload page is missing <video-uploader>');
const lang = element('lang', HTMLSelectElement);
const result = element('result', HTMLElement);
element('origin-domain', HTMLElement).textContent = originDomain;

/** What an app's backend does: create a direct upload and hand its URL to the page. */
uploader.endpoint = async () => {
  const response = await fetch(`http://upload.${originDomain}/uploads`, { method: 'POST' });
  if (!response.ok) throw new Error(`POST /uploads answered ${String(response.status)}`);
  const { url } = (await response.json()) as { url?: string };
  return url ?? '';
};

uploader.addEventListener('file-ready', () => {
  result.hidden = true;
});

uploader.addEventListener('success', (event) => {
  const { url } = (event as CustomEvent<{ url: string }>).detail;
  void fetch(url).then(async (response) => {
    const status = (await response.json()) as { id: string; received: number; sha256: string };
    element('result-id', HTMLElement).textContent = status.id;
    element('result-size', HTMLElement).textContent = `${status.received.toLocaleString()} bytes`;
    element('result-sha', HTMLElement).textContent = status.sha256;
    result.hidden = false;
  });
});

lang.addEventListener('change', () => {
  uploader.lang = lang.value;
});
