import { expect } from '@esm-bundle/chai';
import { modifierParams, parseExtraSourceParams, parseModifierAttributes, RESOLUTIONS } from './modifiers.ts';

describe('parseModifierAttributes', () => {
  it('reads every modifier attribute', () => {
    const { modifiers, problems } = parseModifierAttributes({
      'max-resolution': '720p',
      'min-resolution': '360p',
      'rendition-order': 'desc',
      'default-subtitles-lang': 'en-US',
      'redundant-streams': '',
      'roku-trick-play': 'true',
      'asset-start-time': '10',
      'asset-end-time': '20.5',
      'program-start-time': '1707740400',
      'program-end-time': '1707740460',
      'low-latency': 'false',
    });
    expect(problems).to.deep.equal([]);
    expect(modifiers).to.deep.equal({
      maxResolution: '720p',
      minResolution: '360p',
      renditionOrder: 'desc',
      defaultSubtitlesLang: 'en-US',
      redundantStreams: true,
      rokuTrickPlay: true,
      assetStartTime: 10,
      assetEndTime: 20.5,
      programStartTime: 1707740400,
      programEndTime: 1707740460,
      lowLatency: false,
    });
  });

  it('ignores absent and unknown attributes', () => {
    expect(parseModifierAttributes({ 'max-resolution': null, autoplay: '', 'playback-id': 'x' })).to.deep.equal({
      modifiers: {},
      problems: [],
    });
  });

  it('accepts every resolution in the seed table', () => {
    expect(RESOLUTIONS).to.deep.equal(['270p', '360p', '480p', '540p', '720p', '1080p', '1440p', '2160p']);
    for (const resolution of RESOLUTIONS) {
      expect(parseModifierAttributes({ 'max-resolution': resolution }).modifiers.maxResolution).to.equal(resolution);
    }
  });

  it('rejects an unknown resolution, naming the attribute, the value and the allowed ones', () => {
    const { modifiers, problems } = parseModifierAttributes({ 'max-resolution': '900p' });
    expect(modifiers).to.deep.equal({});
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ attribute: 'max-resolution', value: '900p' });
    expect(problems[0]?.message).to.equal(
      'max-resolution="900p" is not a supported resolution: use one of 270p, 360p, 480p, 540p, 720p, 1080p, 1440p or 2160p',
    );
  });

  it('suggests the intended resolution', () => {
    expect(parseModifierAttributes({ 'min-resolution': '720' }).problems[0]?.message).to.contain(
      'did you mean "720p"?',
    );
    expect(parseModifierAttributes({ 'min-resolution': '720P' }).problems[0]?.message).to.contain(
      'did you mean "720p"?',
    );
  });

  it('rejects min-resolution above max-resolution and keeps max', () => {
    const { modifiers, problems } = parseModifierAttributes({ 'min-resolution': '1080p', 'max-resolution': '480p' });
    expect(modifiers).to.deep.equal({ maxResolution: '480p' });
    expect(problems).to.deep.equal([
      {
        attribute: 'min-resolution',
        value: '1080p',
        message: 'min-resolution="1080p" is above max-resolution="480p": lower min-resolution or raise max-resolution',
      },
    ]);
  });

  it('allows min-resolution equal to max-resolution', () => {
    expect(parseModifierAttributes({ 'min-resolution': '720p', 'max-resolution': '720p' }).problems).to.deep.equal([]);
  });

  it('rejects other invalid values', () => {
    const { modifiers, problems } = parseModifierAttributes({
      'rendition-order': 'asc',
      'default-subtitles-lang': 'english please',
      'redundant-streams': 'yes',
      'asset-start-time': '-1',
      'asset-end-time': 'soon',
      'program-start-time': '1707740400000',
    });
    expect(modifiers).to.deep.equal({});
    const byAttribute = Object.fromEntries(problems.map((problem) => [problem.attribute, problem.message]));
    expect(byAttribute['rendition-order']).to.contain('rendition-order="asc"').and.contain('"desc"');
    expect(byAttribute['default-subtitles-lang']).to.contain('BCP-47');
    expect(byAttribute['redundant-streams']).to.contain('"true" or "false"');
    expect(byAttribute['asset-start-time']).to.contain('non-negative number of seconds');
    expect(byAttribute['asset-end-time']).to.contain('asset-end-time="soon"');
    expect(byAttribute['program-start-time']).to.contain('milliseconds').and.contain('"1707740400"');
  });

  it('requires each clip to end after it starts', () => {
    const { modifiers, problems } = parseModifierAttributes({
      'asset-start-time': '20',
      'asset-end-time': '10',
      'program-start-time': '1707740460',
      'program-end-time': '1707740460',
    });
    expect(modifiers).to.deep.equal({ assetStartTime: 20, programStartTime: 1707740460 });
    expect(problems.map((problem) => problem.attribute)).to.deep.equal(['asset-end-time', 'program-end-time']);
    expect(problems[0]?.message).to.equal(
      'asset-end-time="10" is not after asset-start-time="20": the clip must end after it starts',
    );
  });
});

describe('modifierParams', () => {
  it('writes snake_case names in the seed table order', () => {
    const params = modifierParams({
      maxResolution: '720p',
      minResolution: '360p',
      renditionOrder: 'desc',
      defaultSubtitlesLang: 'fr',
      redundantStreams: true,
      rokuTrickPlay: true,
      assetStartTime: 1.5,
      assetEndTime: 4,
      programStartTime: 100,
      programEndTime: 200,
      lowLatency: false,
    });
    expect(params.toString()).to.equal(
      'redundant_streams=true&roku_trick_play=true&default_subtitles_lang=fr&max_resolution=720p&min_resolution=360p' +
        '&rendition_order=desc&program_start_time=100&program_end_time=200&asset_start_time=1.5&asset_end_time=4&low_latency=false',
    );
  });

  it('leaves out defaults', () => {
    expect(modifierParams({}).toString()).to.equal('');
    expect(modifierParams({ redundantStreams: false, rokuTrickPlay: false, lowLatency: true }).toString()).to.equal('');
  });

  it('round-trips attributes to the query', () => {
    const { modifiers } = parseModifierAttributes({ 'max-resolution': '360p', 'asset-start-time': '2' });
    expect(modifierParams(modifiers).toString()).to.equal('max_resolution=360p&asset_start_time=2');
  });
});

describe('parseExtraSourceParams', () => {
  it('reads a query string, with or without a leading ?', () => {
    for (const value of ['asset_start_time=10&asset_end_time=20', '?asset_start_time=10&asset_end_time=20']) {
      const { params, problems } = parseExtraSourceParams(value);
      expect(params.toString()).to.equal('asset_start_time=10&asset_end_time=20');
      expect(problems).to.deep.equal([]);
    }
  });

  it('reads an object of strings, numbers and booleans', () => {
    const { params, problems } = parseExtraSourceParams({
      asset_start_time: 10,
      custom: 'a b',
      redundant_streams: true,
    });
    expect(params.toString()).to.equal('asset_start_time=10&custom=a+b&redundant_streams=true');
    expect(problems).to.deep.equal([]);
  });

  it('is empty for nothing', () => {
    for (const value of [null, undefined, '', '?']) {
      const { params, problems } = parseExtraSourceParams(value);
      expect(params.toString()).to.equal('');
      expect(problems).to.deep.equal([]);
    }
  });

  it('drops and reports a token', () => {
    const { params, problems } = parseExtraSourceParams('token=abc&x=1');
    expect(params.toString()).to.equal('x=1');
    expect(problems[0]).to.include({ attribute: 'extra-source-params', value: 'token=[redacted]' });
    expect(problems[0]?.message).to.contain('playback-token');
  });

  it('checks modifier values it carries like their attributes', () => {
    const { params, problems } = parseExtraSourceParams('max_resolution=900p&asset_start_time=5');
    expect(params.toString()).to.equal('asset_start_time=5');
    expect(problems[0]?.message).to.contain('extra-source-params has max_resolution="900p"').and.contain('1080p');
  });

  it('reports a URL, values of the wrong type and nameless pairs', () => {
    expect(parseExtraSourceParams('https://stream.mux.com/x.m3u8?a=1').problems[0]?.message).to.contain('is a URL');
    const bad = parseExtraSourceParams({ a: { nested: true } as unknown as string, b: Number.NaN, c: 'ok' });
    expect(bad.params.toString()).to.equal('c=ok');
    expect(bad.problems.map((problem) => problem.value)).to.deep.equal(['a={"nested":true}', 'b=NaN']);
    expect(parseExtraSourceParams('=1').problems[0]?.message).to.contain('without a name');
    expect(parseExtraSourceParams(42 as unknown as string).problems[0]?.message).to.contain(
      'query string or an object',
    );
  });
});
