import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { exampleSite, otanKievConseil } from '../../fixtures';
import { auditArticle } from '../../src/audit';
import { ArticleLayout } from '../../src/components/ArticleLayout';
import { resetWarnings } from '../../src/dev';
import type { Article, Block } from '../../src/model';
import { parseArticle } from '../../src/model';
import { DEFAULT_PAYWALL_CLASS, paywallClassName, paywallStart } from '../../src/paywall';
import { buildNewsArticleJsonLd } from '../../src/seo';
import { renderArticleDocument } from '../../src/server';
import { parseDocument } from '../server/hostile';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const seed = otanKievConseil.article;
const MARKER: Block = { type: 'paywall' };
// The marker after the fourth block: the first four paragraphs stay free.
const FREE_BLOCKS = 4;

function withMarker(overrides: Partial<Article> = {}, at = FREE_BLOCKS): Article {
  return { ...seed, body: [...seed.body.slice(0, at), MARKER, ...seed.body.slice(at)], ...overrides };
}

const paywalled = () => withMarker({ isAccessibleForFree: false });

function newsArticle(article: Article, options?: { paywallClassName?: string }) {
  const graph = buildNewsArticleJsonLd(article, exampleSite, options) as unknown as {
    '@graph': Record<string, unknown>[];
  };
  return graph['@graph'].find((node) => node['@type'] === 'NewsArticle') as Record<string, unknown>;
}

describe('paywallStart and paywallClassName', () => {
  it('finds the first marker of a paywalled article, and none in a free one (with a warning)', () => {
    expect(paywallStart(paywalled())).toBe(FREE_BLOCKS);
    expect(warn).not.toHaveBeenCalled();
    expect(paywallStart(withMarker())).toBeUndefined();
    expect(String(warn.mock.calls[0]?.[0])).toContain('the article is free');
    expect(paywallStart({ ...seed, isAccessibleForFree: false })).toBeUndefined();
  });

  it('keeps the first of two markers, with a warning for the second', () => {
    const twice = { ...paywalled(), body: [...paywalled().body, MARKER] };
    expect(paywallStart(twice)).toBe(FREE_BLOCKS);
    expect(String(warn.mock.calls[0]?.[0])).toContain('second paywall marker');
  });

  it('takes a class name a .class selector reaches, else the default', () => {
    expect(paywallClassName(undefined)).toBe(DEFAULT_PAYWALL_CLASS);
    expect(paywallClassName('reserve-abonnes')).toBe('reserve-abonnes');
    for (const bad of ['', 'deux mots', '.point', '1chiffre', 'a"b', 42]) {
      expect(paywallClassName(bad)).toBe(DEFAULT_PAYWALL_CLASS);
    }
  });
});

describe('the JSON-LD of a paywalled article', () => {
  it('says the article is not free and names its subscriber-only part by class, as Google asks', () => {
    const news = newsArticle(paywalled());
    expect(news.isAccessibleForFree).toBe(false);
    expect(news.hasPart).toEqual({
      '@type': 'WebPageElement',
      isAccessibleForFree: false,
      cssSelector: '.manchette-paywall',
    });
    expect(newsArticle(paywalled(), { paywallClassName: 'reserve' }).hasPart).toMatchObject({
      cssSelector: '.reserve',
    });
  });

  it('has no hasPart without a marker, and a free article with a marker keeps today’s output', () => {
    const noMarker = newsArticle({ ...seed, isAccessibleForFree: false });
    expect(noMarker.isAccessibleForFree).toBe(false);
    expect(noMarker).not.toHaveProperty('hasPart');
    expect(buildNewsArticleJsonLd(withMarker(), exampleSite)).toEqual(
      buildNewsArticleJsonLd(seed, exampleSite),
    );
  });
});

describe('ArticleLayout with a paywalled article', () => {
  const markup = (article: Article, props: Partial<Parameters<typeof ArticleLayout>[0]> = {}) =>
    parseDocument(renderToStaticMarkup(<ArticleLayout article={article} site={exampleSite} {...props} />));

  it('wraps every block after the marker, and only those, in one element of the stable class', () => {
    const document = markup(paywalled());
    const parts = document.querySelectorAll('.manchette-paywall');
    expect(parts).toHaveLength(1);
    const part = parts[0] as Element;
    expect(part.getAttribute('data-part')).toBe('paywall');
    expect(part.parentElement?.getAttribute('data-part')).toBe('body');
    const body = part.parentElement as Element;
    const free = Array.from(body.children).filter((child) => child !== part);
    expect(free.map((child) => child.tagName)).toEqual(['P', 'P', 'P', 'P']);
    // Everything after the marker, in order, and nothing before it.
    const after = renderToStaticMarkup(
      <ArticleLayout article={{ ...seed, body: seed.body.slice(FREE_BLOCKS) }} site={exampleSite} />,
    );
    const expected = parseDocument(after).querySelector('[data-part="body"]')?.textContent;
    expect(part.textContent).toBe(expected);
  });

  it('keeps subheading ids unique across the two parts', () => {
    const body: Block[] = [
      { type: 'subheading', text: 'Les réactions' },
      { type: 'paragraph', text: 'Première partie.' },
      MARKER,
      { type: 'subheading', text: 'Les réactions' },
      { type: 'paragraph', text: 'Seconde partie.' },
    ];
    const document = markup({ ...seed, body, isAccessibleForFree: false });
    const ids = Array.from(document.querySelectorAll('h2[id]')).map((heading) => heading.id);
    expect(ids).toEqual(['les-reactions', 'les-reactions-2']);
    expect(document.querySelector('.manchette-paywall h2')?.id).toBe('les-reactions-2');
  });

  it('renders a free article with a marker exactly as without it, with a development warning', () => {
    expect(renderToStaticMarkup(<ArticleLayout article={withMarker()} site={exampleSite} />)).toBe(
      renderToStaticMarkup(<ArticleLayout article={seed} site={exampleSite} />),
    );
    expect(warn.mock.calls.map((call) => String(call[0])).join('\n')).toContain('the marker is ignored');
  });

  it('takes another class, and shows the host’s prompt instead of the subscriber-only blocks', () => {
    const custom = markup(paywalled(), { paywallClassName: 'reserve-abonnes' });
    expect(custom.querySelectorAll('.reserve-abonnes')).toHaveLength(1);
    expect(custom.querySelector('.manchette-paywall')).toBeNull();

    const lastParagraph = seed.body.at(-1) as { text: string };
    const prompted = markup(paywalled(), {
      paywallPrompt: (
        <aside aria-label="Abonnement">
          <p>La suite de cet article est réservée aux abonnés.</p>
        </aside>
      ),
    });
    const part = prompted.querySelectorAll('.manchette-paywall');
    expect(part).toHaveLength(1);
    expect(part[0]?.hasAttribute('data-prompt')).toBe(true);
    expect(part[0]?.textContent).toBe('La suite de cet article est réservée aux abonnés.');
    expect(prompted.body.textContent).not.toContain(lastParagraph.text.slice(0, 40));
  });
});

describe('renderArticleDocument of a paywalled article', () => {
  it('has a cssSelector that matches exactly the element holding the blocks after the marker', () => {
    for (const paywallClass of [undefined, 'reserve-abonnes']) {
      const html = renderArticleDocument({
        article: paywalled(),
        site: exampleSite,
        ...(paywallClass ? { paywallClassName: paywallClass } : {}),
      });
      const document = parseDocument(html);
      const graph = JSON.parse(
        document.querySelector('script[type="application/ld+json"]')?.textContent ?? '',
      );
      const news = graph['@graph'].find((node: { '@type': string }) => node['@type'] === 'NewsArticle');
      const matched = document.querySelectorAll(news.hasPart.cssSelector);
      expect(matched).toHaveLength(1);
      expect(matched[0]?.getAttribute('data-part')).toBe('paywall');
      // The element holds the subscriber-only blocks and nothing of the free part.
      const firstPaid = seed.body[FREE_BLOCKS] as { text: string };
      const firstFree = seed.body[0] as { text: string };
      expect(matched[0]?.textContent).toContain(firstPaid.text.slice(0, 30).replace(/'/g, '’'));
      expect(matched[0]?.textContent).not.toContain(firstFree.text.slice(0, 30));
    }
  });
});

describe('parseArticle and auditArticle', () => {
  it('parseArticle takes a paywall block', () => {
    const result = parseArticle(paywalled());
    expect(result.success).toBe(true);
    if (result.success) expect(result.article.body[FREE_BLOCKS]).toEqual({ type: 'paywall' });
  });

  it('auditArticle flags a paywalled article without marker, and a marker that is ignored', () => {
    const codes = (article: Article) =>
      auditArticle(article, exampleSite)
        .filter((finding) => finding.code.startsWith('paywall'))
        .map(({ code, field }) => `${code} ${field}`);
    expect(codes(paywalled())).toEqual([]);
    expect(codes({ ...seed, isAccessibleForFree: false })).toEqual(['paywall-marker-missing body']);
    expect(codes(withMarker())).toEqual([`paywall-marker-ignored body.${FREE_BLOCKS}`]);
    expect(codes({ ...paywalled(), body: [...paywalled().body, MARKER] })).toEqual([
      `paywall-marker-ignored body.${seed.body.length + 1}`,
    ]);
  });
});
