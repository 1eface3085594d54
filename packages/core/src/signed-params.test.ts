import { expect } from '@esm-bundle/chai';
import { paramsMovedToClaims, queryString, signedOrPublic } from './signed-params.ts';

describe('signed-params', () => {
  const params = [
    { attribute: 'max-resolution', param: 'max_resolution', value: '720p' },
    { attribute: 'extra-source-params', param: 'asset_start_time', value: '10' },
    { attribute: 'time', param: 'time', value: 5 },
  ];

  it('puts parameters in the query of a public URL', () => {
    expect(signedOrPublic(params, undefined, 'playback-token')).to.deep.equal({
      query: '?max_resolution=720p&asset_start_time=10&time=5',
      warnings: [],
    });
    expect(signedOrPublic([], '', 'playback-token').query).to.equal('');
  });

  it('keeps only the token on a signed URL and says where each parameter goes', () => {
    const { query, warnings } = signedOrPublic(params, 'a.b.c', 'playback-token');
    expect(query).to.equal('?token=a.b.c');
    expect(warnings.map((warning) => [warning.attribute, warning.value])).to.deep.equal([
      ['max-resolution', '720p'],
      ['extra-source-params', 'asset_start_time=10'],
      ['time', '5'],
    ]);
    expect(warnings[0]?.message).to.equal(
      'max-resolution="720p" is left out of the URL because playback-token is set: signed URLs carry only the token, so add "max_resolution": "720p" to the token\'s claims on your server',
    );
    expect(warnings[1]?.message).to.contain('extra-source-params asset_start_time=10 is left out');
    expect(warnings[2]?.message).to.contain('time=5 is left out').and.contain('"time": 5');
  });

  it('says playback stops when the caller refuses to play without the parameter', () => {
    const [warning] = signedOrPublic(params, 'a.b.c', 'playback-token', true).warnings;
    expect(warning?.message).to.equal(
      'max-resolution="720p" cannot be used with playback-token, so playback stops: signed URLs carry only the token; add "max_resolution": "720p" to the token\'s claims on your server and remove max-resolution="720p"',
    );
  });

  it('writes claims with their JSON types', () => {
    const [warning] = paramsMovedToClaims(
      [{ attribute: 'redundant-streams', param: 'redundant_streams', value: true }],
      't',
    );
    expect(warning?.message).to.contain('"redundant_streams": true');
  });

  it('builds query strings', () => {
    expect(queryString(new URLSearchParams())).to.equal('');
    expect(queryString(new URLSearchParams({ a: '1' }))).to.equal('?a=1');
  });
});
