import { Bench } from 'tinybench';

/** One page rendered two ways: by the library and by the plain-React baseline. */
export interface RenderPair {
  id: string;
  library: () => string;
  baseline: () => string;
}

export interface RenderRow {
  id: string;
  /** Median, over the rounds, of the library's renders per second (from each round's median render time). */
  libraryHz: number;
  baselineHz: number;
  /** Median, over the rounds, of (library time / baseline time) measured in the same round. */
  ratio: number;
  /** Lowest and highest per-round ratios, to show how much the machine moved. */
  ratioRange: [number, number];
  libraryBytes: number;
  baselineBytes: number;
}

export interface RenderOptions {
  /** Rounds per page; each round times both tasks back to back, in alternating order. */
  rounds: number;
  /** Time per task per round, in milliseconds. */
  time: number;
  /** Warm-up time per page and task before the first round, in milliseconds. */
  warmupTime: number;
  log?: (line: string) => void;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function geometricMean(values: number[]): number {
  return Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length);
}

/**
 * Times each pair in many short rounds. In every round the two tasks of a page
 * run one right after the other (the order alternates from round to round, so
 * neither always gets the warmer or the quieter slot), and the ratio is taken
 * within the round: on a machine shared with other work, the load moves both
 * figures of a round together and leaves their ratio alone.
 */
export function benchRender(pairs: RenderPair[], options: RenderOptions): RenderRow[] {
  const log = options.log ?? (() => {});
  // Both renders of every page, in turn, until the JIT has compiled what they share and what
  // each needs: the first page measured must not pay for everyone's warm-up.
  const warmUntil = performance.now() + options.warmupTime * pairs.length * 2;
  while (performance.now() < warmUntil) {
    for (const pair of pairs) {
      pair.library();
      pair.baseline();
    }
  }
  const samples = pairs.map(() => ({
    libraryHz: [] as number[],
    baselineHz: [] as number[],
    ratios: [] as number[],
  }));
  // Round-robin over the pages, so that a burst of load from elsewhere spreads over all of them.
  for (let round = 0; round < options.rounds; round++) {
    pairs.forEach((pair, index) => {
      const bench = new Bench({ time: options.time, iterations: 16, warmup: false, throws: true });
      const order = round % 2 === 0 ? (['library', 'baseline'] as const) : (['baseline', 'library'] as const);
      for (const name of order) bench.add(name, pair[name]);
      bench.runSync();
      const median = (name: 'library' | 'baseline') => {
        const result = bench.getTask(name)?.result;
        if (result?.state !== 'completed') throw new Error(`${pair.id}: the ${name} task did not complete`);
        // The median render: a render that the scheduler or the collector interrupted moves the
        // mean of a short round far more than it moves the median.
        return result.latency.p50;
      };
      const library = median('library');
      const baseline = median('baseline');
      const sample = samples[index] as (typeof samples)[number];
      sample.libraryHz.push(1000 / library);
      sample.baselineHz.push(1000 / baseline);
      sample.ratios.push(library / baseline);
    });
  }
  const rows: RenderRow[] = pairs.map((pair, index) => {
    const { libraryHz, baselineHz, ratios } = samples[index] as (typeof samples)[number];
    const row: RenderRow = {
      id: pair.id,
      libraryHz: median(libraryHz),
      baselineHz: median(baselineHz),
      ratio: median(ratios),
      ratioRange: [Math.min(...ratios), Math.max(...ratios)],
      libraryBytes: Buffer.byteLength(pair.library()),
      baselineBytes: Buffer.byteLength(pair.baseline()),
    };
    log(
      `render ${pair.id}: library ${row.libraryHz.toFixed(0)}/s, baseline ${row.baselineHz.toFixed(0)}/s, ratio ${row.ratio.toFixed(2)}`,
    );
    return row;
  });
  return rows;
}
