/**
 * The words the uploader shows and announces, per language. Placeholders in braces are
 * filled by `translate`. A missing key falls back to English.
 */

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
type Language = (typeof SUPPORTED_LANGUAGES)[number];

const loaded: Partial<Record<Language, Strings>> = { en };

const pending = new Map<Language, Promise<Strings>>();

/**
 * Fetches a language's strings once; resolves when `translate` can use them. Every caller for a
 * language shares one promise, so those who asked first hear first.
 */
export function loadLocale(lang: string): Promise<Strings> {
  const language = supportedLanguage(lang) as Language;
  const known = loaded[language];
  if (known) return Promise.resolve(known);
  let loading = pending.get(language);
  if (!loading) {
    // One import per language, so bundlers split each into its own chunk.
    const imports: Record<Exclude<Language, 'en'>, () => Promise<{ default: Strings }>> = {
      fr: () => import('./locales/fr.ts'),
      es: () => import('./locales/es.ts'),
      de: () => import('./locales/de.ts'),
      it: () => import('./locales/it.ts'),
      pt: () => import('./locales/pt.ts'),
      zh: () => import('./locales/zh.ts'),
    };
    loading = imports[language as Exclude<Language, 'en'>]().then(({ default: strings }) => {
      loaded[language] = strings;
      return strings;
    });
    pending.set(language, loading);
  }
  return loading;
}

/** The best supported language for a BCP 47 tag ("fr-CA" → "fr"); English otherwise. */
export function supportedLanguage(tag: string | null | undefined): string {
  const base = (tag ?? '').toLowerCase().split('-')[0] ?? '';
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(base) ? base : 'en';
}

/** Whether `lang`'s strings are here (else `translate` answers in English until `loadLocale` ends). */
export function isLocaleLoaded(lang: string): boolean {
  return loaded[supportedLanguage(lang) as Language] !== undefined;
}

export function translate(lang: string, key: keyof Strings, params: Record<string, string | number> = {}): string {
  const template = loaded[supportedLanguage(lang) as Language]?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
