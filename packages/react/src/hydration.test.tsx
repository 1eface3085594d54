// Server markup from a real Node render (react-dom/server, see test/ssr-render.ts), hydrated here.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { hydrateRoot, type Root } from 'react-dom/client';
import { domain } from '../../../test/browser/origin.ts';
import { until } from '../../../test/browser/player.ts';
import { fixtures } from './test/fixtures.tsx';
import { frames, recordConsole } from './test/render.ts';

type Name = keyof typeof fixtures;

/** The element each fixture becomes once hydrated. */
const BECOMES: Record<Name, string[]> = {
  player: ['video-player'],
  uploader: ['video-uploader', 'video-uploader-progress'],
  storyboard: ['storyboard-preview'],
  adLayer: ['ad-layer', 'video-player'],
  lazy: ['video-player'],
};

describe('@videokit/react server rendering and hydration', function () {
  this.timeout(30_000);
  let markup: Record<Name, string>;
  let root: Root | undefined;
  let container: HTMLElement | undefined;

  before(async () => {
    const rendered = await executeServerCommand<{ html: Record<Name, string> }, { domain: string }>(
      'react-ssr-render',
      {
        domain,
      },
    );
    markup = rendered.html;
  });

  afterEach(() => {
    root?.unmount();
    container?.remove();
  });

  for (const name of Object.keys(fixtures) as Name[]) {
    it(`${name}: hydrates the server's placeholder with no warning, then renders the element`, async () => {
      const html = markup[name];
      expect(html).to.contain('data-videokit-placeholder');
      expect(html).to.not.match(/<(video-player|video-uploader|storyboard-preview|ad-layer)/);
      container = document.createElement('div');
      container.innerHTML = html;
      document.body.append(container);
      const recoverable: unknown[] = [];
      const recorded = recordConsole();
      try {
        root = hydrateRoot(container, fixtures[name](domain), {
          onRecoverableError: (error) => recoverable.push(error),
        });
        await until(
          () => BECOMES[name].every((tag) => container?.querySelector(tag)),
          `<${BECOMES[name].join('>, <')}>`,
        );
        await frames();
      } finally {
        recorded.restore();
      }
      expect(recoverable).to.deep.equal([]);
      // Lit's notes about the elements' own development build are not about rendering.
      expect(recorded.messages.filter((message) => !message.includes('lit.dev/msg'))).to.deep.equal([]);
      expect(container.querySelector('[data-videokit-placeholder]')).to.equal(null);
    });
  }
});
