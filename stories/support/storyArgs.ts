import { exampleSite, type SeedFixture, seedFixtures } from '../../fixtures';
import type { Article, ArticleSection, Teaser } from '../../src/model';

// Editable controls for the page and preview stories. Each story keeps a seed
// as its data and builds what it shows from the seed plus these args, in pure
// functions: the seed itself is never changed.

/** The site's sections, as the page's banner lists them; the control picks one of them or none. */
export const SITE_SECTIONS: readonly ArticleSection[] = [
  { name: 'International', url: `${exampleSite.url}/international` },
  { name: 'Europe', url: `${exampleSite.url}/europe` },
  { name: 'Politique', url: `${exampleSite.url}/politique` },
  { name: 'Économie', url: `${exampleSite.url}/economie` },
];

/** The value of the section control for an article without a section. */
export const NO_SECTION = 'Aucune';

/** The most teasers a page story offers: the teasers of all the seeds together. */
export const MAX_TEASERS = teaserPool(undefined).length;

/** What a designer edits on a whole page. */
export interface PageEdits {
  /** Headline (titre). */
  titre: string;
  /** Standfirst (chapô); empty for none. */
  chapo: string;
  /** Section name, or `NO_SECTION`. */
  rubrique: string;
  /** Whether the lead picture is shown. */
  image: boolean;
  /** How many teasers « À lire aussi » holds (0 hides it). */
  articlesLies: number;
}

/** What a designer edits in the search and social previews. */
export interface PreviewEdits {
  /** The headline, which makes the `<title>` and og:title. */
  titre: string;
  /** The description (meta description, og:description); empty to fall back on the standfirst. */
  description: string;
  /** Whether the article has a lead picture (og:image). */
  image: boolean;
  /** Publication date, as a timestamp (Storybook's date control). */
  datePublication: number;
}

/** The teasers a page can show: the seed's own first, then the other seeds', never the article itself. */
function teaserPool(seed: SeedFixture | undefined): Teaser[] {
  const own = seed?.related ?? [];
  const others = seedFixtures.filter((candidate) => candidate !== seed).flatMap((other) => other.related);
  const seen = new Set<string>(seed ? [seed.article.url] : []);
  const pool: Teaser[] = [];
  for (const teaser of [...own, ...others]) {
    if (seen.has(teaser.url)) continue;
    seen.add(teaser.url);
    pool.push(teaser);
  }
  return pool;
}

/** The controls' starting values: the seed as it is. */
export function pageEditsOf(seed: SeedFixture): PageEdits {
  return {
    titre: seed.article.headline,
    chapo: seed.article.standfirst ?? '',
    rubrique: seed.article.section?.name ?? NO_SECTION,
    image: seed.article.image !== undefined,
    articlesLies: seed.related.length,
  };
}

function sectionNamed(name: string, current: ArticleSection | undefined): ArticleSection | undefined {
  if (name === NO_SECTION) return undefined;
  if (current?.name === name) return current;
  return SITE_SECTIONS.find((section) => section.name === name) ?? { name };
}

/** The seed as the controls make it. Args left out keep the seed's value. */
export function editSeed(seed: SeedFixture, edits: Partial<PageEdits>): SeedFixture {
  const { article } = seed;
  const { image: _image, standfirst: _standfirst, section: _section, ...rest } = article;
  const standfirst = edits.chapo ?? article.standfirst ?? '';
  const section = sectionNamed(edits.rubrique ?? article.section?.name ?? NO_SECTION, article.section);
  const edited: Article = {
    ...rest,
    headline: edits.titre ?? article.headline,
    ...(standfirst.trim() ? { standfirst } : {}),
    ...(section ? { section } : {}),
    ...(article.image && (edits.image ?? true) ? { image: article.image } : {}),
  };
  const count = Math.max(0, Math.round(edits.articlesLies ?? seed.related.length));
  return { ...seed, article: edited, related: teaserPool(seed).slice(0, count) };
}

/** The controls' starting values for an article's previews. */
export function previewEditsOf(article: Article): PreviewEdits {
  return {
    titre: article.headline,
    description: article.description ?? '',
    image: article.image !== undefined,
    datePublication: Date.parse(article.datePublished),
  };
}

/**
 * The article as the preview controls make it. A date the control did not
 * change keeps its original offset; a new one is written in UTC, and an update
 * date earlier than it is left out.
 */
export function editArticle(article: Article, edits: Partial<PreviewEdits>): Article {
  const { image: _image, description: _description, dateModified, ...rest } = article;
  const description = edits.description ?? article.description ?? '';
  const timestamp = edits.datePublication;
  const datePublished =
    timestamp === undefined || !Number.isFinite(timestamp) || timestamp === Date.parse(article.datePublished)
      ? article.datePublished
      : new Date(timestamp).toISOString();
  return {
    ...rest,
    headline: edits.titre ?? article.headline,
    ...(description.trim() ? { description } : {}),
    ...(article.image && (edits.image ?? true) ? { image: article.image } : {}),
    datePublished,
    // An update cannot come before the publication the control moved past it.
    ...(dateModified !== undefined && Date.parse(dateModified) >= Date.parse(datePublished)
      ? { dateModified }
      : {}),
  };
}
