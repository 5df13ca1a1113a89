import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { LIBRARY_CODE } from '../tests/example/nextApp.ts';
import { ROOT } from './bundle.ts';

const EXAMPLE = path.join(ROOT, 'examples/next');

/** One page of the example's build: the HTML Next.js prerendered and the scripts it loads. */
export interface NextPageRow {
  /** `app` (Server Components) or `pages` (Pages Router). */
  router: 'app' | 'pages';
  route: string;
  htmlBytes: number;
  htmlGzip: number;
  scripts: number;
  /** Every script file the page loads, gzipped. */
  scriptGzip: number;
  /** The gzipped size of the scripts that hold the library's code (whole files: an upper bound). */
  libraryGzip: number;
}

export interface NextResults {
  /** Wall-clock time of `next build`, in milliseconds. */
  buildMs: number;
  nextVersion: string;
  rows: NextPageRow[];
}

const gzip = (text: Buffer | string) => gzipSync(text, { level: 9 }).length;

function pageRow(router: 'app' | 'pages', route: string, htmlFile: string): NextPageRow {
  const html = readFileSync(htmlFile);
  const sources = [...html.toString('utf8').matchAll(/<script[^>]*\ssrc="(\/_next\/[^"]+)"/g)].map((match) =>
    (match[1] as string).replace(/^\/_next\//, ''),
  );
  let scriptGzip = 0;
  let libraryGzip = 0;
  for (const source of new Set(sources)) {
    const code = readFileSync(path.join(EXAMPLE, '.next', decodeURIComponent(source)));
    const size = gzip(code);
    scriptGzip += size;
    if (LIBRARY_CODE.test(code.toString('utf8'))) libraryGzip += size;
  }
  return {
    router,
    route,
    htmlBytes: html.length,
    htmlGzip: gzip(html),
    scripts: new Set(sources).size,
    scriptGzip,
    libraryGzip,
  };
}

/**
 * Builds examples/next with the current dist/ (as `npm run example:build`
 * does, timing `next build`) and measures what the article pages send: the
 * App Router page, whose components are Server Components, and the Pages
 * Router page, where the same components hydrate in the browser.
 */
export function measureNextExample(ids: readonly string[], log: (line: string) => void): NextResults {
  if (!existsSync(path.join(EXAMPLE, 'node_modules/next'))) {
    throw new Error('examples/next has no node_modules: run `npm ci --prefix examples/next`.');
  }
  rmSync(path.join(EXAMPLE, 'node_modules/manchette'), { recursive: true, force: true });
  execFileSync('npm', ['install', '--no-save'], { cwd: EXAMPLE, stdio: 'ignore' });
  log('next build…');
  const start = performance.now();
  execFileSync('npm', ['run', 'build'], { cwd: EXAMPLE, stdio: 'ignore' });
  const buildMs = performance.now() - start;
  const nextVersion = (
    JSON.parse(readFileSync(path.join(EXAMPLE, 'node_modules/next/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const rows = ids.flatMap((id) => [
    pageRow('app', `/articles/${id}`, path.join(EXAMPLE, `.next/server/app/articles/${id}.html`)),
    pageRow('pages', `/pages-router/${id}`, path.join(EXAMPLE, `.next/server/pages/pages-router/${id}.html`)),
  ]);
  return { buildMs, nextVersion, rows };
}
