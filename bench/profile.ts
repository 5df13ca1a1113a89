import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { ROOT } from './bundle.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileCost {
  name: string;
  /** Microseconds of self time per render. */
  micros: number;
}

export interface ProfileSummary {
  renders: number;
  /** Self time per render by where the code comes from (manchette's modules, styled-components, react-dom…). */
  byOrigin: ProfileCost[];
  /** The functions with the most self time per render. */
  topFrames: ProfileCost[];
}

function originOf(functionName: string, url: string): string {
  if (functionName === '(garbage collector)') return '(garbage collector)';
  if (url === '') return '(V8 built-ins: regexp, strings, Intl)';
  const file = url.startsWith('file://') ? new URL(url).pathname : url;
  const match = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (match) return match[1] as string;
  const built = file.match(/\/dist\/(?:esm|cjs)\/(.+)$/);
  if (built) return `manchette ${(built[1] as string).replace(/\.c?js$/, '')}`;
  if (file.startsWith('node:') || !file.startsWith('/')) return '(Node.js internals)';
  return path.relative(ROOT, file);
}

/**
 * Samples the CPU with V8's profiler (what `node --cpu-prof` writes) while the
 * two renders run alternately, one call each in turn, for `duration`
 * milliseconds, and sums the self time per render of each by origin and by
 * function. Alternating call by call keeps the load of a shared machine the
 * same for both.
 */
export async function profilePair(
  library: () => unknown,
  baseline: () => unknown,
  duration: number,
  limit = 10,
): Promise<{ library: ProfileSummary; baseline: ProfileSummary }> {
  // Named functions of their own, so that one of them is on every sampled stack of a render.
  function profiledLibrary() {
    return library();
  }
  function profiledBaseline() {
    return baseline();
  }
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    let renders = 0;
    const end = performance.now() + duration;
    while (performance.now() < end) {
      profiledLibrary();
      profiledBaseline();
      renders++;
    }
    const { profile: cpu } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
    const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
    const owner = new Map<number, 'library' | 'baseline'>();
    const visit = (node: ProfileNode | undefined, within: 'library' | 'baseline' | undefined) => {
      if (!node) return;
      const name = node.callFrame.functionName;
      const now =
        within ??
        (name === 'profiledLibrary' ? 'library' : name === 'profiledBaseline' ? 'baseline' : undefined);
      if (now) owner.set(node.id, now);
      for (const child of node.children ?? []) visit(byId.get(child), now);
    };
    visit(cpu.nodes[0], undefined);
    const totals = {
      library: { byOrigin: new Map<string, number>(), byFrame: new Map<string, number>() },
      baseline: { byOrigin: new Map<string, number>(), byFrame: new Map<string, number>() },
    };
    cpu.samples.forEach((id, index) => {
      const node = byId.get(id);
      const side = owner.get(id);
      if (!node || !side) return;
      const delta = cpu.timeDeltas[index] ?? 0;
      const { functionName, url, lineNumber } = node.callFrame;
      const origin = originOf(functionName, url);
      const { byOrigin, byFrame } = totals[side];
      byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + delta);
      const frame = `${functionName || '(anonymous)'} — ${origin}${url ? `:${lineNumber + 1}` : ''}`;
      byFrame.set(frame, (byFrame.get(frame) ?? 0) + delta);
    });
    const perRender = (map: Map<string, number>) =>
      [...map.entries()]
        .map(([name, micros]) => ({ name, micros: micros / renders }))
        .sort((a, b) => b.micros - a.micros);
    const summary = (side: 'library' | 'baseline'): ProfileSummary => ({
      renders,
      byOrigin: perRender(totals[side].byOrigin),
      topFrames: perRender(totals[side].byFrame).slice(0, limit),
    });
    return { library: summary('library'), baseline: summary('baseline') };
  } finally {
    await session.post('Profiler.disable');
    session.disconnect();
  }
}
