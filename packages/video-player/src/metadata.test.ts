import { expect } from '@esm-bundle/chai';
import { collectMetadata } from './metadata.ts';

describe('collectMetadata', () => {
  it('maps metadata-* attributes to snake_case and lets the property win', () => {
    const element = document.createElement('div');
    element.setAttribute('metadata-video-title', 'From attribute');
    element.setAttribute('metadata-viewer-user-id', 'u1');
    element.setAttribute('title', 'Ignored when metadata-video-title is set');
    expect(collectMetadata(element, { viewer_user_id: 'u2', video_id: 'v' })).to.deep.equal({
      video_title: 'From attribute',
      viewer_user_id: 'u2',
      video_id: 'v',
    });
  });

  it('falls back to the title attribute for video_title', () => {
    const element = document.createElement('div');
    element.setAttribute('title', 'Clip');
    expect(collectMetadata(element, undefined)).to.deep.equal({ video_title: 'Clip' });
  });
});
