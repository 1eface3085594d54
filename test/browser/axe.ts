/** axe-core in the test page (its UMD build, loaded once by a script tag) and a compact report. */
interface AxeResult {
  violations: { id: string; impact?: string; nodes: { target: unknown[] }[] }[];
}
interface Axe {
  run(context: Element, options?: Record<string, unknown>): Promise<AxeResult>;
}

let loading: Promise<Axe> | undefined;

function loadAxe(): Promise<Axe> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve((window as unknown as { axe: Axe }).axe);
    script.onerror = () => reject(new Error('axe-core did not load'));
    document.head.append(script);
  });
  return loading;
}

/** The accessibility violations inside `element` (its shadow DOM included), as `id: targets` lines. */
export async function axeViolations(element: Element): Promise<string[]> {
  const axe = await loadAxe();
  const { violations } = await axe.run(element, { resultTypes: ['violations'] });
  return violations.map(
    (v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}
