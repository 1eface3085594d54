/**
 * An `UploadError` in the user's language, naming the element's attribute rather than the
 * transport's option, and saying what to do.
 */
import { formatSize } from './format.ts';

const formatBytesExact = (lang: string, bytes: number): string =>
  new Intl.NumberFormat(lang, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
import { translate } from './locales.ts';
import type { UploadError } from './transport/errors.ts';

/** Option names as the element's attributes. */
const ATTRIBUTES: Record<string, string> = {
  chunkSize: 'chunk-size',
  maxFileSize: 'max-file-size',
  minChunkSize: 'min-chunk-size',
  maxChunkSize: 'max-chunk-size',
  endpoint: 'endpoint',
};

const show = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);

export function errorMessage(lang: string, error: UploadError, file?: File): string {
  const name = file?.name ?? '';
  const { details } = error;
  switch (error.reason) {
    case 'invalid-option': {
      if (details.option === 'endpoint') return translate(lang, 'errorNoEndpoint');
      if (details.option === 'chunkSize' && typeof details.value === 'number' && details.value > 0) {
        const suggestion = Math.max(256, Math.round(details.value / 256) * 256);
        return translate(lang, 'errorChunkSize', { value: show(details.value), suggestion });
      }
      const option = ATTRIBUTES[details.option ?? ''] ?? details.option ?? '';
      const problem = error.message.split(': ').slice(1).join(': ') || error.message;
      return translate(lang, 'errorOption', { option, value: show(details.value), problem });
    }
    case 'file-too-large': {
      let size = formatSize(lang, file?.size ?? 0);
      let limit = formatSize(lang, details.limit ?? 0);
      // Rounded alike ("1 MB, over the 1 MB limit") says nothing: then exact bytes.
      if (size === limit)
        [size, limit] = [formatBytesExact(lang, file?.size ?? 0), formatBytesExact(lang, details.limit ?? 0)];
      return translate(lang, 'errorFileTooLarge', { name, size, limit });
    }
    case 'file-type':
      return translate(lang, 'errorFileType', { name, accept: show(details.value) });
    case 'empty-file':
      return translate(lang, 'errorEmptyFile', { name });
    case 'endpoint-failed':
      return translate(lang, 'errorEndpointFailed', {
        detail: error.message.replace(/^Failed to get endpoint: /, ''),
      });
    case 'endpoint-no-url':
      return translate(lang, 'errorEndpointNoUrl');
    case 'rejected':
      if (details.status === 404 || details.status === 410) return translate(lang, 'errorGone');
      return translate(lang, 'errorRejected', {
        status: details.serverReason ? `${details.status ?? ''} ${details.serverReason}` : String(details.status ?? ''),
      });
    case 'attempts-exhausted':
      return translate(lang, 'errorAttempts', {
        detail: details.status ? String(details.status) : (error.message.split(': ').pop() ?? ''),
      });
    case 'protocol':
      return translate(lang, 'errorProtocol');
    case 'url-in-use':
      return translate(lang, 'errorUrlInUse');
    case 'read-failed':
      return translate(lang, 'errorRead');
    case 'invalid-state':
      // A programming error (resume() after the end), not the user's: the English message says it.
      return error.message;
  }
}
