import type { LighthouseRow } from './lighthouse.ts';
import type { MachineInfo } from './machine.ts';
import type { NextPageRow, NextResults } from './nextjs.ts';
import type { PathologicalRow } from './pathological.ts';
import type { ProfileSummary } from './profile.ts';
import { geometricMean, type RenderRow } from './render.ts';
import type { SizeRow } from './size.ts';
import type { HostSheetRow, StyledCost } from './styled-cost.tsx';

export interface BenchResults {
  command: string;
  machine: MachineInfo;
  sizes?: SizeRow[];
  render?: {
    rows: RenderRow[];
    rounds: number;
    time: number;
    differences: Record<string, string[]>;
    profiles?: { library: ProfileSummary; baseline: ProfileSummary };
    hostSheets?: HostSheetRow[];
    styledCost?: StyledCost;
  };
  lighthouse?: { rows: LighthouseRow[]; runs: number; version: string };
  next?: NextResults;
  pathological?: PathologicalRow[];
  notes: string[];
}

const RATIO_GOAL = 1.5;

const verdict = (ratio: number) => (ratio <= RATIO_GOAL ? 'met' : '**not met**');

const bytes = (value: number) => value.toLocaleString('en-US');
const kb = (value: number) => `${(value / 1000).toFixed(2)} kB`;

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function nextSection({ buildMs, nextVersion, rows }: NextResults): string {
  const app = rows.filter((row) => row.router === 'app');
  const pages = rows.filter((row) => row.router === 'pages');
  const total = (list: NextPageRow[], key: 'scriptGzip' | 'libraryGzip') =>
    Math.max(...list.map((row) => row[key]));
  return [
    '## The article page in a Next.js application',
    '',
    `examples/next, built by Next.js ${nextVersion} (Turbopack) with the current \`dist/\`: \`next build\``,
    `took **${(buildMs / 1000).toFixed(1)} s** on this machine. Each page's client JavaScript is every`,
    "script file its prerendered HTML loads, gzipped (level 9); the library's share is the size of the",
    "files that hold its component code (its styled components' ids), whole files, so an upper bound.",
    'On the App Router the article is made of Server Components: its scripts are Next.js and React',
    'alone. On the Pages Router the same components hydrate in the browser.',
    '',
    table(
      ['route', 'HTML (gzip)', 'scripts', 'client JavaScript (gzip)', 'of which the library'],
      rows.map((row) => [
        `\`${row.route}\``,
        `${kb(row.htmlBytes)} (${kb(row.htmlGzip)})`,
        String(row.scripts),
        kb(row.scriptGzip),
        row.libraryGzip === 0 ? '**0 B**' : kb(row.libraryGzip),
      ]),
    ),
    '',
    `App Router article page: at most ${kb(total(app, 'scriptGzip'))} of client JavaScript, ` +
      `${total(app, 'libraryGzip') === 0 ? "**none of it the library's** (goal: 0 B, met)" : `**${kb(total(app, 'libraryGzip'))} of it in files with the library's code** (goal: 0 B, not met)`}; ` +
      `Pages Router: at most ${kb(total(pages, 'scriptGzip'))}, of which files with the library's code ${kb(total(pages, 'libraryGzip'))}.`,
  ].join('\n');
}

function sizeSection(rows: SizeRow[]): string {
  const lines = [
    '## Bundle size',
    '',
    'size-limit with its esbuild plugin on the built `dist/esm` (what a consumer bundles): minified and',
    'gzipped, tree-shaken, `NODE_ENV=production`, the peers (react, react-dom, styled-components,',
    'react-helmet-async) left out and dependencies (valibot) included unless the row says otherwise.',
    'The same budgets fail `npm run size`, which `npm test` runs.',
    '',
    table(
      ['entry', 'size (min + gzip)', 'enforced budget', 'goal'],
      rows.map((row) => [
        row.name,
        `${bytes(row.size)} B`,
        row.limit === undefined ? '—' : `${bytes(row.limit)} B${row.passed === false ? ' **exceeded**' : ''}`,
        row.goal === undefined
          ? '—'
          : row.size <= row.goal
            ? `${bytes(row.goal)} B: met`
            : `${bytes(row.goal)} B: **over by ${bytes(row.size - row.goal)} B**`,
      ]),
    ),
    '',
    'Development warnings are not in these figures: every `warnOnce` call sits behind',
    "`process.env.NODE_ENV !== 'production'`, so a production build drops each message with its call",
    '(`tests/dev/production-bundle.node.test.ts` checks the built package for it).',
    '',
    'Heaviest modules of each entry (minified bytes before gzip, from the esbuild metafile):',
    '',
  ];
  for (const row of rows) {
    const heaviest = row.heaviest.map(
      (module) => `\`${module.path.replace(/^dist\/esm\//, '')}\` ${bytes(module.bytes)}`,
    );
    lines.push(`- ${row.name}: ${heaviest.join(', ')}`);
  }
  return lines.join('\n');
}

function renderSection(render: NonNullable<BenchResults['render']>): string {
  const { rows } = render;
  const overall = geometricMean(rows.map((row) => row.ratio));
  const lines = [
    '## Server render',
    '',
    'A full article page per seed: `renderArticleDocument` from `manchette/server` (ArticleLayout with',
    'RelatedArticles, the SeoHead tags, styled-components CSS collected by `ServerStyleSheet`) against',
    '`bench/baseline/`, the same page in plain React (same elements and attributes, class names as plain',
    'strings, one static stylesheet, the same dates and typography, and the same head tags from',
    "`articleHeadElements`, which reads the article's facts once for the meta tags and the JSON-LD, as",
    '`renderArticleDocument` does: each side computes them, word count included, once per render).',
    `tinybench, ${render.rounds} rounds of ${render.time} ms per task and page after a warm-up, in one process; in each`,
    'round the library and the baseline run back to back, in alternating order, and the ratio of their',
    'median render times is taken within the round; the table gives the median over the rounds. The ratio',
    'is the robust figure: on a shared machine the load moves both renders of a round together, while',
    'renders per second move with it.',
    '',
    table(
      [
        'page',
        'library (renders/s)',
        'baseline (renders/s)',
        'library / baseline',
        'range over rounds',
        'HTML (library / baseline)',
      ],
      rows.map((row) => [
        row.id,
        row.libraryHz.toFixed(0),
        row.baselineHz.toFixed(0),
        `**${row.ratio.toFixed(2)}×**`,
        `${row.ratioRange[0].toFixed(2)}–${row.ratioRange[1].toFixed(2)}`,
        `${kb(row.libraryBytes)} / ${kb(row.baselineBytes)}`,
      ]),
    ),
    '',
    `Overall (geometric mean of the pages): **${overall.toFixed(2)}×** the baseline; goal at most ${RATIO_GOAL}×: ${verdict(overall)}.`,
    '',
  ];
  if (render.hostSheets && render.hostSheets.length > 0) {
    const host = render.hostSheets;
    const mean = (pick: (row: HostSheetRow) => number) =>
      geometricMean(host.map((row) => pick(row) / row.baseline));
    const times = (value: number, baseline: number) =>
      `${value.toFixed(0)} (${(value / baseline).toFixed(2)}×)`;
    const compiling = mean((row) => row.hostCompiling);
    const reusing = mean((row) => row.hostReusing);
    lines.push(
      "The page inside a host application's own `ServerStyleSheet` (the Helmet provider, `SeoHead` and",
      '`ArticleLayout` with its related articles, as a server renders it for a request), next to the baseline and',
      '`renderArticleDocument`: the four renders called in turn, median µs. styled-components starts every request',
      'from an empty sheet and compiles the CSS of each component the request renders; `reuseCompiledStyles` on',
      "the host's sheet (which `renderArticleDocument` applies to its own) copies the library's CSS, compiled once",
      'for the process, instead:',
      '',
      table(
        [
          'page',
          'baseline',
          'renderArticleDocument',
          'host sheet, compiling',
          'host sheet, reuseCompiledStyles',
          'CSS compiled per request',
          'page CSS',
        ],
        host.map((row) => [
          row.id,
          row.baseline.toFixed(0),
          times(row.document, row.baseline),
          times(row.hostCompiling, row.baseline),
          times(row.hostReusing, row.baseline),
          `${(row.hostCompiling - row.hostReusing).toFixed(0)} µs`,
          kb(row.cssBytes),
        ]),
      ),
      '',
      `Geometric means: ${mean((row) => row.document).toFixed(2)}× for \`renderArticleDocument\`; in a host's sheet, ${compiling.toFixed(
        2,
      )}× compiling the CSS per request and **${reusing.toFixed(2)}×** with \`reuseCompiledStyles\` (goal at most ${RATIO_GOAL}×: ${verdict(reusing)}).`,
      '',
    );
  }
  const mismatched = Object.entries(render.differences).filter(([, differences]) => differences.length > 0);
  if (mismatched.length === 0) {
    lines.push(
      'Markup check: for every page, the baseline renders the same elements, attributes and text as the',
      'library once class names, `useId` values and the form of the `<style>` element are set aside.',
    );
  } else {
    lines.push(
      'Markup check: **the baseline differs from the library** on these pages (first differences):',
      '',
    );
    for (const [id, differences] of mismatched) {
      lines.push(`- ${id}:`, ...differences.map((difference) => `  - \`${difference}\``));
    }
  }
  if (render.profiles) {
    const { library, baseline } = render.profiles;
    const origins = [...new Set([...library.byOrigin, ...baseline.byOrigin].map((cost) => cost.name))];
    const micros = (summary: ProfileSummary, name: string) =>
      summary.byOrigin.find((cost) => cost.name === name)?.micros ?? 0;
    const rows = origins
      .map((name) => ({ name, library: micros(library, name), baseline: micros(baseline, name) }))
      .filter((row) => row.library >= 5 || row.baseline >= 5)
      .sort((a, b) => b.library - b.baseline - (a.library - a.baseline));
    const total = (summary: ProfileSummary) => summary.byOrigin.reduce((sum, cost) => sum + cost.micros, 0);
    lines.push(
      '',
      `Where the time goes: V8's CPU profiler (what \`node --cpu-prof\` records) while the library and the baseline`,
      `render the seeds alternately, ${library.renders} renders each; self time per render, most added by the library first`,
      '(function-level figures are approximate: V8 inlines small functions into their callers):',
      '',
      table(
        ['origin', 'library (µs/render)', 'baseline (µs/render)', 'difference'],
        rows.map((row) => [
          row.name,
          row.library.toFixed(0),
          row.baseline.toFixed(0),
          `${row.library >= row.baseline ? '+' : '−'}${Math.abs(row.library - row.baseline).toFixed(0)}`,
        ]),
      ),
      '',
      `Sampled totals: ${total(library).toFixed(0)} µs per library render, ${total(baseline).toFixed(0)} µs per baseline render (${(
        total(library) / total(baseline)
      ).toFixed(2)}×, a second estimate of the ratio, from renders interleaved one by one).`,
      '',
      'Heaviest functions in the library render:',
      '',
      table(
        ['function', 'µs/render'],
        library.topFrames.map((cost) => [`\`${cost.name}\``, cost.micros.toFixed(0)]),
      ),
    );
  }
  if (render.styledCost) {
    const cost = render.styledCost;
    lines.push(
      '',
      'Why one styled root per component: twenty small rules in a fresh `ServerStyleSheet` (median render times,',
      'tasks called in turn):',
      '',
      table(
        ['render', 'µs'],
        [
          ['20 styled components of one small rule each', cost.manyTypes.toFixed(0)],
          ['the same 20 rules nested in one styled root over plain elements', cost.oneRoot.toFixed(0)],
          ['the same 20 plain elements, no styles', cost.plain.toFixed(0)],
        ],
      ),
      '',
      `One styled root instead of 20 styled parts saves ${(cost.manyTypes - cost.oneRoot).toFixed(0)} of the ${(cost.manyTypes - cost.plain).toFixed(0)} µs the styles cost in that model.`,
    );
  }

  return lines.join('\n');
}

function lighthouseSection(lighthouse: NonNullable<BenchResults['lighthouse']>): string {
  const { rows } = lighthouse;
  const lines = [
    '## Page performance (Lighthouse)',
    '',
    `Lighthouse ${lighthouse.version} (Node API) in the system Chromium, on each seed document from \`renderArticleDocument\`,`,
    "served with the fixture images from a static server on 127.0.0.1; simulated throttling (Lighthouse's",
    `defaults for each form factor); the median of ${lighthouse.runs} runs per page and form factor. Goals: 100 in`,
    'every category, CLS 0.',
    '',
    table(
      ['page', 'form factor', 'performance', 'accessibility', 'best practices', 'SEO', 'CLS', 'LCP'],
      rows.map((row) => [
        row.id,
        row.formFactor,
        String(row.performance),
        String(row.accessibility),
        String(row.bestPractices),
        String(row.seo),
        row.cls.toFixed(3),
        `${Math.round(row.lcp)} ms`,
      ]),
    ),
    '',
  ];
  const failing = new Map<string, { title: string; category: string; pages: string[]; details: string[] }>();
  for (const row of rows) {
    for (const audit of row.failing) {
      const entry = failing.get(audit.id) ?? {
        title: audit.title,
        category: audit.category,
        pages: [],
        details: [],
      };
      entry.pages.push(`${row.id} (${row.formFactor})`);
      for (const detail of audit.details) if (!entry.details.includes(detail)) entry.details.push(detail);
      failing.set(audit.id, entry);
    }
  }
  if (failing.size === 0) {
    lines.push('No audit lost a point on any page.');
  } else {
    lines.push('Audits that lost points:', '');
    for (const [id, entry] of failing) {
      lines.push(`- \`${id}\` (${entry.category}): ${entry.title} — ${entry.pages.join(', ')}`);
      for (const detail of entry.details.slice(0, 4)) lines.push(`  - ${detail.replace(/\|/g, '\\|')}`);
    }
  }
  const remote = [...new Set(rows.flatMap((row) => row.remoteRequests))];
  const missing = [...new Set(rows.flatMap((row) => row.notFound))];
  lines.push(
    '',
    remote.length === 0
      ? 'Network: every request stayed on 127.0.0.1 (the documents load nothing from elsewhere).'
      : `Network: **requests left 127.0.0.1**: ${remote.join(', ')}`,
    missing.length === 0
      ? 'Every resource the pages asked for was found.'
      : `**Not found**: ${missing.join(', ')}`,
  );
  return lines.join('\n');
}

function pathologicalSection(rows: PathologicalRow[]): string {
  const worst = Math.max(...rows.map((row) => row.ratio));
  return [
    '## Time on pathological inputs',
    '',
    'Each function on inputs of 25,000 and 100,000 characters built to make a regular expression',
    'backtrack (median of three runs, after one warm-up). Linear time gives a ratio of about 4, quadratic',
    `about 16. Highest ratio in this run: **${worst.toFixed(1)}**.`,
    '',
    table(
      ['function', 'input', '25k chars', '100k chars', 'ratio'],
      rows.map((row) => [
        `\`${row.fn}\``,
        `\`${row.input}\``,
        `${row.ms25k.toFixed(1)} ms`,
        `${row.ms100k.toFixed(1)} ms`,
        row.ratio.toFixed(1),
      ]),
    ),
  ].join('\n');
}

export function renderReport(results: BenchResults): string {
  const { machine } = results;
  const parts = [
    '# Benchmarks',
    '',
    `Written by \`${results.command}\` (bench/run.ts) on ${machine.date.slice(0, 10)} (${machine.date}).`,
    '',
    `Machine: ${machine.cores} cores (\`nproc\`), ${machine.cpu}, ${machine.memory} RAM; Node ${machine.node}${
      machine.chromium ? `; Chromium ${machine.chromium}` : ''
    }.`,
    'The machine is shared with other work: absolute figures move from run to run, the ratios measured',
    'within one run do not.',
  ];
  if (results.sizes) parts.push('', sizeSection(results.sizes));
  if (results.next) parts.push('', nextSection(results.next));
  if (results.render) parts.push('', renderSection(results.render));
  if (results.lighthouse) parts.push('', lighthouseSection(results.lighthouse));
  if (results.pathological) parts.push('', pathologicalSection(results.pathological));
  if (results.notes.length > 0) parts.push('', '## Notes', '', ...results.notes.map((note) => `- ${note}`));
  return `${parts.join('\n')}\n`;
}
