// The JS heap split in two from a heap snapshot (CDP), by the types V8 gives its nodes:
// objects the page's code holds (objects, closures and their contexts, arrays, strings, numbers,
// object shapes), and V8's compiled code with its bookkeeping (bytecode, machine code, feedback,
// deoptimization data, dependent-code lists). A page that leaks holds more objects cycle after
// cycle; compiled code grows while functions warm up to optimized tiers and then levels off, by
// how much code runs, not by how many players came and went. DOM nodes (Blink's) are neither:
// the memory job counts them as detached nodes.
import type { CDPSession } from 'playwright-core';

export interface HeapKinds {
  /** Bytes of objects the page's code can reach. */
  objects: number;
  /** Bytes of compiled code and V8's records about it. */
  compiled: number;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** Node types that are compiled code; V8's internal records show as `native` nodes named `system / …`. */
const COMPILED = 'code';
/** Roots and Blink's objects (DOM, CSS, inspector): neither the page's JS objects nor V8's code. */
const NEITHER = new Set(['synthetic', 'native']);

/** Takes a heap snapshot (it collects garbage first) and sums its nodes' own sizes by kind. */
export async function heapKinds(cdp: CDPSession): Promise<HeapKinds> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }): void => void chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await cdp.send('HeapProfiler.disable');
  }
  return splitSnapshot(JSON.parse(chunks.join('')) as Snapshot);
}

export function splitSnapshot({ snapshot, nodes, strings }: Snapshot): HeapKinds {
  const fields = snapshot.meta.node_fields;
  const stride = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field)) as [
    number,
    number,
    number,
  ];
  const types = snapshot.meta.node_types[0];
  const kinds: HeapKinds = { objects: 0, compiled: 0 };
  for (let node = 0; node < nodes.length; node += stride) {
    const type = types[nodes[node + typeAt] ?? -1];
    const size = nodes[node + sizeAt] ?? 0;
    if (type === COMPILED) kinds.compiled += size;
    else if (type === 'native' && strings[nodes[node + nameAt] ?? -1]?.startsWith('system /')) kinds.compiled += size;
    else if (type !== undefined && !NEITHER.has(type)) kinds.objects += size;
  }
  return kinds;
}
