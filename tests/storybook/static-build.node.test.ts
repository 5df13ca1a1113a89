import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../support/chromium';
import { type StaticServer, startStaticServer } from '../support/static-server';

/**
 * The built Storybook (`npm run build-storybook`, which `npm test` runs
 * before Vitest) must work from a plain static file server with no network:
 * designers open it from an intranet or a CI artefact. Every request that
 * leaves 127.0.0.1 (web fonts, telemetry, a CDN) is blocked and fails the test.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// STORYBOOK_STATIC points at another build output (`storybook build -o <dir>`).
const staticDir = path.resolve(root, process.env.STORYBOOK_STATIC ?? 'storybook-static');
const screenshots = path.join(root, 'reports', 'storybook');

const WIDTHS = { mobile: 375, desktop: 1280 } as const;

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  importPath: string;
}

let server: StaticServer;
let browser: Browser;
let entries: IndexEntry[] = [];
let pageStories: IndexEntry[] = [];
const outside: string[] = [];

/** A page whose every request outside 127.0.0.1 is recorded and aborted. */
async function isolatedPage(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1')
      return route.continue();
    outside.push(url.href);
    return route.abort('blockedbyclient');
  });
  page.on('websocket', (socket) => {
    if (!socket.url().startsWith('ws://127.0.0.1')) outside.push(socket.url());
  });
  return page;
}

function storyUrl(id: string): string {
  return `${server.origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`;
}

beforeAll(async () => {
  if (!existsSync(path.join(staticDir, 'index.json'))) {
    throw new Error('storybook-static/ is missing: run `npm run build-storybook` first (`npm test` does).');
  }
  const index = JSON.parse(await readFile(path.join(staticDir, 'index.json'), 'utf8')) as {
    entries: Record<string, IndexEntry>;
  };
  entries = Object.values(index.entries);
  // The viewport variants render the same pages; here each page is opened at both widths anyway.
  pageStories = entries.filter(
    (entry) =>
      entry.type === 'story' && entry.title.startsWith('Pages/') && !entry.importPath.includes('ByViewport'),
  );
  server = await startStaticServer({ folders: { '': staticDir } });
  browser = await chromium.launch(chromiumLaunchOptions);
  await mkdir(screenshots, { recursive: true });
}, 60_000);

beforeEach(() => {
  outside.length = 0;
  if (server) server.notFound.length = 0;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the static Storybook build', () => {
  it('has a full-page story for each of the five seed articles', () => {
    expect(pageStories.length).toBeGreaterThanOrEqual(5);
  });

  it('opens its manager (sidebar and stories) with no request leaving 127.0.0.1', async () => {
    const page = await isolatedPage(WIDTHS.desktop);
    await page.goto(`${server.origin}/index.html`);
    await page
      .getByRole('link', { name: /Recherche et réseaux sociaux|Introduction/ })
      .first()
      .waitFor();
    await page.frameLocator('#storybook-preview-iframe').locator('body').waitFor();
    await page.waitForLoadState('networkidle');
    await page.close();
    expect(outside).toEqual([]);
    expect(server.notFound).toEqual([]);
  }, 60_000);

  it('renders the docs page of the search and social previews, with its local share pictures', async () => {
    const docs = entries.find(
      (entry) => entry.type === 'docs' && entry.title.startsWith('Aperçus/Recherche'),
    );
    expect(docs).toBeDefined();
    const page = await isolatedPage(WIDTHS.desktop);
    await page.goto(`${server.origin}/iframe.html?id=${encodeURIComponent(docs?.id ?? '')}&viewMode=docs`);
    await page.locator('[data-preview="google"]').first().waitFor();
    await page.waitForLoadState('networkidle');
    // Each picture is awaited until it has loaded or failed: a busy machine may reach network
    // idle before the last one is decoded, which says nothing about the picture itself.
    const cards = await page.$$eval('[data-part="og-image"]', (nodes) =>
      Promise.all(
        nodes.map(async (node) => {
          const image = node as HTMLImageElement;
          image.loading = 'eager';
          const loaded = await image.decode().then(
            () => image.naturalWidth > 0,
            () => false,
          );
          return { src: image.getAttribute('src'), loaded };
        }),
      ),
    );
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.src).toMatch(/^\/images\//);
      expect(card.loaded, card.src ?? '').toBe(true);
    }
    await page.close();
    expect(outside).toEqual([]);
    expect(server.notFound).toEqual([]);
  }, 60_000);

  for (const [viewport, width] of Object.entries(WIDTHS)) {
    it(`renders every seed page at ${width} px: one h1, loaded pictures, no sideways scroll, nothing from outside`, async () => {
      for (const story of pageStories) {
        const page = await isolatedPage(width);
        await page.goto(storyUrl(story.id));
        const h1 = page.locator('#storybook-root h1');
        await h1.waitFor();
        expect(await h1.count(), story.id).toBe(1);
        expect((await h1.textContent())?.trim(), story.id).not.toBe('');
        await page.waitForLoadState('networkidle');
        const images = await page.$$eval('#storybook-root img', (nodes) =>
          nodes.map((node) => {
            const image = node as HTMLImageElement;
            // Lazy pictures below the fold are fetched once scrolled to; load them all.
            image.loading = 'eager';
            return image.getAttribute('src');
          }),
        );
        await page.waitForFunction(() =>
          Array.from(document.querySelectorAll('#storybook-root img')).every(
            (node) => (node as HTMLImageElement).complete,
          ),
        );
        const broken = await page.$$eval('#storybook-root img', (nodes) =>
          nodes
            .filter((node) => (node as HTMLImageElement).naturalWidth === 0)
            .map((node) => node.getAttribute('src')),
        );
        expect(images.length, story.id).toBeGreaterThan(0);
        expect(broken, story.id).toEqual([]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${story.id} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: path.join(screenshots, `${story.id}-${viewport}.png`),
          fullPage: true,
        });
        await page.close();
      }
      expect(outside).toEqual([]);
      expect(server.notFound).toEqual([]);
    }, 180_000);
  }
});
