import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixtures } from '../../fixtures';
import { chromiumLaunchOptions } from '../support/chromium';
import { appRoute, exampleProblem, LIBRARY_CODE, pagesRoute, type RunningApp, startExample } from './nextApp';

/**
 * The library in a real Next.js 16 application (examples/next, built by
 * `npm run example:build`): every seed article at /articles/<id> (App Router,
 * Server Components) and /pages-router/<id> (Pages Router), opened in Chromium.
 */

/** What a crawler and a reader get from a document, read in the page. */
interface DocumentView {
  headTitle: string | undefined;
  headMeta: Record<string, string>;
  canonical: string | undefined;
  jsonLdInHead: string[];
  jsonLdAnywhere: string[];
  h1: string[];
  /** Computed styles of every element of the article. */
  styles: string[];
}

// What the article looks like: enough properties to tell a styled page from a bare one, and two renders apart.
const STYLE_PROPERTIES = [
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'color',
  'margin-top',
  'max-width',
];

function readDocument(page: Page): Promise<DocumentView> {
  return page.evaluate((properties) => {
    const head = document.head;
    const meta: Record<string, string> = {};
    for (const tag of head.querySelectorAll('meta[name], meta[property]')) {
      const key = tag.getAttribute('property') ?? tag.getAttribute('name') ?? '';
      meta[key] ??= tag.getAttribute('content') ?? '';
    }
    const ld = (root: ParentNode) =>
      Array.from(
        root.querySelectorAll('script[type="application/ld+json"]'),
        (script) => script.textContent ?? '',
      );
    const article = document.querySelector('article');
    return {
      headTitle: head.querySelector('title')?.textContent ?? undefined,
      headMeta: meta,
      canonical: head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
      jsonLdInHead: ld(head),
      jsonLdAnywhere: ld(document),
      h1: Array.from(document.querySelectorAll('h1'), (h1) => h1.textContent ?? ''),
      styles: article
        ? [article, ...article.querySelectorAll('*')]
            .filter((element) => element.tagName !== 'STYLE')
            .map((element) => {
              const style = getComputedStyle(element);
              return `${element.tagName} ${properties.map((name) => style.getPropertyValue(name)).join(' | ')}`;
            })
        : [],
    };
  }, STYLE_PROPERTIES);
}

/** The server's HTML as it is, with no script run. */
async function serverView(context: BrowserContext, url: string): Promise<DocumentView & { status: number }> {
  const page = await context.newPage();
  try {
    const response = await page.goto(url);
    return { status: response?.status() ?? 0, ...(await readDocument(page)) };
  } finally {
    await page.close();
  }
}

/** The page once its scripts ran, with what they printed and their text. */
async function browserView(
  context: BrowserContext,
  url: string,
): Promise<DocumentView & { problems: string[]; scripts: string[] }> {
  const page: Page = await context.newPage();
  const problems: string[] = [];
  const scripts: Promise<string>[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text());
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    const view = await readDocument(page);
    return { problems, scripts: await Promise.all(scripts), ...view };
  } finally {
    await page.close();
  }
}

const problem = exampleProblem();
let app: RunningApp;
let browser: Browser;
let withoutScripts: BrowserContext;
let withScripts: BrowserContext;

beforeAll(async () => {
  if (problem) throw new Error(problem);
  app = await startExample();
  browser = await chromium.launch(chromiumLaunchOptions);
  withoutScripts = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 900 },
  });
  withScripts = await browser.newContext({ viewport: { width: 1280, height: 900 } });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe.each(seedFixtures.map((seed) => [seed.id, seed] as const))('examples/next, %s', (id, seed) => {
  const servedHead = (view: DocumentView & { status: number }) => {
    expect(view.status).toBe(200);
    expect(view.headTitle).toMatch(/\S/);
    expect(view.headMeta.description).toMatch(/\S/);
    expect(view.canonical).toBe(seed.article.url);
    expect(view.headMeta['og:type']).toBe('article');
    expect(view.jsonLdAnywhere).toHaveLength(1);
    const graph = JSON.parse(view.jsonLdAnywhere[0] ?? '') as {
      '@graph': { '@type': string; headline?: string }[];
    };
    const newsArticle = graph['@graph'].find((node) => node['@type'] === 'NewsArticle');
    expect(newsArticle).toBeDefined();
    // One top heading, the headline that the structured data names.
    expect(view.h1).toEqual([newsArticle?.headline]);
  };

  it('App Router: a Server Component page, complete and styled in the server HTML, with none of the library in its scripts', async () => {
    const server = await serverView(withoutScripts, `${app.origin}${appRoute(id)}`);
    servedHead(server);
    // Styled before any script: the headline in the theme's serif, the article in its frame.
    expect(server.styles[0]).toContain('1152px');
    expect(server.styles.find((line) => line.startsWith('H1'))).toMatch(/Georgia/);

    const loaded = await browserView(withScripts, `${app.origin}${appRoute(id)}`);
    expect(loaded.problems).toEqual([]);
    expect(loaded.h1).toEqual(server.h1);
    expect(loaded.scripts.length).toBeGreaterThan(0);
    expect(loaded.scripts.filter((script) => LIBRARY_CODE.test(script))).toEqual([]);
    // The browser changed nothing the server sent.
    expect(loaded.styles).toEqual(server.styles);
  }, 60_000);

  it('Pages Router: every head tag and the JSON-LD in the server HTML’s <head>, hydrated without a warning, styled as on the App Router', async () => {
    const server = await serverView(withoutScripts, `${app.origin}${pagesRoute(id)}`);
    servedHead(server);
    expect(server.jsonLdInHead).toHaveLength(1);
    expect(server.headMeta.robots).toMatch(/max-image-preview:large/);
    expect(server.headMeta['twitter:card']).toMatch(/^summary/);

    const loaded = await browserView(withScripts, `${app.origin}${pagesRoute(id)}`);
    expect(loaded.problems).toEqual([]);
    expect(loaded.h1).toEqual(server.h1);
    expect(loaded.headTitle).toBe(server.headTitle);
    // The control for the App Router's check: here the components run in the browser, and are found.
    expect(loaded.scripts.some((script) => LIBRARY_CODE.test(script))).toBe(true);
    // The same article, styled the same by client components as by Server Components.
    const appRouter = await serverView(withoutScripts, `${app.origin}${appRoute(id)}`);
    expect(server.styles).toEqual(appRouter.styles);
    expect(loaded.styles).toEqual(server.styles);
  }, 60_000);
});
