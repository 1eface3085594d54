import { expect } from '@esm-bundle/chai';
import { PlayerError } from '@videokit/core';
import { en } from './en.ts';
import { clock, ENGLISH, errorMessage, loadLocale, spokenTime, t } from './index.ts';

describe('i18n', () => {
  it('spells times in words in the locale', () => {
    expect(spokenTime(65, 'en')).to.equal('1 minute 5 seconds');
    expect(spokenTime(180, 'en')).to.equal('3 minutes');
    expect(spokenTime(0, 'en')).to.equal('0 seconds');
    expect(spokenTime(3725, 'en')).to.equal('1 hour 2 minutes 5 seconds');
    expect(t(ENGLISH, 'timeOf', { time: spokenTime(65, 'en'), duration: spokenTime(180, 'en') })).to.equal(
      '1 minute 5 seconds of 3 minutes',
    );
    expect(spokenTime(65, 'fr')).to.match(/^1\sminute\s5\ssecondes$/);
  });

  it('formats clocks', () => {
    expect(clock(5)).to.equal('0:05');
    expect(clock(3725)).to.equal('1:02:05');
    expect(clock(-7)).to.equal('-0:07');
    expect(clock(NaN)).to.equal('0:00');
  });

  it('loads every locale with every key, and ar right to left', async () => {
    for (const lang of ['es', 'fr', 'de', 'ja', 'ar']) {
      const locale = await loadLocale(lang);
      expect(locale.lang).to.equal(lang);
      expect(Object.keys(locale.strings)).to.deep.equal(Object.keys(en));
      expect(locale.strings.play).to.not.equal(en.play);
    }
    expect((await loadLocale('ar-EG')).dir).to.equal('rtl');
    expect(await loadLocale('xx')).to.equal(ENGLISH);
  });

  it('maps error codes to viewer messages', async () => {
    const fr = await loadLocale('fr');
    expect(errorMessage(fr, new PlayerError('NOT_FOUND', 'x'))).to.equal('Cette vidéo est introuvable.');
    expect(errorMessage(ENGLISH, new PlayerError('TOKEN_EXPIRED', 'x'))).to.include('expired');
    expect(errorMessage(ENGLISH, new PlayerError('DRM_KEY', 'x'))).to.equal(en.errDrm);
    expect(errorMessage(ENGLISH, new PlayerError('TOKEN_WRONG_AUDIENCE', 'x'))).to.equal(en.errForbidden);
    expect(errorMessage(ENGLISH, new PlayerError('UNKNOWN', 'x'))).to.equal(en.error);
  });
});
