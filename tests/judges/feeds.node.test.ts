import fc from 'fast-check';
import { type Browser, chromium, type Page } from 'playwright';
import { exampleSite, seedFixtures } from '../../fixtures';
import { buildNewsSitemap, buildRssFeed } from '../../src/feeds';
import { article as articleArbitrary, siteConfig } from '../support/arbitraries';
import { chromiumArgs, chromiumPath } from '../support/chromium';
import { recordQuality, trackOutcome } from '../support/quality';

/**
 * The News sitemap and the RSS feed, judged by Chromium's XML parser (Blink's,
 * on libxml2: strict XML 1.0 and namespaces, invalid characters included), on
 * the five seeds and on feeds built from the property tests' hostile articles.
 */

const outcome = trackOutcome();
const seeds = seedFixtures.map((seed) => seed.article);
// Each seed's own day, so that every one is in some News sitemap.
const NOW = seeds.map((article) => new Date(Date.parse(article.datePublished) + 60 * 60 * 1000));

const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
const FUZZED_COUNT = 60;

function fuzzedFeeds(): { name: string; xml: string }[] {
  const silence = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    return fc
      .sample(fc.tuple(fc.array(articleArbitrary, { minLength: 1, maxLength: 4 }), siteConfig), {
        numRuns: FUZZED_COUNT,
        seed: FUZZ_SEED,
      })
      .flatMap(([articles, site], index) => {
        const recent = articles.map((article) => ({
          ...article,
          datePublished: '2024-08-29T10:00:00+02:00',
        }));
        return [
          {
            name: `sitemap-${FUZZ_SEED}-${index}`,
            xml: buildNewsSitemap(recent, site, { now: '2024-08-29T12:00:00Z' }),
          },
          { name: `rss-${FUZZ_SEED}-${index}`, xml: buildRssFeed(articles, site, { feedUrl: '/rss.xml' }) },
        ];
      });
  } finally {
    silence.mockRestore();
  }
}

/** Chromium's verdict on each document: the parser error it reports, or null. */
async function parserErrors(page: Page, documents: { name: string; xml: string }[]) {
  return page.evaluate((docs) => {
    return docs.map(({ name, xml }) => {
      const parsed = new DOMParser().parseFromString(xml, 'application/xml');
      const error = parsed.getElementsByTagName('parsererror')[0];
      return {
        name,
        error: error ? (error.textContent ?? 'parser error') : null,
        root: parsed.documentElement.localName,
      };
    });
  }, documents);
}

let browser: Browser;
let page: Page;
const figures = { documents: 0, errors: 0, fuzzed: 0 };

beforeAll(async () => {
  if (!chromiumPath)
    throw new Error('No Chromium found: run `bash scripts/install-system-deps.sh` or set CHROMIUM_PATH.');
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  recordQuality({
    passed: outcome.passed,
    judge: 'feeds',
    tool: `Chromium ${browser?.version() ?? ''} XML parser`.trim(),
    figures: [
      { label: 'News sitemaps and RSS feeds of the seeds checked', value: figures.documents },
      { label: 'generated hostile feeds checked', value: figures.fuzzed },
      { label: 'XML errors', value: figures.errors },
    ],
  });
});

describe('Chromium’s XML parser', () => {
  it('reports an ill-formed control document, so that a parser that accepts everything is caught', async () => {
    const [broken, invalidCharacter] = await parserErrors(page, [
      { name: 'broken', xml: '<?xml version="1.0"?><a>Tom & Jerry</a>' },
      { name: 'character', xml: '<?xml version="1.0"?><a>\u0001</a>' },
    ]);
    expect(broken?.error).not.toBeNull();
    expect(invalidCharacter?.error).not.toBeNull();
  });

  it('finds the News sitemaps and the RSS feed of the five seeds well-formed', async () => {
    const documents = [
      ...NOW.map((now, index) => ({
        name: `sitemap-${index}`,
        xml: buildNewsSitemap(seeds, exampleSite, { now }),
      })),
      { name: 'rss', xml: buildRssFeed(seeds, exampleSite, { feedUrl: 'https://www.example.fr/rss.xml' }) },
    ];
    const verdicts = await parserErrors(page, documents);
    figures.documents += verdicts.length;
    figures.errors += verdicts.filter((verdict) => verdict.error !== null).length;
    expect(verdicts).toEqual(
      documents.map(({ name }) => ({ name, error: null, root: name === 'rss' ? 'rss' : 'urlset' })),
    );
    // Every seed is in the sitemap of its own day.
    for (const [index, document] of documents.slice(0, 5).entries()) {
      expect(document.xml).toContain(`<loc>${seeds[index]?.url}</loc>`);
    }
  });

  it(`finds ${FUZZED_COUNT * 2} feeds built from hostile articles well-formed (FUZZ_SEED=${FUZZ_SEED})`, async () => {
    const documents = fuzzedFeeds();
    const verdicts = await parserErrors(page, documents);
    figures.fuzzed += verdicts.length;
    const failures = verdicts.filter((verdict) => verdict.error !== null);
    figures.errors += failures.length;
    expect(failures).toEqual([]);
  });
});
