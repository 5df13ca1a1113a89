/**
 * Gathers the figures of the last test run into a table. Each judge suite
 * under tests/judges leaves its figures in reports/quality/<judge>.json.
 *
 *   npm run quality-report           writes reports/quality.md (what `npm test` runs last)
 *   npm run quality-report:readme    also puts the table into README.md, between
 *                                    `<!-- quality:start -->` and `<!-- quality:end -->`
 *
 * A test run changes no tracked file: the README's table changes only when
 * someone asks for it, and then states what a run measured, not what someone typed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QualityEntry } from '../tests/support/quality';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = path.join(root, 'README.md');
const qualityDir = path.join(root, 'reports/quality');
const reportPath = path.join(root, 'reports/quality.md');

const START = '<!-- quality:start -->';
const END = '<!-- quality:end -->';

/** The judges, in the order the README lists them, with the name a reader sees. */
const JUDGES: ReadonlyArray<{ judge: string; title: string }> = [
  { judge: 'html-validity', title: 'HTML validity' },
  { judge: 'stories', title: 'Every story’s markup' },
  { judge: 'structured-data', title: 'Structured data' },
  { judge: 'accessibility', title: 'Accessibility and keyboard' },
  { judge: 'hydration', title: 'Hydration across time zones' },
  { judge: 'fuzz', title: 'Property tests (hostile input)' },
  { judge: 'feeds', title: 'News sitemap and RSS feed (XML)' },
];

function readEntries(): QualityEntry[] {
  const missing = JUDGES.filter(({ judge }) => !existsSync(path.join(qualityDir, `${judge}.json`)));
  if (missing.length > 0) {
    throw new Error(
      `No figures from ${missing.map(({ judge }) => judge).join(', ')} in reports/quality/: run the judges first (npx vitest run tests/judges).`,
    );
  }
  return JUDGES.map(
    ({ judge }) => JSON.parse(readFileSync(path.join(qualityDir, `${judge}.json`), 'utf8')) as QualityEntry,
  );
}

function format(value: number | string): string {
  return typeof value === 'number' ? value.toLocaleString('en-US') : value;
}

function section(entries: QualityEntry[]): string {
  const day = entries
    .map((entry) => entry.measuredAt)
    .sort()
    .at(-1)
    ?.slice(0, 10);
  const rows = entries.map((entry, index) => {
    const figures = entry.figures
      .map((figure) => `${figure.label}: **${format(figure.value)}**`)
      .join('<br>');
    return `| ${JUDGES[index]?.title} | ${entry.tool} | ${entry.passed ? 'passed' : '**failed**'} | ${figures} |`;
  });
  return [
    START,
    `Written by \`npm run quality-report:readme\` (from the run of ${day}) from what each judge measured: tools this project did not write, on the`,
    'documents `renderArticleDocument` produces for the five seed articles and for three French articles written only',
    'for the judges (`tests/judges/unseen-articles.ts`). `npm test` stops before this step when a judge fails; a',
    'judge shown as failed comes from a run of the judges alone (`npx vitest run tests/judges && npm run quality-report`).',
    '',
    '| judge | tool | result | figures |',
    '| --- | --- | --- | --- |',
    ...rows,
    END,
  ].join('\n');
}

function main(): void {
  const table = section(readEntries());
  writeFileSync(reportPath, `${table}\n`);
  console.log(`${path.relative(root, reportPath)}: ${JUDGES.length} judges reported.`);
  if (!process.argv.includes('--readme')) return;
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
  const updated = `${readme.slice(0, start)}${table}${readme.slice(end + END.length)}`;
  if (updated !== readme) writeFileSync(readmePath, updated);
  console.log(`README.md quality section updated.`);
}

main();
