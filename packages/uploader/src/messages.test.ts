import { expect } from '@esm-bundle/chai';
import { errorMessage } from './messages.ts';
import { UploadError } from './transport/errors.ts';
import { loadLocale, SUPPORTED_LANGUAGES } from './locales.ts';

const clip = new File(['x'.repeat(2_000_000)], 'clip.mp4', { type: 'video/mp4' });

describe('errorMessage', () => {
  before(() => Promise.all(SUPPORTED_LANGUAGES.map(loadLocale)));

  it('names the chunk-size attribute and a valid size', () => {
    const error = new UploadError('invalid-option', 'chunkSize 300 is invalid: …', { option: 'chunkSize', value: 300 });
    expect(errorMessage('en', error)).to.equal(
      'chunk-size="300" is invalid: it must be a multiple of 256 (KiB), such as 256.',
    );
  });

  it('says how big the file is and the limit, in the page language', () => {
    const error = new UploadError('file-too-large', '…', { limit: 1_000_000, value: clip.size });
    expect(errorMessage('en', error, clip)).to.equal(
      'clip.mp4 is 2 MB, over the 1 MB limit (max-file-size). Choose a smaller file.',
    );
    expect(errorMessage('de', error, clip)).to.match(/^clip\.mp4 ist 2 MB groß/);
  });

  it('turns a 404 or 410 into an expired link', () => {
    const error = new UploadError('rejected', '…', { status: 410 });
    expect(errorMessage('fr', error)).to.equal(
      'Ce lien d’envoi a expiré. Choisissez à nouveau le fichier pour recommencer.',
    );
  });

  it('carries the server status and reason for other refusals', () => {
    const error = new UploadError('rejected', '…', { status: 400, serverReason: 'unexpected_offset' });
    expect(errorMessage('en', error)).to.equal(
      'The server refused the upload (400 unexpected_offset). Nothing more was sent.',
    );
  });

  it('keeps the endpoint failure detail', () => {
    const error = new UploadError('endpoint-failed', 'Failed to get endpoint: 401 Unauthorized');
    expect(errorMessage('es', error)).to.equal(
      'No se pudo obtener una URL de subida (401 Unauthorized). Reintenta o recarga la página.',
    );
  });
});
