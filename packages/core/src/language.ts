/**
 * Which language an element speaks, shared by every element (player, uploader, ad layer, Cast
 * button), so they agree: the lookup order, base languages, direction and `{name}` placeholders.
 * The loader of other languages' strings is `@videokit/core/translations`.
 */

/**
 * The language tag an element speaks, first that says one: the tags given (an element's own
 * setting such as the uploader's `locale`), the nearest `lang` (the element's own or an
 * ancestor's), the page's, the browser's; `en` when none does. An empty `lang` means unknown.
 */
export function languageOf(element: Element, ...preferred: (string | null | undefined)[]): string {
  const candidates = [
    ...preferred,
    element.closest('[lang]')?.getAttribute('lang'),
    element.ownerDocument.documentElement.lang,
    navigator.language,
  ];
  return candidates.find(Boolean) ?? 'en';
}

/** The language of a BCP 47 tag, lower case: `fr-CA` → `fr`. */
export const baseLanguage = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';

const RIGHT_TO_LEFT = ['ar', 'he', 'fa', 'ur'];

/** `rtl` for languages written right to left. */
export const directionOf = (tag: string): 'ltr' | 'rtl' => (RIGHT_TO_LEFT.includes(baseLanguage(tag)) ? 'rtl' : 'ltr');

/** `template` with its `{name}` placeholders filled; a value not given leaves its placeholder, so the gap shows. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
