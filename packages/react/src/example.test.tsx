// Drives the example app (examples/react) as a visitor would.
import { expect } from '@esm-bundle/chai';
import type { VideoUploader as UploaderElement } from '@videokit/uploader';
import type { VideoPlayer as PlayerElement } from '@videokit/video-player';
import { StrictMode } from 'react';
import { App } from '../../../examples/react/App.tsx';
import { domain } from '../../../test/browser/origin.ts';
import { until } from '../../../test/browser/player.ts';
import { testFile } from '../../../test/browser/uploads.ts';
import { cleanup, render } from './test/render.ts';

describe('examples/react', function () {
  this.timeout(40_000);
  afterEach(cleanup);

  it('plays and pauses from its button, uploads a file, and loads the lazy player on scroll', async () => {
    const { container } = render(
      <StrictMode>
        <App domain={domain} />
      </StrictMode>,
    );
    const button = (): HTMLButtonElement => container.querySelector('button')!;
    const log = (): string => container.querySelector('ul')?.textContent ?? '';
    const player = container.querySelector<PlayerElement>('video-player')!;
    expect(container.querySelectorAll('video-player')).to.have.length(1);
    expect(button().textContent).to.equal('Play');

    button().click();
    await until(() => log().includes('playing') && player.currentTime > 0.3, 'playback from the Play button');
    expect(log()).to.contain('stream type: on-demand');
    expect(button().textContent).to.equal('Pause');
    button().click();
    await until(() => player.paused && button().textContent === 'Play', 'pause from the Pause button');

    // The wrapper alone brings the uploader's whole UI: a file button a visitor can see and press.
    const uploader = container.querySelector<UploaderElement>('video-uploader')!;
    await uploader.updateComplete;
    const fileSelect = uploader.shadowRoot!.querySelector('video-uploader-file-select')!;
    expect(customElements.get('video-uploader-file-select'), 'the file button is registered').to.not.equal(undefined);
    await until(() => fileSelect.shadowRoot?.querySelector('button') != null, 'the file button');
    const fileButton = fileSelect.shadowRoot!.querySelector('button')!;
    expect(fileButton.getBoundingClientRect().width).to.be.greaterThan(40);
    expect(fileButton.textContent.trim()).to.not.equal('');

    const file = testFile(300 * 1024, 'clip.mp4');
    uploader.addFiles([file]);
    await until(() => container.querySelector('[role="status"]') !== null, 'the upload');
    expect(container.querySelector('[role="status"]')?.textContent).to.equal(
      `Uploaded clip.mp4: ${String(file.size)} bytes`,
    );

    container.querySelector('[data-videokit-placeholder]')?.scrollIntoView();
    await until(() => container.querySelectorAll('video-player').length === 2, 'the lazy player');
  });
});
