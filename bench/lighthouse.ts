import { execFileSync } from 'node:child_process';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium.ts';
import { type InMemoryFile, startStaticServer } from '../tests/support/static-server.ts';

export type FormFactor = 'mobile' | 'desktop';

export interface PageDocument {
  id: string;
  html: string;
}

export interface LighthouseRow {
  id: string;
  formFactor: FormFactor;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Cumulative Layout Shift (unitless). */
  cls: number;
  /** Largest Contentful Paint in milliseconds (simulated throttling). */
  lcp: number;
  /** Audits that lost points, per category, with Lighthouse's own title. */
  failing: { category: string; id: string; title: string; score: number; details: string[] }[];
  /** Requests that left 127.0.0.1 (there must be none). */
  remoteRequests: string[];
  /** Paths the page asked for that do not exist (a broken image, a missing asset). */
  notFound: string[];
}

const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#a3001b"/></svg>';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

function score(result: Result, category: (typeof CATEGORIES)[number]): number {
  return Math.round((result.categories[category]?.score ?? 0) * 100);
}

/** A few words per offending item (URL, element, message), to say what lost the points. */
function itemsOf(audit: Result['audits'][string]): string[] {
  const details = audit.details;
  if (!details || (details.type !== 'table' && details.type !== 'list')) {
    return audit.displayValue ? [String(audit.displayValue)] : [];
  }
  const items = details.type === 'table' ? details.items : [];
  return items.slice(0, 5).map((item) => {
    const node = item.node as { snippet?: string } | undefined;
    const parts = [item.url, item.description, node?.snippet].filter(
      (part) => typeof part === 'string' && part,
    );
    return (parts.length > 0 ? parts.join(' — ') : JSON.stringify(item)).slice(0, 200);
  });
}

function failingAudits(result: Result): LighthouseRow['failing'] {
  const failing: LighthouseRow['failing'] = [];
  for (const category of CATEGORIES) {
    for (const ref of result.categories[category]?.auditRefs ?? []) {
      const audit = result.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      failing.push({ category, id: ref.id, title: audit.title, score: audit.score, details: itemsOf(audit) });
    }
  }
  return failing;
}

function remoteRequests(result: Result, origin: string): string[] {
  const details = result.audits['network-requests']?.details;
  const items = details && details.type === 'table' ? details.items : [];
  return items
    .map((item) => String(item.url ?? ''))
    .filter((url) => !(url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')));
}

/**
 * Runs Lighthouse on each document, served with the fixture images (under
 * `/images`, as Storybook serves them) from a static server on 127.0.0.1 and opened in the system Chromium. Lighthouse
 * runs one page at a time (it needs the whole machine for its throttling
 * simulation to mean anything).
 */
export async function runLighthouse(
  documents: PageDocument[],
  options: { imagesDir: string; formFactors: FormFactor[]; runs: number; log?: (line: string) => void },
): Promise<{ rows: LighthouseRow[]; chromium: string; version: string }> {
  if (!chromiumPath)
    throw new Error('Chromium not found: install it (scripts/install-system-deps.sh) or set CHROMIUM_PATH.');
  const log = options.log ?? (() => {});
  const files: Record<string, InMemoryFile> = {
    // What any host site serves next to its pages; without them Lighthouse counts the
    // host's 404s (robots.txt, the browser's icon request) against the article page.
    '/robots.txt': { body: 'User-agent: *\nAllow: /\n', extension: '.txt' },
    '/favicon.ico': { body: FAVICON, extension: '.svg' },
  };
  for (const document of documents)
    files[`/${document.id}.html`] = { body: document.html, extension: '.html' };
  const server = await startStaticServer({ files, folders: { '/images': options.imagesDir } });
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: chromiumArgs, logLevel: 'silent' });
  const rows: LighthouseRow[] = [];
  // The user agent string is reduced (156.0.0.0); the binary tells its full version.
  const chromium =
    execFileSync(chromiumPath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).match(/[\d.]+/)?.[0] ?? 'unknown';
  let version = 'unknown';
  try {
    for (const formFactor of options.formFactors) {
      for (const document of documents) {
        const url = `${server.origin}/${document.id}.html`;
        const runs: Result[] = [];
        for (let run = 0; run < options.runs; run++) {
          const flags: Flags = {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: [...CATEGORIES],
          };
          const runner = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
          if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
          if (runner.lhr.runtimeError) {
            throw new Error(`Lighthouse failed on ${url}: ${runner.lhr.runtimeError.message}`);
          }
          runs.push(runner.lhr);
        }
        // The run with the median FCP and TTI, as Lighthouse CI picks it: one slow run on a
        // shared machine does not decide the score.
        const result = computeMedianRun(runs);
        version = result.lighthouseVersion;
        const row: LighthouseRow = {
          id: document.id,
          formFactor,
          performance: score(result, 'performance'),
          accessibility: score(result, 'accessibility'),
          bestPractices: score(result, 'best-practices'),
          seo: score(result, 'seo'),
          cls: result.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
          lcp: result.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
          failing: failingAudits(result),
          remoteRequests: [...new Set(runs.flatMap((run) => remoteRequests(run, server.origin)))],
          notFound: [...new Set(server.notFound.splice(0))],
        };
        rows.push(row);
        log(
          `lighthouse ${formFactor} ${document.id}: ${row.performance}/${row.accessibility}/${row.bestPractices}/${row.seo}`,
        );
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return { rows, chromium, version };
}
