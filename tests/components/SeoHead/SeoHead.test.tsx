import { version as reactVersion } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SeoHead } from '../../../src/components/SeoHead';
import { seoHeadParts } from '../../../src/components/SeoHead/seoHeadParts';
import { buildArticleMeta, buildNewsArticleJsonLd } from '../../../src/seo';
import { readHeadTags } from '../../../support/readHeadTags';
import { sampleArticle, site } from '../../seo/sample';
import { render, waitFor } from '../../support/render';

const CANONICAL = 'https://www.lequotidien.example/international/2024/04/04/otan-ukraine';
const HEADLINE = 'L’OTAN réitère son soutien à\u00A0Kiev lors de la réunion du Conseil OTAN-Ukraine';

function jsonLdScripts() {
  return Array.from(document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]'));
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('SeoHead', () => {
  it('puts exactly one title, the final one, in the document head', () => {
    render(<SeoHead article={sampleArticle()} site={site} />);
    const head = readHeadTags(document.head);
    expect(head.titles).toEqual([`${HEADLINE} | Le Quotidien`]);
    expect(document.title).toBe(`${HEADLINE} | Le Quotidien`);
  });

  it('puts every meta tag of buildArticleMeta in the head, in order', () => {
    const article = sampleArticle();
    render(<SeoHead article={article} site={site} />);
    const expected = buildArticleMeta(article, site).meta.map((tag) => ({
      key: tag.property ?? tag.name,
      content: tag.content,
    }));
    expect(readHeadTags(document.head).meta).toEqual(expected);
    expect(document.head.querySelector('meta[property="og:title"]')).toHaveAttribute('content', HEADLINE);
    expect(document.head.querySelector('meta[name="twitter:card"]')).toHaveAttribute(
      'content',
      'summary_large_image',
    );
  });

  it('links the canonical URL and the alternates from the head', () => {
    render(
      <SeoHead
        article={sampleArticle()}
        site={site}
        alternates={[{ hrefLang: 'en', href: '/en/nato-ukraine' }]}
      />,
    );
    expect(readHeadTags(document.head).links).toEqual([
      { rel: 'canonical', href: CANONICAL },
      { rel: 'alternate', href: 'https://www.lequotidien.example/en/nato-ukraine', hrefLang: 'en' },
    ]);
  });

  it('asks not to index with noindex', () => {
    render(<SeoHead article={sampleArticle()} site={site} noindex />);
    expect(document.head.querySelector('meta[name="robots"]')).toHaveAttribute(
      'content',
      'noindex, nofollow',
    );
  });

  it('sets the lang of <html>', () => {
    render(<SeoHead article={sampleArticle({ language: 'fr-CA' })} site={site} />);
    expect(document.documentElement).toHaveAttribute('lang', 'fr-CA');
  });

  it('renders one JSON-LD script whose text parses back to the graph', () => {
    const article = sampleArticle();
    render(<SeoHead article={article} site={site} />);
    const scripts = jsonLdScripts();
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual(buildNewsArticleJsonLd(article, site));
  });

  it('writes the JSON-LD without double escaping or HTML entities, even for hostile text', () => {
    const headline = "L'État </script><script>alert(1)</script> <!-- & « R&D »";
    render(<SeoHead article={sampleArticle({ headline })} site={site} />);
    const [script] = jsonLdScripts();
    const text = script?.textContent ?? '';
    expect(text).not.toMatch(/&(amp|lt|gt|quot|#\d+);/);
    expect(text).not.toMatch(/[<>&]/);
    const graph = JSON.parse(text) as { '@graph': { '@type': string; headline?: string }[] };
    const news = graph['@graph'].find((node) => node['@type'] === 'NewsArticle');
    expect(news).toEqual(buildNewsArticleJsonLd(sampleArticle({ headline }), site)['@graph'][0]);
    expect(news?.headline).toContain('</script><script>alert(1)</script> <!-- &');
    // Nothing was injected: still one script, no alert script anywhere.
    expect(document.querySelectorAll('script')).toHaveLength(1);
  });

  it('adds its children to the head', () => {
    render(
      <SeoHead article={sampleArticle()} site={site}>
        <meta name="theme-color" content="#8a2a0a" />
      </SeoHead>,
    );
    expect(document.head.querySelector('meta[name="theme-color"]')).toHaveAttribute('content', '#8a2a0a');
  });

  it('replaces its tags when the article changes, keeping one title and one script', () => {
    const { rerender } = render(<SeoHead article={sampleArticle()} site={site} />);
    rerender(<SeoHead article={sampleArticle({ headline: 'Mark Rutte désigné' })} site={site} />);
    expect(readHeadTags(document.head).titles).toEqual(['Mark Rutte désigné | Le Quotidien']);
    expect(jsonLdScripts()).toHaveLength(1);
    expect(document.head.querySelectorAll('meta[property="og:title"]')).toHaveLength(1);
  });

  it('removes its tags when it unmounts', async () => {
    const { unmount } = render(<SeoHead article={sampleArticle()} site={site} />);
    expect(document.head.querySelector('meta[property="og:title"]')).not.toBeNull();
    unmount();
    // React 18's Helmet clears its tags on the next animation frame and, like react-helmet, leaves
    // document.title as it was; with React 19 the hoisted tags leave with the component.
    await waitFor(() => expect(document.head.querySelector('meta[property="og:title"]')).toBeNull());
    expect(jsonLdScripts()).toHaveLength(0);
    if (!reactVersion.startsWith('18.')) expect(readHeadTags(document.head).titles).toEqual([]);
  });

  it('hands react-helmet-async no undefined attribute, which its React 18 path writes as an empty one', () => {
    const { elements } = seoHeadParts({ article: sampleArticle(), site });
    for (const element of elements) {
      const props = element.props as Record<string, unknown>;
      for (const [name, value] of Object.entries(props))
        expect(value, `${String(element.type)} ${name}`).toBeDefined();
    }
    expect(elements.find((element) => element.type === 'link')?.props).toEqual({
      rel: 'canonical',
      href: CANONICAL,
    });
  });

  it('renders the head of an article with no headline, image or dates without throwing', () => {
    render(
      <SeoHead
        article={sampleArticle({
          headline: '',
          image: undefined,
          datePublished: 'hier',
          dateModified: undefined,
        })}
        site={site}
      />,
    );
    expect(readHeadTags(document.head).titles).toEqual(['Le Quotidien']);
    const graph = JSON.parse(jsonLdScripts()[0]?.textContent ?? '') as {
      '@graph': Record<string, unknown>[];
    };
    expect(graph['@graph'][0]).not.toHaveProperty('headline');
    expect(graph['@graph'][0]).not.toHaveProperty('datePublished');
  });
});
