import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleImport, type ModuleCost, PEERS, ROOT } from './bundle.ts';

/**
 * The sizes the project aims at (bytes, min + gzip). Where one is out of reach,
 * `.size-limit.json` enforces a budget at the measured size instead, so that
 * any growth still fails `npm run size`, and the report prints both.
 */
const GOALS: { match: RegExp; bytes: number }[] = [
  { match: /^everything: /, bytes: 8000 },
  { match: /^builders: /, bytes: 1000 },
  { match: /^(ArticleLayout|Subheading|QuoteBlock|RelatedArticles|SeoHead)$/, bytes: 1500 },
];

interface SizeLimitCheck {
  name: string;
  path: string;
  import: string;
  ignore?: string[];
  limit?: string;
}

export interface SizeRow {
  name: string;
  /** Bytes, minified and gzipped, as size-limit measures them (peers excluded). */
  size: number;
  /** The budget in bytes, when the entry has one. */
  limit?: number;
  passed?: boolean;
  /** The goal the project set for this entry, in bytes, when it differs from the enforced budget. */
  goal?: number;
  /** The modules that weigh the most (minified bytes before gzip), for the analysis of an overrun. */
  heaviest: ModuleCost[];
}

function namesOf(importClause: string): string[] | '*' {
  if (importClause.trim() === '*') return '*';
  return importClause
    .replace(/[{}]/g, '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * Runs size-limit on `.size-limit.json` (the budgets `npm run size` checks)
 * and, for every entry, bundles the same import again with esbuild to list the
 * modules that weigh the most.
 */
export async function measureSizes(): Promise<SizeRow[]> {
  const checks = JSON.parse(readFileSync(path.join(ROOT, '.size-limit.json'), 'utf8')) as SizeLimitCheck[];
  let output: string;
  try {
    output = execFileSync(path.join(ROOT, 'node_modules/.bin/size-limit'), ['--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // size-limit exits with 1 when a budget is exceeded and still prints its JSON.
    output = String((error as { stdout?: string }).stdout ?? '');
  }
  const measured = JSON.parse(output) as
    | { name: string; size: number; sizeLimit?: number; passed?: boolean }[]
    | { error: string };
  if (!Array.isArray(measured)) throw new Error(`size-limit failed: ${measured.error}`);
  const rows: SizeRow[] = [];
  for (const check of checks) {
    const result = measured.find((item) => item.name === check.name);
    if (!result) throw new Error(`size-limit did not report "${check.name}"`);
    const external = [...PEERS, ...(check.ignore ?? [])];
    const report = await bundleImport(check.path, namesOf(check.import), { external });
    rows.push({
      name: check.name,
      size: result.size,
      limit: result.sizeLimit,
      passed: result.passed,
      goal: GOALS.find((goal) => goal.match.test(check.name))?.bytes,
      heaviest: report.modules.slice(0, 6),
    });
  }
  return rows;
}
