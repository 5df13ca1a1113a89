import { describe, expect, it } from 'vitest';
import { markupDifferences, outline } from '../../bench/equivalence.ts';

const page = (body: string, head = '<title>Titre</title>') =>
  `<!doctype html><html lang="fr"><head>${head}</head><body>${body}</body></html>`;

describe('the markup check between the library and the baseline', () => {
  it('sets aside class names, useId values and the form of the stylesheet', () => {
    const library = page(
      '<article class="ArticleLayoutstyles__Root-manchette__sc-1x-0 bKq" aria-labelledby="_R_9b_"><h1 id="_R_9b_">Titre</h1></article>',
      '<title>Titre</title><style data-styled="active">.bKq{color:red}</style>',
    );
    const baseline = page(
      '<article class="m-article" aria-labelledby="«R1»"><h1 id="«R1»">Titre</h1></article>',
      '<title>Titre</title><style>.bKq{color:red}</style>',
    );
    expect(markupDifferences(library, baseline)).toEqual([]);
  });

  it('reports a different attribute, text, element or missing class', () => {
    const library = page(
      '<p class="a" data-level="2">Publié le <time datetime="2024-06-12">12 juin</time></p>',
    );
    expect(
      markupDifferences(
        library,
        page('<p class="b" data-level="3">Publié le <time datetime="2024-06-12">12 juin</time></p>'),
      ),
    ).toHaveLength(1);
    expect(
      markupDifferences(
        library,
        page('<p class="b" data-level="2">Publié le <time datetime="2024-06-12">13 juin</time></p>'),
      ),
    ).toHaveLength(1);
    expect(
      markupDifferences(library, page('<p class="b" data-level="2">Publié le <span>12 juin</span></p>')),
    ).not.toEqual([]);
    expect(
      markupDifferences(
        library,
        page('<p data-level="2">Publié le <time datetime="2024-06-12">12 juin</time></p>'),
      ),
    ).toHaveLength(1);
  });

  it('lists elements with sorted attributes and their text', () => {
    expect(outline(page('<a title="t" href="/x">lien</a>'))).toContain('    <a href="/x" title="t">');
  });
});

describe('the benchmark baseline', () => {
  it('renders the same markup as the library for every seed page, so the render ratio compares like with like', async () => {
    const { renderArticleDocument } = await import('../../src/server.ts');
    const { renderBaselineDocument } = await import('../../bench/baseline/BaselineDocument.tsx');
    const { exampleSite, seedFixtures } = await import('../../fixtures/index.ts');
    for (const { id, article, related } of seedFixtures) {
      const library = renderArticleDocument({ article, site: exampleSite, related: [...related] });
      const css = /<style[^>]*data-styled[^>]*>([\s\S]*?)<\/style>/.exec(library)?.[1] ?? '';
      const baseline = renderBaselineDocument({ article, site: exampleSite, related: [...related], css });
      expect({ id, differences: markupDifferences(library, baseline) }).toEqual({ id, differences: [] });
    }
  }, 60_000);
});
