import { type Browser, chromium, type Page } from 'playwright';
import { version as reactVersion } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Inline, Teaser } from '../../src/model';
import { renderArticleDocument } from '../../src/server';
import { sampleArticle, site } from '../seo/sample';
import { chromiumArgs, chromiumPath } from '../support/chromium';
import { hostileUrls, RENDERED_INVISIBLE_CHARACTERS } from '../support/hostile-urls';

/**
 * Hostile documents rendered by the library (React 18 in the react18-node
 * project, React 19 in node), opened in Chromium and every link clicked: no
 * dialog may open. Every request is answered "204 No Content", which leaves
 * the page where it is, so that one page can be clicked link after link
 * without any network.
 */

const ORIGIN = 'https://www.lequotidien.example';
const PAGE = `${ORIGIN}/international/2024/04/04/otan-ukraine`;
const strings = hostileUrls(RENDERED_INVISIBLE_CHARACTERS);
const CHUNK = 160;

let browser: Browser;
let page: Page;
let html = '';
const dialogs: string[] = [];
const tally = { documents: 0, links: 0 };

beforeAll(async () => {
  if (!reactVersion.startsWith('18.') || !chromiumPath) return;
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  page = await browser.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route('**/*', (route) =>
    route.request().url() === PAGE && route.request().isNavigationRequest()
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.fulfill({ status: 204 }),
  );
}, 60_000);

afterAll(async () => {
  if (!browser) return;
  await browser.close();
  process.stdout.write(
    `hostile links clicked in Chromium on React ${reactVersion}: ${tally.links} links in ${tally.documents} documents, ${dialogs.length} dialogs\n`,
  );
});

/** Opens `markup` at the article's URL and clicks each of its links in turn; gives the dialogs that opened. */
async function clickEveryLink(markup: string): Promise<string[]> {
  html = markup;
  dialogs.length = 0;
  await page.goto(PAGE, { waitUntil: 'load' });
  const count = await page.locator('a[href]').count();
  for (let index = 0; index < count; index++) {
    // The link's own click(): the activation a mouse click triggers, which follows the link, without
    // Playwright's scrolling and waiting for each of a thousand links. One round trip per link lets a
    // javascript: URL, which runs in a task of its own, run before the next click.
    await page.evaluate((nth) => {
      const link = document.querySelectorAll('a[href]')[nth];
      if (link instanceof HTMLElement) link.click();
    }, index);
  }
  // The last link's task, if any.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  tally.documents++;
  tally.links += count;
  return [...dialogs];
}

function hostileDocument(urls: readonly string[]): string {
  const links: Inline[] = urls.flatMap((href, index): Inline[] => [
    ' ',
    index % 2
      ? { type: 'emphasis', children: [{ type: 'link', href, children: [`lien ${index}`] }] }
      : { type: 'link', href, children: [`lien ${index}`] },
  ]);
  const related: Teaser[] = urls.map((url, index) => ({
    url,
    headline: `Article lié ${index}`,
    section: { name: 'International', url },
  }));
  const article = sampleArticle({
    section: { name: 'International', url: urls[0] },
    source: { name: 'AFP', url: urls[1] ?? urls[0] },
    authors: urls.map((url, index) => ({ name: `Auteur ${index}`, url })),
    body: [
      { type: 'paragraph', text: ['Liens :', ...links] },
      { type: 'list', items: urls.map((href) => [{ type: 'link', href, children: ['élément'] }]) },
    ],
  });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    return renderArticleDocument({ article, site, related });
  } finally {
    vi.restoreAllMocks();
  }
}

// React 18 writes a javascript: href as given, which is what this file guards; React 19 replaces one with
// a stub that throws, and its output goes through the same URL oracle in hostile-urls.node.test.tsx.
describe.skipIf(!reactVersion.startsWith('18.'))(
  'every link of a hostile document clicked in Chromium (React 18)',
  () => {
    it.skipIf(!chromiumPath)('catches script links among the others (the check really clicks)', async () => {
      const witness = (name: string) => `<a href=" java&#x09;script:alert(&quot;${name}&quot;)">${name}</a>`;
      const document = hostileDocument(strings.slice(0, CHUNK))
        .replace('<main>', `<main>${witness('premier')}`)
        .replace('élément</a>', `élément</a>${witness('au milieu')}`)
        .replace('</main>', `${witness('dernier')}</main>`);
      expect(await clickEveryLink(document)).toEqual(['premier', 'au milieu', 'dernier']);
    });

    for (let start = 0; start < strings.length; start += CHUNK) {
      const part = strings.slice(start, start + CHUNK);
      it.skipIf(!chromiumPath)(
        `strings ${start + 1}–${start + part.length} of ${strings.length}: no dialog opens`,
        async () => {
          expect(await clickEveryLink(hostileDocument(part))).toEqual([]);
        },
        120_000,
      );
    }
  },
);
