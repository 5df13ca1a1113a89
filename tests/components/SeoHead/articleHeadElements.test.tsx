import { isValidElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { articleHeadElements } from '../../../src/components/SeoHead';
import { buildArticleMeta, buildNewsArticleJsonLd } from '../../../src/seo';
import { readHeadTags } from '../../../support/readHeadTags';
import { sampleArticle, site } from '../../seo/sample';

function headOf(elements: ReactElement[]) {
  const html = `<!doctype html><html><head>${renderToStaticMarkup(elements)}</head><body></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('articleHeadElements', () => {
  it('gives the title, every meta and link tag of buildArticleMeta, in order, and the JSON-LD', () => {
    const article = sampleArticle();
    const alternates = [{ hrefLang: 'en', href: '/en/nato-ukraine' }];
    const document = headOf(articleHeadElements(article, site, { alternates }));
    const meta = buildArticleMeta(article, site, { alternates });
    const head = readHeadTags(document.head);
    expect(head.titles).toEqual([meta.title]);
    expect(head.meta).toEqual(
      meta.meta.map((tag) => ({ key: tag.property ?? tag.name, content: tag.content })),
    );
    expect(head.links).toEqual(
      meta.links.map((link) => ({
        rel: link.rel,
        href: link.href,
        ...(link.hrefLang ? { hrefLang: link.hrefLang } : {}),
      })),
    );
    expect(head.jsonLd).toEqual([buildNewsArticleJsonLd(article, site)]);
    // Everything a crawler needs sits in <head>: nothing else was rendered.
    expect(document.body.innerHTML).toBe('');
  });

  it('asks not to index with noindex', () => {
    const document = headOf(articleHeadElements(sampleArticle(), site, { noindex: true }));
    expect(document.head.querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(/^noindex/);
  });

  it('is a flat list of elements with unique keys, as next/head wants its children', () => {
    const elements = articleHeadElements(sampleArticle(), site);
    expect(elements.every((element) => isValidElement(element))).toBe(true);
    expect(
      elements.every((element) => ['title', 'meta', 'link', 'script'].includes(element.type as string)),
    ).toBe(true);
    const keys = elements.map((element) => element.key);
    expect(keys.every((key) => typeof key === 'string' && key !== '')).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
