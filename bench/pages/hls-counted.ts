// hls.js that counts its instances, for the memory page only: bench/build-page.ts resolves
// `hls.js` to this module when `countHls` is set. Product code is untouched.
import Hls from 'hls.js/dist/hls.mjs';

export * from 'hls.js/dist/hls.mjs';

export interface HlsCount {
  created: number;
  /** Instances whose `destroy()` was never called. */
  notDestroyed: number;
  /** Instances still reachable (not garbage-collected); read after a forced GC. */
  reachable: number;
}

declare global {
  interface Window {
    benchHls(): HlsCount;
  }
}

const instances: WeakRef<Hls>[] = [];
const destroyed = new WeakSet<Hls>();
let notDestroyed = 0;

class CountedHls extends Hls {
  constructor(...args: ConstructorParameters<typeof Hls>) {
    super(...args);
    instances.push(new WeakRef(this));
    notDestroyed += 1;
  }

  override destroy(): void {
    if (!destroyed.has(this)) {
      destroyed.add(this);
      notDestroyed -= 1;
    }
    super.destroy();
  }
}

window.benchHls = () => ({
  created: instances.length,
  notDestroyed,
  reachable: instances.filter((ref) => ref.deref() !== undefined).length,
});

export default CountedHls;
