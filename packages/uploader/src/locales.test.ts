import { expect } from '@esm-bundle/chai';
import { en, loadLocale, SUPPORTED_LANGUAGES, supportedLanguage, translate, type Strings } from './locales.ts';

const everyLocale = async (): Promise<[string, Strings][]> =>
  Promise.all(SUPPORTED_LANGUAGES.map(async (lang) => [lang, await loadLocale(lang)] as [string, Strings]));

describe('locales', () => {
  it('has every string in every language', async () => {
    const keys = Object.keys(en).sort();
    for (const [lang, strings] of await everyLocale()) {
      expect(Object.keys(strings).sort(), lang).to.deep.equal(keys);
      for (const [key, value] of Object.entries(strings)) expect(value, `${lang}.${key}`).to.not.equal('');
    }
    expect(SUPPORTED_LANGUAGES).to.include.members(['en', 'fr', 'es', 'de']);
  });

  it('keeps the same placeholders in every language', async () => {
    const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();
    const locales = await everyLocale();
    for (const [key, english] of Object.entries<string>({ ...en })) {
      for (const [lang, strings] of locales) {
        expect(placeholders(strings[key as keyof typeof strings]), `${lang}.${key}`).to.deep.equal(
          placeholders(english),
        );
      }
    }
  });

  it('picks the language from a BCP 47 tag, falling back to English', () => {
    expect(supportedLanguage('fr-CA')).to.equal('fr');
    expect(supportedLanguage('DE')).to.equal('de');
    expect(supportedLanguage('ja')).to.equal('en');
    expect(supportedLanguage(null)).to.equal('en');
  });

  it('fills placeholders', async () => {
    await loadLocale('es');
    expect(translate('es', 'uploading', { name: 'a.mp4', percent: '40 %' })).to.equal('Subiendo a.mp4: 40 %');
    expect(translate('en', 'paused')).to.equal('Paused at {percent}');
  });
});
