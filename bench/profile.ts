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

// The marker frame: only samples taken inside it count, so the profiler's own
// work and whatever else the process does are left out.
const MARKER = 'profiledRender';

/**
 * Samples the CPU with V8's profiler (what `node --cpu-prof` writes) while
 * `task` runs in a loop for `duration` milliseconds, and sums the self time
 * per render by origin and by function: where the render time goes.
 */
export async function profile(task: () => unknown, duration: number, limit = 10): Promise<ProfileSummary> {
  // A named function of its own, so that its frame is on every sampled stack of a render.
  function profiledRender() {
    return task();
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
      profiledRender();
      renders++;
    }
    const { profile: cpu } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
    const inside = new Set<number>();
    const visit = (node: ProfileNode | undefined, within: boolean, byId: Map<number, ProfileNode>) => {
      if (!node) return;
      const now = within || node.callFrame.functionName === MARKER;
      if (now) inside.add(node.id);
      for (const child of node.children ?? []) visit(byId.get(child), now, byId);
    };
    const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
    visit(cpu.nodes[0], false, byId);
    const byOrigin = new Map<string, number>();
    const byFrame = new Map<string, number>();
    cpu.samples.forEach((id, index) => {
      const node = byId.get(id);
      const delta = cpu.timeDeltas[index] ?? 0;
      if (!node || !inside.has(id)) return;
      const { functionName, url, lineNumber } = node.callFrame;
      const origin = originOf(functionName, url);
      byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + delta);
      const frame = `${functionName || '(anonymous)'} — ${origin}${url ? `:${lineNumber + 1}` : ''}`;
      byFrame.set(frame, (byFrame.get(frame) ?? 0) + delta);
    });
    const perRender = (totals: Map<string, number>) =>
      [...totals.entries()]
        .map(([name, micros]) => ({ name, micros: micros / renders }))
        .sort((a, b) => b.micros - a.micros);
    return { renders, byOrigin: perRender(byOrigin), topFrames: perRender(byFrame).slice(0, limit) };
  } finally {
    await session.post('Profiler.disable');
    session.disconnect();
  }
}
