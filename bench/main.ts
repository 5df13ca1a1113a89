import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderBaselineDocument } from './baseline/BaselineDocument.tsx';
import { ROOT } from './bundle.ts';
import { markupDifferences } from './equivalence.ts';
import { type FormFactor, runLighthouse } from './lighthouse.ts';
import { describeMachine } from './machine.ts';
import { measureNextExample } from './nextjs.ts';
import { measurePathological } from './pathological.ts';
import { profilePair } from './profile.ts';
import { benchRender, type RenderPair } from './render.ts';
import { type BenchResults, renderReport } from './report.ts';
import { measureSizes } from './size.ts';
import { measureHostSheets, measureStyledCost } from './styled-cost.tsx';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'skip-size': { type: 'boolean', default: false },
    'skip-render': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-next': { type: 'boolean', default: false },
    'skip-pathological': { type: 'boolean', default: false },
    write: { type: 'boolean' },
    'from-results': { type: 'boolean', default: false },
  },
});

const log = (line: string) => console.error(`[bench] ${line}`);

// The figures of the last run, kept so that the report can be written again (after editing
// bench/findings.md, say) without measuring again.
const RESULTS = path.join(ROOT, 'reports/bench/results.json');
const FINDINGS = path.join(ROOT, 'bench/findings.md');

function publish(results: BenchResults, write: boolean): void {
  const findings = existsSync(FINDINGS) ? `\n${readFileSync(FINDINGS, 'utf8')}` : '';
  const report = `${renderReport(results)}${findings}`;
  console.log(report);
  if (write) {
    writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), report);
    log('BENCHMARKS.md written.');
  }
}

if (args['from-results']) {
  publish(JSON.parse(readFileSync(RESULTS, 'utf8')) as BenchResults, args.write ?? true);
  process.exit(0);
}

if (process.env.NODE_ENV !== 'production') {
  throw new Error(
    'bench/main.ts runs through bench/run.ts, which sets NODE_ENV=production before React loads.',
  );
}

if (!existsSync(path.join(ROOT, 'dist/esm/index.js'))) {
  throw new Error(
    'dist/ is missing: `npm run bench` builds it first; run `npm run build` when calling bench/run.ts directly.',
  );
}

// After the check above: these modules load the built package.
const { built, manchette, manchetteServer } = await import('./built.ts');
const { exampleSite, seedFixtures } = await import('../fixtures/index.ts');

const complete =
  !args.quick &&
  !args['skip-size'] &&
  !args['skip-render'] &&
  !args['skip-lighthouse'] &&
  !args['skip-next'] &&
  !args['skip-pathological'];
const results: BenchResults = {
  command: complete ? 'npm run bench' : `npm run bench -- ${process.argv.slice(2).join(' ')}`,
  machine: describeMachine(),
  notes: [],
};

if (built.format === 'cjs') {
  const message = `Node's ESM loader cannot import the ESM build (\`import { renderArticleDocument } from 'manchette/server'\` fails with "${built.esmError}"); the render and Lighthouse figures use the CommonJS build, which holds the same compiled code.`;
  log(message);
  results.notes.push(message);
}

if (!args['skip-size']) {
  log('bundle sizes (size-limit)…');
  results.sizes = await measureSizes();
}

if (!args['skip-next']) {
  log('the Next.js example: next build, and what its article pages send…');
  results.next = measureNextExample(
    seedFixtures.map((seed) => seed.id),
    log,
  );
}

if (!args['skip-render']) {
  const pages = seedFixtures.map(({ id, article, related }) => ({ id, article, related: [...related] }));
  const pairs: RenderPair[] = pages.map(({ id, article, related }) => {
    const library = () => manchetteServer.renderArticleDocument({ article, site: exampleSite, related });
    // The baseline's stylesheet is the CSS the library emits for this page, captured once before
    // timing: both documents carry the same CSS, and only the library computes it per render.
    const css = /<style[^>]*data-styled[^>]*>([\s\S]*?)<\/style>/.exec(library())?.[1] ?? '';
    const baseline = () => renderBaselineDocument({ article, site: exampleSite, related, css });
    return { id, library, baseline };
  });
  const differences: Record<string, string[]> = {};
  for (const pair of pairs) differences[pair.id] = markupDifferences(pair.library(), pair.baseline());
  for (const [id, list] of Object.entries(differences)) {
    if (list.length > 0) log(`baseline markup differs from the library on ${id}: ${list[0]}`);
  }
  const rounds = args.quick ? 4 : 24;
  const time = args.quick ? 100 : 150;
  log(`server render (${rounds} rounds × ${time} ms per task and page)…`);
  const rows = benchRender(pairs, { rounds, time, warmupTime: 200, log });
  log('profiling both renders…');
  let next = 0;
  let current = pairs[0] as RenderPair;
  const profiles = await profilePair(
    () => {
      current = pairs[next++ % pairs.length] as RenderPair;
      return current.library();
    },
    () => current.baseline(),
    args.quick ? 1000 : 4000,
  );
  log('styled-components cost model…');
  const styledCost = measureStyledCost(args.quick ? 300 : 2000);
  log("the page in a host application's sheet, compiling its CSS and reusing it…");
  const hostSheets = measureHostSheets(
    {
      ArticleLayout: manchette.ArticleLayout,
      SeoHead: manchette.SeoHead,
      reuseCompiledStyles: manchetteServer.reuseCompiledStyles,
    },
    pages.map((page, index) => ({ ...page, site: exampleSite, pair: pairs[index] as RenderPair })),
    args.quick ? 200 : 800,
  );
  results.render = {
    hostSheets,
    styledCost,
    rows,
    rounds,
    time,
    differences,
    profiles,
  };
}

if (!args['skip-pathological']) {
  log('pathological inputs of 25,000 and 100,000 characters…');
  results.pathological = measurePathological(manchette, log);
}

if (!args['skip-lighthouse']) {
  const formFactors: FormFactor[] = args.quick ? ['mobile'] : ['mobile', 'desktop'];
  const runs = args.quick ? 1 : 3;
  log(`Lighthouse (${formFactors.join(' and ')}, ${runs} run(s) per page)…`);
  const documents = seedFixtures.map(({ id, article, related }) => ({
    id,
    html: manchetteServer.renderArticleDocument({ article, site: exampleSite, related: [...related] }),
  }));
  const { rows, chromium, version } = await runLighthouse(documents, {
    imagesDir: path.join(ROOT, 'fixtures/images'),
    formFactors,
    runs,
    log,
  });
  results.machine.chromium = chromium;
  results.lighthouse = { rows, runs, version };
}

mkdirSync(path.dirname(RESULTS), { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
publish(results, args.write ?? complete);
