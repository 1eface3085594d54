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

// Only the references whose instance may still be alive are kept, so the count itself does not
// grow the heap it measures (16 B a cycle would be 16 KiB at 1,000 cycles, in every subject).
let instances: WeakRef<Hls>[] = [];
let created = 0;
const destroyed = new WeakSet<Hls>();
let notDestroyed = 0;

const alive = (): WeakRef<Hls>[] => instances.filter((ref) => ref.deref() !== undefined);

class CountedHls extends Hls {
  constructor(...args: ConstructorParameters<typeof Hls>) {
    super(...args);
    instances = alive();
    instances.push(new WeakRef(this));
    created += 1;
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

window.benchHls = () => {
  instances = alive();
  return { created, notDestroyed, reachable: instances.length };
};

export default CountedHls;
