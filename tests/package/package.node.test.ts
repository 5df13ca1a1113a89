import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

// The public API, by name. Adding or removing an export must be a deliberate change here.
const PUBLIC_EXPORTS = [
  'ArticleJsonLd',
  'ArticleLayout',
  'MAX_MARK_DEPTH',
  'ManchetteThemeProvider',
  'QuoteBlock',
  'RelatedArticles',
  'Section',
  'SeoHead',
  'SlugScope',
  'Subheading',
  'articleHeadElements',
  'auditArticle',
  'buildArticleMeta',
  'buildNewsArticleJsonLd',
  'buildNewsSitemap',
  'buildRssFeed',
  'countWords',
  'createSlugger',
  'createTheme',
  'defaultTheme',
  'formatFrenchDate',
  'frenchTitleTypography',
  'frenchTypography',
  'isSafeUrl',
  'parseArticle',
  'parseArticleText',
  'parseSiteConfig',
  'parseTeaser',
  'readingTime',
  'resolveUrl',
  'richTextToPlainText',
  'serializeJsonLd',
  'slugify',
  'toNextMetadata',
  'useHeadingLevel',
  'vars',
].sort();

const SERVER_EXPORTS = ['renderArticleDocument', 'reuseCompiledStyles'];

let workDir: string;
let tarball: string;

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist/esm/index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  }
  workDir = mkdtempSync(path.join(tmpdir(), 'manchette-pack-'));
  execFileSync('npm', ['pack', '--silent', '--pack-destination', workDir], { cwd: root, stdio: 'pipe' });
  const file = readdirSync(workDir).find((name) => name.endsWith('.tgz'));
  if (!file) throw new Error('npm pack produced no tarball');
  tarball = path.join(workDir, file);
}, 60_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('the published package', () => {
  it('passes publint with no message at all', () => {
    const output = execFileSync(bin('publint'), ['run', tarball, '--strict'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(output).not.toMatch(/Errors|Warnings|Suggestions/);
  }, 60_000);

  it('passes Are The Types Wrong under node16 (CJS and ESM) and bundler resolution', () => {
    // node10 cannot see subpath exports (manchette/server): that resolution is out of scope.
    const output = execFileSync(bin('attw'), [tarball, '--format', 'json', '--profile', 'node16'], {
      cwd: root,
      encoding: 'utf8',
    });
    const report = JSON.parse(output) as {
      analysis: { problems: { kind: string; resolutionKind?: string; entrypoint?: string }[] };
    };
    const problems = report.analysis.problems.filter((problem) => problem.resolutionKind !== 'node10');
    expect(problems).toEqual([]);
  }, 120_000);

  it('ships only dist/ and the package metadata', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
    const outside = listing.filter(
      (entry) => !/^package\/(dist\/|package\.json$|README\.md$|LICENSE$)/.test(entry),
    );
    expect(outside).toEqual([]);
    expect(listing).toContain('package/dist/index.d.cts');
  });

  it('pins the public exports of the ESM and CJS builds, which agree', async () => {
    const esm = await import(pathToFileURL(path.join(root, 'dist/esm/index.js')).href);
    const cjs = createRequire(import.meta.url)(path.join(root, 'dist/cjs/index.cjs'));
    expect(Object.keys(esm).sort()).toEqual(PUBLIC_EXPORTS);
    expect(Object.keys(cjs).sort()).toEqual(PUBLIC_EXPORTS);
  });

  it('pins the exports of manchette/server', async () => {
    const esm = await import(pathToFileURL(path.join(root, 'dist/esm/server.js')).href);
    const cjs = createRequire(import.meta.url)(path.join(root, 'dist/cjs/server.cjs'));
    expect(Object.keys(esm).sort()).toEqual(SERVER_EXPORTS);
    expect(
      Object.keys(cjs)
        .filter((key) => key !== '__esModule')
        .sort(),
    ).toEqual(SERVER_EXPORTS);
  });

  it('loads in plain Node, ESM and CommonJS, and renders a document with no bundler in between', () => {
    // Vitest resolves modules through Vite, which hides CommonJS interop mistakes: ask Node itself.
    const article = JSON.stringify({
      url: 'https://www.example.fr/international/otan',
      headline: 'L’OTAN réitère son soutien à Kiev',
      datePublished: '2024-04-04T18:30:00+02:00',
      body: [{ type: 'paragraph', text: 'Les ministres se sont réunis à Bruxelles.' }],
    });
    const site = JSON.stringify({
      name: 'Le Quotidien d’exemple',
      url: 'https://www.example.fr',
      logo: { src: '/logo.png', width: 600, height: 60 },
    });
    const esm = `
      const { ArticleLayout } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/esm/index.js')).href)});
      const { renderArticleDocument } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/esm/server.js')).href)});
      if (typeof ArticleLayout !== 'function' && typeof ArticleLayout !== 'object') throw new Error('no ArticleLayout');
      process.stdout.write(renderArticleDocument({ article: ${article}, site: ${site} }));`;
    const cjs = `
      const { renderArticleDocument } = require(${JSON.stringify(path.join(root, 'dist/cjs/server.cjs'))});
      process.stdout.write(renderArticleDocument({ article: ${article}, site: ${site} }));`;
    for (const [flag, source] of [
      ['--input-type=module', esm],
      ['--input-type=commonjs', cjs],
    ] as const) {
      const html = execFileSync(process.execPath, [flag, '-e', source], { cwd: root, encoding: 'utf8' });
      expect(html).toMatch(/^<!doctype html>/i);
      expect(html).toMatch(/<h1[^>]*>L’OTAN réitère son soutien à\u00A0Kiev<\/h1>/);
      expect(html).toContain('application/ld+json');
    }
  }, 60_000);

  it('gives styled components ids that do not depend on the build', () => {
    const source = execFileSync(
      'grep',
      ['-rhoE', 'componentId: "manchette__[^"]+"', path.join(root, 'dist/esm')],
      {
        encoding: 'utf8',
      },
    );
    expect(source.trim().split('\n').length).toBeGreaterThan(0);
    // Every styled component of the build has one, unique: one left without would get an id from its load order.
    const ids = source.trim().split('\n');
    const created = execFileSync(
      'grep',
      [
        '-rhoE',
        '--include=*.js',
        String.raw`\bstyled(\.[a-z0-9]+|\([A-Za-z]+\))`,
        path.join(root, 'dist/esm'),
      ],
      { encoding: 'utf8' },
    );
    expect(ids).toHaveLength(created.trim().split('\n').length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^componentId: "manchette__sc-[a-z0-9]+-\d+"$/);
  });
});
