import { expect } from '@esm-bundle/chai';
import { autoselectSubtitleIndex, type SubtitleChoice } from './default-subtitles.ts';

const track = (lang: string, autoselect = true, isDefault = false): SubtitleChoice => ({
  lang,
  autoselect,
  default: isDefault,
});

describe('autoselectSubtitleIndex', () => {
  it('leaves a playlist DEFAULT track to hls.js', () => {
    expect(autoselectSubtitleIndex([track('en'), track('fr', true, true)], ['en'])).to.equal(-1);
  });
  it('picks the AUTOSELECT track in the most preferred language that has one', () => {
    expect(autoselectSubtitleIndex([track('en'), track('fr')], ['de-DE', 'fr-CA', 'en'])).to.equal(1);
  });
  it('prefers an exact tag over a primary-language match', () => {
    expect(autoselectSubtitleIndex([track('pt'), track('pt-BR')], ['pt-BR'])).to.equal(1);
    expect(autoselectSubtitleIndex([track('pt-PT')], ['pt-BR'])).to.equal(0);
  });
  it('never picks a track without AUTOSELECT, nor one in no preferred language', () => {
    expect(autoselectSubtitleIndex([track('en', false)], ['en'])).to.equal(-1);
    expect(autoselectSubtitleIndex([track('ja')], ['en-US'])).to.equal(-1);
  });
});
