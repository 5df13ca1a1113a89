import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { ROOT } from './bundle.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileShare {
  name: string;
  /** Share of the sampled time, 0..1. */
  share: number;
}

export interface ProfileSummary {
  /** Self time by where the code comes from (manchette's own modules, styled-components, react-dom…). */
  byOrigin: ProfileShare[];
  /** The functions with the most self time. */
  topFrames: ProfileShare[];
}

function originOf(url: string): string {
  if (url === '') return '(V8 and native: GC, regexp, strings)';
  const file = url.startsWith('file://') ? new URL(url).pathname : url;
  const match = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (match) return match[1] as string;
  if (file.includes('/dist/esm/')) return `manchette ${path.dirname(file.split('/dist/esm/')[1] as string)}`;
  if (file.startsWith('node:') || !file.startsWith('/')) return '(Node.js internals)';
  return path.relative(ROOT, file);
}

function shares(totals: Map<string, number>, total: number, limit: number): ProfileShare[] {
  return [...totals.entries()]
    .map(([name, time]) => ({ name, share: time / total }))
    .sort((a, b) => b.share - a.share)
    .slice(0, limit);
}

/**
 * Samples the CPU (V8's profiler, what `node --cpu-prof` writes) while `task`
 * runs in a loop for `duration` milliseconds, and sums the self time by
 * origin and by function: where the render time goes.
 */
export async function profile(task: () => unknown, duration: number): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    const end = performance.now() + duration;
    while (performance.now() < end) task();
    const { profile: cpu } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
    const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
    const byOrigin = new Map<string, number>();
    const byFrame = new Map<string, number>();
    let total = 0;
    cpu.samples.forEach((id, index) => {
      const node = byId.get(id);
      const delta = cpu.timeDeltas[index] ?? 0;
      if (!node) return;
      const { functionName, url, lineNumber } = node.callFrame;
      // The profiler's own bookkeeping is not part of the render.
      if (functionName === '(idle)' || functionName === '(program)' || functionName === '(root)') return;
      const origin = functionName === '(garbage collector)' ? '(garbage collector)' : originOf(url);
      total += delta;
      byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + delta);
      const frame = `${functionName || '(anonymous)'} ${origin}${url ? `:${lineNumber + 1}` : ''}`;
      byFrame.set(frame, (byFrame.get(frame) ?? 0) + delta);
    });
    return { byOrigin: shares(byOrigin, total, 8), topFrames: shares(byFrame, total, 12) };
  } finally {
    await session.post('Profiler.disable');
    session.disconnect();
  }
}
