/**
 * The words the uploader shows and announces, per language, through core's translation kit.
 * Placeholders in braces are filled by `translate`. A missing key falls back to English.
 */
import { fill } from '@videokit/core';
import { translations } from '@videokit/core/translations';

export interface Strings {
  dropPrompt: string;
  or: string;
  selectFile: string;
  selectFiles: string;
  pause: string;
  resume: string;
  cancel: string;
  retry: string;
  progressLabel: string;
  uploading: string;
  uploadingEta: string;
  starting: string;
  resuming: string;
  paused: string;
  offline: string;
  success: string;
  cancelled: string;
  queued: string;
  failed: string;
  errorChunkSize: string;
  errorOption: string;
  errorFileTooLarge: string;
  errorFileType: string;
  errorEmptyFile: string;
  errorNoEndpoint: string;
  errorEndpointFailed: string;
  errorEndpointNoUrl: string;
  errorRejected: string;
  errorGone: string;
  errorAttempts: string;
  errorProtocol: string;
  errorUrlInUse: string;
  errorRead: string;
}

export const en: Strings = {
  dropPrompt: 'Drop a video or audio file here',
  or: 'or',
  selectFile: 'Choose a file',
  selectFiles: 'Choose files',
  pause: 'Pause',
  resume: 'Resume',
  cancel: 'Cancel',
  retry: 'Retry',
  progressLabel: 'Upload progress',
  uploading: 'Uploading {name}: {percent}',
  uploadingEta: 'Uploading {name}: {percent}, {eta} left',
  starting: 'Starting the upload of {name}',
  resuming: 'Resuming {name} from {percent}',
  paused: 'Paused at {percent}',
  offline: 'Offline: the upload continues when the connection returns',
  success: '{name} uploaded',
  cancelled: 'Upload cancelled',
  queued: 'Waiting',
  failed: 'Failed',
  errorChunkSize: 'chunk-size="{value}" is invalid: it must be a multiple of 256 (KiB), such as {suggestion}.',
  errorOption: 'The {option} setting "{value}" is invalid: {problem}.',
  errorFileTooLarge: '{name} is {size}, over the {limit} limit (max-file-size). Choose a smaller file.',
  errorFileType: '{name} is not an accepted type ({accept}). Choose a video or audio file.',
  errorEmptyFile: '{name} is empty. Choose a file with content.',
  errorNoEndpoint: 'Nowhere to upload: set the endpoint attribute or property.',
  errorEndpointFailed: 'Could not get an upload URL ({detail}). Retry, or reload the page.',
  errorEndpointNoUrl: 'The endpoint gave no upload URL. Check the function that creates uploads.',
  errorRejected: 'The server refused the upload ({status}). Nothing more was sent.',
  errorGone: 'This upload link has expired. Choose the file again to start a new upload.',
  errorAttempts: 'The upload stopped after repeated failures ({detail}). Check the connection and retry.',
  errorProtocol: 'The server answered unexpectedly, so the upload stopped to keep the file intact.',
  errorUrlInUse: 'The upload URL is already used for another file; start a new upload for this one.',
  errorRead: 'The file could not be read. Choose it again.',
};

/** Languages the uploader speaks; English is built in, the others load when first used. */
export const SUPPORTED_LANGUAGES = ['en', 'fr', 'es', 'de', 'it', 'pt', 'zh'] as const;

// One import per language, so bundlers split each into its own chunk.
const UPLOADER_STRINGS = translations(en, {
  fr: () => import('./locales/fr.ts').then((module) => module.default),
  es: () => import('./locales/es.ts').then((module) => module.default),
  de: () => import('./locales/de.ts').then((module) => module.default),
  it: () => import('./locales/it.ts').then((module) => module.default),
  pt: () => import('./locales/pt.ts').then((module) => module.default),
  zh: () => import('./locales/zh.ts').then((module) => module.default),
});

/**
 * Fetches a language's strings once; resolves when `translate` can use them. Every caller for a
 * language shares one promise, so those who asked first hear first.
 */
export function loadLocale(lang: string): Promise<Strings> {
  return UPLOADER_STRINGS.load(lang);
}

/** The best supported language for a BCP 47 tag ("fr-CA" → "fr"); English otherwise. */
export function supportedLanguage(tag: string | null | undefined): string {
  return UPLOADER_STRINGS.language(tag ?? '');
}

/** Whether `lang`'s strings are here (else `translate` answers in English until `loadLocale` ends). */
export function isLocaleLoaded(lang: string): boolean {
  return UPLOADER_STRINGS.loaded(lang);
}

export function translate(lang: string, key: keyof Strings, params: Record<string, string | number> = {}): string {
  return fill(UPLOADER_STRINGS.strings(lang)[key], params);
}
