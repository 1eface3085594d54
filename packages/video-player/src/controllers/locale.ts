import { languageOf } from '@videokit/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ENGLISH, loadLocale, t, type Locale, type StringKey } from '../i18n/index.ts';

/** The player's locale: the nearest `lang` (the element's own, an ancestor's, the page's, the browser's), loaded on demand. */
export class LocaleController implements ReactiveController {
  locale: Locale = ENGLISH;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #lang: () => string | undefined;
  #tag: string | undefined;

  /** `lang` reads the element's own `lang` attribute (a reactive property, so a change re-renders). */
  constructor(host: ReactiveControllerHost & HTMLElement, lang: () => string | undefined) {
    this.#host = host;
    this.#lang = lang;
    host.addController(this);
  }

  /** A string of the current locale (English key by key until it loads). */
  readonly t = (key: StringKey, values?: Record<string, string | number>): string => t(this.locale, key, values);

  hostUpdate(): void {
    const tag = languageOf(this.#host, this.#lang());
    if (tag === this.#tag) return;
    this.#tag = tag;
    void loadLocale(tag).then((locale) => {
      if (this.#tag !== tag) return;
      this.locale = locale;
      this.#host.requestUpdate();
    });
  }
}
