import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ArticleJsonLd } from '../../../src/components/ArticleJsonLd';
import { buildNewsArticleJsonLd } from '../../../src/seo';
import { sampleArticle, site } from '../../seo/sample';

const scripts = (html: string) =>
  Array.from(
    new DOMParser()
      .parseFromString(`<!doctype html><body>${html}`, 'text/html')
      .querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]'),
  );

describe('ArticleJsonLd', () => {
  it('renders one JSON-LD script whose text parses back to the graph', () => {
    const article = sampleArticle();
    const found = scripts(renderToStaticMarkup(<ArticleJsonLd article={article} site={site} />));
    expect(found).toHaveLength(1);
    const graph = JSON.parse(found[0]?.textContent ?? '');
    expect(graph).toEqual(buildNewsArticleJsonLd(article, site));
    expect(graph['@graph'].map((node: { '@type': string }) => node['@type'])).toContain('NewsArticle');
  });

  it('lets no text of the article close the script', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const article = sampleArticle({ headline: 'Avant </script><script>alert(1)</script> après' });
    const html = renderToStaticMarkup(<ArticleJsonLd article={article} site={site} />);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const graph = JSON.parse(scripts(html)[0]?.textContent ?? '');
    expect(graph['@graph'][0].headline).toContain('</script>');
    vi.restoreAllMocks();
  });

  it('passes other attributes, such as a CSP nonce, to the script', () => {
    const html = renderToStaticMarkup(
      <ArticleJsonLd article={sampleArticle()} site={site} nonce="abc123" id="ld" />,
    );
    const [script] = scripts(html);
    expect(script?.getAttribute('nonce')).toBe('abc123');
    expect(script?.id).toBe('ld');
    expect(script?.type).toBe('application/ld+json');
  });
});
