/**
 * Measures the plain-text importer on the development corpus of real pages.
 *
 *   npm run eval:import [-- --json out.json] [-- --only 09]
 *
 * Reads every `raw.txt` under ../shared/import-corpus (next to the checkout),
 * parses it with parseArticleText, scores the article with the corpus's own
 * score.mjs and prints one row per page and the totals. The corpus stays
 * outside the repository (its pages are not openly licensed): without it,
 * the command says so and exits 0. It is not part of `npm test`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseArticleText } from '../src/import';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(root, '..', 'shared', 'import-corpus');

interface Score {
  pass: boolean;
  headline: { ok: boolean; expected: string; got: string };
  subheadings: {
    recall: number;
    precision: number | null;
    expected: number;
    got: number;
    missing: string[];
    extra: string[];
  };
  quotes: { recall: number | null; expected: number; inQuoteBlocks: number; missing: string[] };
  mustKeep: { recall: number; expected: number; missing: string[] };
  mustDrop: { leaks: number; checked: number; leaked: { fragment: string; where: string[] }[] };
  source: { expected: string | null; got: string | null; found: boolean | null };
  info: {
    standfirst: { ok: boolean; expected: string | null; got: string | null };
    authors: { expected: string[]; missing: string[] };
    datePublished: { expected: string | null; got: string | null; sameDay: boolean | null };
    englishPassages: { expected: number; found: number; markedLangEn: number };
  };
}

type Scorer = (expected: unknown, article: unknown) => Score;

interface Row {
  item: string;
  score: Score;
  authorsOk: boolean;
  extraAuthors: string[];
}

const { values } = parseArgs({
  options: { json: { type: 'string' }, only: { type: 'string' }, verbose: { type: 'boolean', short: 'v' } },
});

if (!existsSync(join(corpus, 'score.mjs'))) {
  console.log(`No import corpus at ${corpus}: nothing to evaluate.`);
  process.exit(0);
}

const { score } = (await import(pathToFileURL(join(corpus, 'score.mjs')).href)) as { score: Scorer };

const lower = (text: string) => text.normalize('NFC').toLowerCase().trim();

const items = readdirSync(corpus, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^\d/.test(entry.name))
  .map((entry) => entry.name)
  .filter((name) => values.only === undefined || name.startsWith(values.only))
  .sort();

const rows: Row[] = items.map((item) => {
  const folder = join(corpus, item);
  const raw = readFileSync(join(folder, 'raw.txt'), 'utf8');
  const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as { authors?: string[] };
  const { article } = parseArticleText(raw);
  const result = score(expected, article);
  // The scorer lists missing authors only; a name the byline does not hold is as wrong.
  const wanted = (expected.authors ?? []).map(lower);
  const extraAuthors = (article.authors ?? [])
    .map((author) => author.name)
    .filter((name) => !wanted.some((want) => lower(name).includes(want) || want.includes(lower(name))));
  return {
    item,
    score: result,
    authorsOk: result.info.authors.missing.length === 0 && extraAuthors.length === 0,
    extraAuthors,
  };
});

const mark = (ok: boolean | null) => (ok === null ? '–' : ok ? 'ok' : 'NO');
const ratio = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(3));
const pad = (text: string, width: number) =>
  text.length >= width ? text : text + ' '.repeat(width - text.length);

const header = [
  'item',
  'pass',
  'head',
  'leaks',
  'keep',
  'subs R',
  'subs P',
  'quotes',
  'date',
  'authors',
  'standf',
  'source',
  'en',
];
const widths = [34, 5, 5, 7, 7, 7, 7, 7, 5, 8, 7, 7, 6];
const line = (cells: string[]) => cells.map((cell, i) => pad(cell, widths[i] ?? 6)).join(' ');

console.log(line(header));
for (const { item, score: s, authorsOk } of rows) {
  console.log(
    line([
      item,
      s.pass ? 'PASS' : 'fail',
      mark(s.headline.ok),
      `${s.mustDrop.leaks}/${s.mustDrop.checked}`,
      `${s.mustKeep.expected - s.mustKeep.missing.length}/${s.mustKeep.expected}`,
      String(s.subheadings.recall),
      s.subheadings.precision === null ? '–' : String(s.subheadings.precision),
      s.quotes.expected ? `${s.quotes.inQuoteBlocks}/${s.quotes.expected}` : '–',
      mark(s.info.datePublished.sameDay),
      mark(authorsOk),
      mark(s.info.standfirst.ok),
      mark(s.source.found),
      s.info.englishPassages.expected
        ? `${s.info.englishPassages.markedLangEn}/${s.info.englishPassages.expected}`
        : '–',
    ]),
  );
}

const sum = (pick: (row: Row) => number) => rows.reduce((total, row) => total + pick(row), 0);
const matchedHeads = sum((r) => Math.round(r.score.subheadings.recall * r.score.subheadings.expected));
const totals = {
  passes: sum((r) => (r.score.pass ? 1 : 0)),
  items: rows.length,
  headlines: sum((r) => (r.score.headline.ok ? 1 : 0)),
  leaks: sum((r) => r.score.mustDrop.leaks),
  dropChecked: sum((r) => r.score.mustDrop.checked),
  kept: sum((r) => r.score.mustKeep.expected - r.score.mustKeep.missing.length),
  keepChecked: sum((r) => r.score.mustKeep.expected),
  subheadingsExpected: sum((r) => r.score.subheadings.expected),
  subheadingsGot: sum((r) => r.score.subheadings.got),
  subheadingsMatched: matchedHeads,
  quotes: sum((r) => r.score.quotes.inQuoteBlocks),
  quotesExpected: sum((r) => r.score.quotes.expected),
  dates: sum((r) => (r.score.info.datePublished.sameDay ? 1 : 0)),
  datesExpected: sum((r) => (r.score.info.datePublished.expected ? 1 : 0)),
  authors: sum((r) => (r.authorsOk ? 1 : 0)),
  standfirsts: sum((r) => (r.score.info.standfirst.ok ? 1 : 0)),
  sources: sum((r) => (r.score.source.found ? 1 : 0)),
  sourcesExpected: sum((r) => (r.score.source.expected ? 1 : 0)),
  english: sum((r) => r.score.info.englishPassages.markedLangEn),
  englishExpected: sum((r) => r.score.info.englishPassages.expected),
};

console.log('');
console.log(`passes               ${totals.passes}/${totals.items}`);
console.log(`headlines            ${totals.headlines}/${totals.items}`);
console.log(`leaks                ${totals.leaks} (of ${totals.dropChecked} furniture fragments)`);
console.log(`fragments kept       ${totals.kept}/${totals.keepChecked}`);
console.log(
  `subheadings          recall ${ratio(matchedHeads, totals.subheadingsExpected)} (${matchedHeads}/${totals.subheadingsExpected}), precision ${ratio(matchedHeads, totals.subheadingsGot)} (${matchedHeads}/${totals.subheadingsGot})`,
);
console.log(`quotations           ${totals.quotes}/${totals.quotesExpected} in quote blocks`);
console.log(`dates                ${totals.dates}/${totals.datesExpected}`);
console.log(`authors              ${totals.authors}/${totals.items} right (none missing, none extra)`);
console.log(`standfirst           ${totals.standfirsts}/${totals.items} right`);
console.log(`source               ${totals.sources}/${totals.sourcesExpected}`);
console.log(`English passages     ${totals.english}/${totals.englishExpected} marked lang="en"`);

if (values.verbose) {
  for (const { item, score: s, extraAuthors } of rows) {
    const problems = [
      ...(s.headline.ok ? [] : [`headline: got ${JSON.stringify(s.headline.got)}`]),
      ...s.mustDrop.leaked.map((leak) => `leak ${JSON.stringify(leak.fragment)} in ${leak.where.join(', ')}`),
      ...s.mustKeep.missing.map((fragment) => `lost ${JSON.stringify(fragment)}`),
      ...s.subheadings.missing.map((heading) => `missed subheading ${JSON.stringify(heading)}`),
      ...s.subheadings.extra.map((heading) => `extra subheading ${JSON.stringify(heading)}`),
      ...s.quotes.missing.map((quote) => `quote not in a quote block ${JSON.stringify(quote.slice(0, 60))}`),
      ...(s.info.datePublished.sameDay === false
        ? [`date: got ${s.info.datePublished.got}, expected ${s.info.datePublished.expected}`]
        : []),
      ...s.info.authors.missing.map((name) => `missed author ${name}`),
      ...extraAuthors.map((name) => `extra author ${name}`),
      ...(s.info.standfirst.ok
        ? []
        : [`standfirst: got ${JSON.stringify(s.info.standfirst.got?.slice(0, 80) ?? null)}`]),
      ...(s.source.found === false ? [`source: got ${s.source.got}, expected ${s.source.expected}`] : []),
    ];
    if (problems.length === 0) continue;
    console.log(`\n${item}`);
    for (const problem of problems) console.log(`  ${problem}`);
  }
}

if (values.json) writeFileSync(values.json, `${JSON.stringify({ totals, rows }, null, 2)}\n`);
