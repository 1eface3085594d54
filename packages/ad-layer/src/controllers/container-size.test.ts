import { expect } from '@esm-bundle/chai';
import { LitElement } from 'lit';
import { until } from '../../../../test/browser/player.ts';
import { ContainerSizeController, type ContainerSize } from './container-size.ts';

class SizeHost extends LitElement {
  sizes: ContainerSize[] = [];
  readonly controller = new ContainerSizeController(this, (size) => this.sizes.push(size));
}
customElements.define('container-size-host', SizeHost);

describe('ContainerSizeController', () => {
  it('reports the observed element’s size, once per change, until the host disconnects', async () => {
    const host = new SizeHost();
    const target = document.createElement('div');
    target.style.cssText = 'width: 320px; height: 180px';
    document.body.append(host, target);
    host.controller.observe(target);
    await until(() => host.sizes.length === 1, 'the first size');
    expect(host.sizes[0]).to.deep.equal({ width: 320, height: 180, fullscreen: false });
    target.style.width = '400px';
    await until(() => host.sizes.length === 2, 'the new size');
    expect(host.sizes[1]?.width).to.equal(400);
    host.remove();
    target.style.width = '500px';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(host.sizes).to.have.length(2);
    target.remove();
  });
});
