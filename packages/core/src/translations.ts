/**
 * The one translation kit of the elements (player, uploader, ad layer, Cast button): strings
 * loaded on demand, English key by key where a language lacks one. English is bundled; other
 * languages load with their loader's `import()`. Which language applies and `{name}`
 * placeholders are in `language.ts` (exported from the package root); this module is its own
 * entry, `@videokit/core/translations`, so the player imports it only for a language other than English.
 */
import { baseLanguage } from './language.ts';

/** Strings by key (an interface or a type); `{name}` marks a value filled in at use. */
export type Catalog<S> = { [K in keyof S]: string };

/** A language's strings as a loader's `import()` gives them (missing keys fall back to English). */
export type Loader<S extends Catalog<S>> = () => Promise<Partial<S>>;

/** One element's strings in every language it speaks. */
export interface Translations<S extends Catalog<S>> {
  /** The language `tag` gets: its base language when there are strings for it, else `en`. */
  language(tag: string): string;
  /** The strings for `tag` once loaded, English until then; always complete. */
  strings(tag: string): S;
  /** Whether `strings(tag)` already has `tag`'s language. */
  loaded(tag: string): boolean;
  /** Loads `tag`'s language once (every caller shares one promise) and resolves with its strings. */
  load(tag: string): Promise<S>;
}

/** Translations over bundled `english` and a loader per other language. */
export function translations<S extends Catalog<S>>(
  english: S,
  loaders: Readonly<Record<string, Loader<S>>>,
): Translations<S> {
  const done = new Map<string, S>([['en', english]]);
  const loads = new Map<string, Promise<S>>();
  const language = (tag: string): string => {
    const base = baseLanguage(tag);
    return Object.hasOwn(loaders, base) ? base : 'en';
  };
  const strings = (tag: string): S => done.get(language(tag)) ?? english;
  return {
    language,
    strings,
    loaded: (tag) => done.has(language(tag)),
    load(tag) {
      const lang = language(tag);
      const load = loaders[lang];
      if (done.has(lang) || !load) return Promise.resolve(strings(lang));
      let loading = loads.get(lang);
      if (!loading) {
        loading = load().then((partial) => {
          const complete = { ...english, ...partial };
          done.set(lang, complete);
          return complete;
        });
        loads.set(lang, loading);
        // A failed load (offline) is tried again next time; until then English shows.
        void loading.catch(() => loads.delete(lang));
      }
      return loading;
    },
  };
}
