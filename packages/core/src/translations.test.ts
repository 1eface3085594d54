import { expect } from '@esm-bundle/chai';
import { translations } from './translations.ts';
import { baseLanguage, directionOf, fill, languageOf } from './language.ts';

describe('translations', () => {
  afterEach(() => {
    document.documentElement.lang = '';
    document.body.replaceChildren();
  });

  it('takes the language from the given tags, the nearest lang, the page, then the browser', () => {
    const outer = document.createElement('section');
    const element = document.createElement('div');
    outer.append(element);
    document.body.append(outer);
    expect(languageOf(element)).to.equal(navigator.language);
    document.documentElement.lang = 'de';
    expect(languageOf(element)).to.equal('de');
    outer.lang = 'fr-CA';
    expect(languageOf(element)).to.equal('fr-CA');
    element.lang = 'ja';
    expect(languageOf(element)).to.equal('ja');
    expect(languageOf(element, undefined, '', 'es')).to.equal('es');
    // Inside a shadow root the nearest lang stops at the root; the page's still applies.
    const host = document.createElement('div');
    document.body.append(host);
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    expect(languageOf(inner)).to.equal('de');
  });

  it('reads base languages and directions, and fills placeholders (leaving unknown ones)', () => {
    expect(baseLanguage('fr-CA')).to.equal('fr');
    expect(baseLanguage('')).to.equal('');
    expect(directionOf('ar-EG')).to.equal('rtl');
    expect(directionOf('en')).to.equal('ltr');
    expect(fill('{a} of {b} {c}', { a: 1, b: 'two' })).to.equal('1 of two {c}');
  });

  it('loads a language once, falls back to English key by key, and retries a failed load', async () => {
    const english = { hello: 'Hello', bye: 'Goodbye' };
    let loads = 0;
    let fail = true;
    const words = translations(english, {
      fr: async () => {
        loads++;
        return { hello: 'Bonjour' };
      },
      de: async () => {
        if (fail) throw new Error('offline');
        return { hello: 'Hallo', bye: 'Tschüss' };
      },
    });
    expect(words.language('fr-BE')).to.equal('fr');
    expect(words.language('pt')).to.equal('en');
    expect(words.loaded('fr')).to.equal(false);
    expect(words.strings('fr')).to.equal(english);
    const [first, second] = await Promise.all([words.load('fr'), words.load('fr-CA')]);
    expect(first).to.equal(second);
    expect(loads).to.equal(1);
    expect(words.strings('fr')).to.deep.equal({ hello: 'Bonjour', bye: 'Goodbye' });
    expect(await words.load('pt')).to.equal(english);
    let failed = false;
    await words.load('de').catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(words.strings('de')).to.equal(english);
    fail = false;
    expect((await words.load('de')).hello).to.equal('Hallo');
  });
});
