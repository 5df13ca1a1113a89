import type * as Manchette from '../src/index.ts';

/** One function on one pathological input, at 25k and 100k characters. */
export interface PathologicalRow {
  fn: string;
  input: string;
  ms25k: number;
  ms100k: number;
  /** ms100k / ms25k: about 4 when the time is linear in the length, 16 when quadratic. */
  ratio: number;
}

// Inputs that made end-anchored trims and unanchored runs backtrack: long runs of one kind of
// character that do not reach the end, or that the pattern cannot finish on.
const SHAPES: { name: string; make: (n: number) => string }[] = [
  { name: "'a' + '!' × n + 'a'", make: (n) => `a${'!'.repeat(n)}a` },
  { name: "'http://' + '.' × n + ' x'", make: (n) => `http://${'.'.repeat(n)} x` },
  { name: "'a' + ' ' × n + 'a'", make: (n) => `a${' '.repeat(n)}a` },
  { name: "'-' × n + 'a'", make: (n) => `${'-'.repeat(n)}a` },
  { name: "'« ' × n", make: (n) => '« '.repeat(n / 2) },
  { name: "'1 ' × n", make: (n) => '1 '.repeat(n / 2) },
];

function time(run: () => unknown): number {
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[1] ?? 0;
}

/** Times each function of the built package on each shape, at 25,000 and 100,000 characters. */
export function measurePathological(
  library: typeof Manchette,
  log: (line: string) => void,
): PathologicalRow[] {
  const functions: { name: string; run: (text: string) => unknown }[] = [
    {
      name: 'parseArticleText',
      run: (text) =>
        library.parseArticleText(`Titre de l’article\n\n${text}\n\nFin.`, {
          url: 'https://www.lequotidien.example/a',
          datePublished: '2024-06-12T14:30:00+02:00',
        }),
    },
    { name: 'frenchTypography', run: (text) => library.frenchTypography(text) },
    { name: 'slugify', run: (text) => library.slugify(text) },
    {
      name: 'countWords',
      run: (text) =>
        library.countWords({
          url: 'https://www.lequotidien.example/a',
          headline: 'Titre',
          datePublished: '2024-06-12T14:30:00+02:00',
          body: [{ type: 'paragraph', text }],
        }),
    },
  ];
  const rows: PathologicalRow[] = [];
  for (const fn of functions) {
    for (const shape of SHAPES) {
      const small = shape.make(25_000);
      const large = shape.make(100_000);
      fn.run(small);
      const ms25k = time(() => fn.run(small));
      const ms100k = time(() => fn.run(large));
      rows.push({ fn: fn.name, input: shape.name, ms25k, ms100k, ratio: ms100k / Math.max(ms25k, 0.001) });
      log(`${fn.name} on ${shape.name}: ${ms25k.toFixed(1)} ms → ${ms100k.toFixed(1)} ms`);
    }
  }
  return rows;
}
