import { expect } from '@esm-bundle/chai';
import { LOCALES, supportedLanguage, translate } from './locales.ts';

describe('locales', () => {
  it('has every string in every language', () => {
    const keys = Object.keys(LOCALES.en ?? {}).sort();
    for (const [lang, strings] of Object.entries(LOCALES)) {
      expect(Object.keys(strings).sort(), lang).to.deep.equal(keys);
      for (const [key, value] of Object.entries(strings)) expect(value, `${lang}.${key}`).to.not.equal('');
    }
    expect(Object.keys(LOCALES)).to.include.members(['en', 'fr', 'es', 'de']);
  });

  it('keeps the same placeholders in every language', () => {
    const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, english] of Object.entries<string>({ ...LOCALES.en })) {
      for (const [lang, strings] of Object.entries(LOCALES)) {
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

  it('fills placeholders', () => {
    expect(translate('es', 'uploading', { name: 'a.mp4', percent: '40 %' })).to.equal('Subiendo a.mp4: 40 %');
    expect(translate('en', 'paused')).to.equal('Paused at {percent}');
  });
});
