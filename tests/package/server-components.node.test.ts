import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createElement, type ReactNode, use } from 'react';
import { renderToString } from 'react-dom/server';
import { createFromNodeStream } from 'react-server-dom-webpack/client';
import { ServerStyleSheet } from 'styled-components';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleSite, seedFixtures } from '../../fixtures';

const root = path.resolve(import.meta.dirname, '../..');
const esm = path.join(root, 'dist/esm');

// What must stay a client module: it provides or reads context, or needs react-helmet-async.
const CLIENT_MODULES = [
  'components/Section/Section',
  'components/Section/useHeadingLevel',
  'components/SeoHead/SeoHead',
  'components/Subheading/SlugScope',
  'components/context/ContextScope',
];

// Named imports that the react-server build of React does not export.
const CLIENT_ONLY_REACT =
  /^(createContext|useContext|useState|useEffect|useLayoutEffect|useReducer|useRef)\b/;

const DIRECTIVE = /^(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n]*\n)*['"]use client['"];/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

// The relative imports of a built ES module, resolved to files of dist/esm.
function importsOf(file: string): { local: string[]; packages: string[]; reactNames: string[] } {
  const code = readFileSync(file, 'utf8');
  const local: string[] = [];
  const packages: string[] = [];
  const reactNames: string[] = [];
  for (const match of code.matchAll(/(?:import|export)\s*([^'";]*?)\s*from\s*'([^']+)'/g)) {
    const [, clause = '', specifier = ''] = match;
    if (specifier.startsWith('.')) local.push(path.resolve(path.dirname(file), specifier));
    else packages.push(specifier);
    if (specifier === 'react') {
      for (const name of clause.match(/\{([^}]*)\}/)?.[1]?.split(',') ?? []) reactNames.push(name.trim());
    }
  }
  return { local, packages, reactNames };
}

/** The modules a Server Component bundler loads from `entry`: it stops at client modules, which become references. */
function serverGraph(entry: string) {
  const server = new Set<string>();
  const clientReferences = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (server.has(file) || clientReferences.has(file)) continue;
    if (DIRECTIVE.test(readFileSync(file, 'utf8'))) {
      clientReferences.add(path.relative(esm, file).replace(/\.js$/, ''));
      continue;
    }
    server.add(file);
    pending.push(...importsOf(file).local);
  }
  return { server: [...server], clientReferences: [...clientReferences].sort() };
}

describe("'use client' in the built package", () => {
  beforeAll(() => {
    if (!existsSync(path.join(esm, 'index.js'))) {
      throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
    }
  });

  it('marks exactly the client modules in the sources', () => {
    const marked = sourceFiles(path.join(root, 'src'))
      .filter((file) => DIRECTIVE.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(path.join(root, 'src'), file).replace(/\.tsx?$/, ''))
      .sort();
    expect(marked).toEqual([...CLIENT_MODULES].sort());
  });

  it('keeps the directive at the top of each of them in dist/, ESM and CommonJS', () => {
    for (const name of CLIENT_MODULES) {
      expect(readFileSync(path.join(esm, `${name}.js`), 'utf8'), name).toMatch(DIRECTIVE);
      expect(readFileSync(path.join(root, 'dist/cjs', `${name}.cjs`), 'utf8'), name).toMatch(DIRECTIVE);
    }
    // and nowhere else: a directive on the entry would make every export a client reference.
    expect(readFileSync(path.join(esm, 'index.js'), 'utf8')).not.toMatch(DIRECTIVE);
    expect(readFileSync(path.join(esm, 'components/ArticleLayout/ArticleLayout.js'), 'utf8')).not.toMatch(
      DIRECTIVE,
    );
  });

  it.each([
    ['ArticleLayout', ['components/context/ContextScope']],
    ['Subheading', []],
    ['QuoteBlock', []],
    ['RelatedArticles', []],
    ['ArticleJsonLd', []],
  ])('%s reaches no React API that Server Components lack, and no client module but %j', (name, expected) => {
    const { server, clientReferences } = serverGraph(path.join(esm, `components/${name}/${name}.js`));
    expect(clientReferences).toEqual(expected);
    for (const file of server) {
      const { packages, reactNames } = importsOf(file);
      expect(packages, file).not.toContain('react-helmet-async');
      expect(
        reactNames.filter((imported) => CLIENT_ONLY_REACT.test(imported)),
        file,
      ).toEqual([]);
    }
  });
});

type Part = [name: string, props?: Record<string, unknown>];
interface FlightResult {
  payload: string;
  errors: string[];
}

let workDir: string;

/** Renders each page (a list of parts) as Server Components in a process of its own, under `react-server`. */
function renderAsServerComponents(pages: Part[][]): { createContext: string; results: FlightResult[] } {
  const input = path.join(workDir, `pages-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(input, JSON.stringify(pages));
  const output = execFileSync(
    process.execPath,
    [
      '--conditions=react-server',
      '--import',
      './tests/support/rsc/register.mjs',
      'tests/support/rsc/flight.mjs',
      input,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(output);
}

/** The HTML that a Server Components payload gives once rendered to a document, as Next.js does for the first load. */
async function htmlOf(payload: string): Promise<string> {
  const tree = createFromNodeStream<ReactNode>(Readable.from([Buffer.from(payload)]), {
    moduleMap: {},
    serverModuleMap: null,
    moduleLoading: null,
  });
  const Page = (): ReactNode => use(tree);
  // renderToString cannot wait; the payload is complete, so one microtask turn resolves it.
  await tree;
  return renderToString(createElement(Page));
}

// Ids from useId differ between the two renderers (and are never printed in
// the text): compared as placeholders, in order of appearance.
function normaliseIds(html: string): string {
  const ids = new Map<string, string>();
  return html.replace(/(id|aria-labelledby)="([^"]*)"/g, (_, name: string, value: string) => {
    if (!/^[_«:]/.test(value)) return `${name}="${value}"`;
    if (!ids.has(value)) ids.set(value, `useid-${ids.size}`);
    return `${name}="${ids.get(value)}"`;
  });
}

const INLINE_STYLE = /<style data-styled="">([\s\S]*?)<\/style>/g;

describe('the components as React Server Components (react-server build of React)', () => {
  beforeAll(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'manchette-rsc-'));
  });
  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  it('renders every seed article with no error and no client reference, the same markup as a client render', async () => {
    const pages: Part[][] = seedFixtures.map((seed) => [
      ['ArticleLayout', { article: seed.article, site: exampleSite, related: seed.related }],
    ]);
    const { createContext, results } = renderAsServerComponents(pages);
    // The process ran the React that Server Components get: no context at all.
    expect(createContext).toBe('undefined');
    for (const [index, seed] of seedFixtures.entries()) {
      const { payload, errors } = results[index] as FlightResult;
      expect(errors, seed.id).toEqual([]);
      // An `I` row is a client reference: the page would load the library's code in the browser.
      expect(payload, seed.id).not.toMatch(/^[0-9a-f]+:I\[/m);
      const html = await htmlOf(payload);
      // styled-components writes each component's CSS in a <style> before it: styled without any script.
      const css = [...html.matchAll(INLINE_STYLE)].map((match) => match[1]).join('\n');
      expect(css).toContain('max-width');
      // The same build of the package, rendered as client components in a server render.
      const { ArticleLayout } = await import(pathToFileURL(path.join(esm, 'index.js')).href);
      const sheet = new ServerStyleSheet();
      let classic: string;
      try {
        classic = renderToString(
          sheet.collectStyles(
            createElement(
              'main',
              null,
              createElement(ArticleLayout, {
                article: seed.article,
                site: exampleSite,
                related: seed.related,
              }),
            ),
          ),
        );
      } finally {
        sheet.seal();
      }
      expect(normaliseIds(html.replace(INLINE_STYLE, '')), seed.id).toBe(normaliseIds(classic));
    }
  }, 60_000);

  it('renders ArticleJsonLd, Subheading, QuoteBlock and RelatedArticles alone, with the levels they are given', async () => {
    const seed = seedFixtures.find((candidate) => candidate.related.length > 0);
    const { results } = renderAsServerComponents([
      [
        ['ArticleJsonLd', { article: seed?.article, site: exampleSite }],
        ['Subheading', { children: 'Les réactions', level: 3 }],
        ['QuoteBlock', { text: 'Nous restons unis.', attribution: { name: 'Jens Stoltenberg' } }],
        ['RelatedArticles', { teasers: seed?.related, headingLevel: 3 }],
      ],
    ]);
    const { payload, errors } = results[0] as FlightResult;
    expect(errors).toEqual([]);
    expect(payload).not.toMatch(/^[0-9a-f]+:I\[/m);
    const html = await htmlOf(payload);
    const jsonLd = html.match(/<script type="application\/ld\+json">([^<]*)<\/script>/)?.[1] ?? '';
    expect(JSON.parse(jsonLd)['@graph'][0]['@type']).toBe('NewsArticle');
    expect(html).toMatch(/<h3[^>]* id="les-reactions"/);
    expect(html).toContain('<blockquote');
    expect(html).toMatch(/<aside[^>]*data-level="3"/);
    expect(html).toMatch(/<h4 data-part="headline">/);
  }, 60_000);

  it('draws the styled marks of a quotation built from children, as a Server Component', async () => {
    const { results } = renderAsServerComponents([
      [
        [
          'QuoteBlock',
          {
            attribution: { name: 'Jens Stoltenberg' },
            children: [
              ['p', { children: [['em', { children: '«\u00A0Nous restons unis.' }]] }],
              ['p', { children: 'Nous sommes déterminés\u202F»' }],
            ],
          },
        ],
      ],
    ]);
    const { payload, errors } = results[0] as FlightResult;
    expect(errors).toEqual([]);
    expect(payload).not.toMatch(/^[0-9a-f]+:I\[/m);
    const html = await htmlOf(payload);
    const quote = html.match(/<blockquote[^>]*>(.*)<\/blockquote>/)?.[1] ?? '';
    // The author's marks are gone; the component's are drawn once, outside the emphasis.
    expect(quote).toBe(
      '<p><span aria-hidden="true" data-quotation-mark="open">«\u202F</span><em>Nous restons unis.</em></p>' +
        '<p>Nous sommes déterminés<span aria-hidden="true" data-quotation-mark="close">\u202F»</span></p>',
    );
  }, 60_000);

  it('hands a composed body the article’s context through one client component', () => {
    const seed = seedFixtures[0];
    const { results } = renderAsServerComponents([
      [
        [
          'ArticleLayout',
          {
            article: seed?.article,
            headingLevel: 2,
            children: [
              ['Subheading', { children: 'Contexte' }],
              ['p', { children: 'Texte.' }],
            ],
          },
        ],
      ],
    ]);
    const { payload, errors } = results[0] as FlightResult;
    expect(errors).toEqual([]);
    const references = payload.match(/^[0-9a-f]+:I\[.*$/gm) ?? [];
    expect(references).toHaveLength(1);
    expect(references[0]).toContain('ContextScope');
  }, 60_000);
});
