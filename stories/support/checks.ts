import { expect, waitFor } from 'storybook/test';
import { readHeadTags } from '../../support/readHeadTags';

/**
 * Shared `play` assertions for the review stories. They read what the page
 * really put in the document (through `SeoHead`) and compare it with what the
 * previews claim, so a preview that drifted from the head fails its story.
 */

// Tags of the article's head; the iframe's own (charset, viewport) are left aside.
const ARTICLE_META = /^(description|robots|og:|article:|twitter:)/;

/** Waits until react-helmet-async has written the article's title. */
export async function waitForHead(title: string) {
  await waitFor(() => expect(document.title).toBe(title));
}

/**
 * Every row of the head-tags table is in the document's head, and every
 * article tag of the head is in the table; the JSON-LD shown is the one the
 * page carries.
 */
export async function expectPreviewToMatchDocument(root: HTMLElement) {
  const table = root.querySelector('[data-preview="head-tags"] table');
  await expect(table).not.toBeNull();
  const rows = Array.from(table?.querySelectorAll<HTMLTableRowElement>('tbody tr') ?? []).map((row) => ({
    element: row.dataset.element,
    key: row.dataset.key ?? '',
    value: row.querySelector('[data-part="value"]')?.textContent ?? '',
  }));
  const title = rows.find((row) => row.element === 'title')?.value ?? '';
  await waitForHead(title);

  const head = readHeadTags(document);
  // The host page (Storybook's iframe, the test runner) has a <title> of its
  // own after the article's: the article's comes first, so it is the one shown.
  await expect(head.titles[0]).toBe(title);
  await expect(head.titles.filter((text) => text === title)).toHaveLength(1);
  for (const row of rows) {
    if (row.element === 'html') await expect(document.documentElement).toHaveAttribute('lang', row.value);
    if (row.element === 'meta') await expect(head.meta).toContainEqual({ key: row.key, content: row.value });
    if (row.element === 'link')
      await expect(head.links.some((link) => link.rel === row.key && link.href === row.value)).toBe(true);
  }
  const articleMeta = head.meta.filter((tag) => ARTICLE_META.test(tag.key));
  await expect(articleMeta).toHaveLength(rows.filter((row) => row.element === 'meta').length);

  const shown = root.querySelector('[data-part="json-ld"]')?.textContent ?? '';
  await expect(head.jsonLd).toHaveLength(1);
  await expect(JSON.parse(shown)).toEqual(head.jsonLd[0]);
}

/** The Google title preview is cut at a word within the budget and ends with « … ». */
export async function expectCutTitle(root: HTMLElement, budget: number) {
  const title = root.querySelector<HTMLElement>('[data-preview="google"] [data-part="title"]');
  await expect(title).toHaveAttribute('data-cut', 'true');
  const text = title?.textContent ?? '';
  await expect(text.endsWith('…')).toBe(true);
  await expect(text.length).toBeLessThanOrEqual(budget);
  // Cut at a word: what precedes the ellipsis is a whole word of the document title.
  const kept = text.slice(0, -1);
  await expect(document.title.startsWith(kept)).toBe(true);
  await expect(/[\p{L}\p{N}]/u.test(document.title.charAt(kept.length))).toBe(false);
}

/** The share card's picture is the local copy of og:image and has really loaded. */
export async function expectCardImageLoaded(root: HTMLElement, localSrc: string) {
  const images = Array.from(root.querySelectorAll<HTMLImageElement>('[data-part="og-image"]'));
  await expect(images.length).toBeGreaterThan(0);
  for (const image of images) {
    await expect(image.getAttribute('src')).toBe(localSrc);
    await waitFor(() => expect(image.complete && image.naturalWidth > 0).toBe(true));
  }
}
