import {
  type Article,
  parseArticle,
  parseSiteConfig,
  parseTeaser,
  type SiteConfig,
  type Teaser,
} from 'manchette';
import otanAideMilitaire from '../content/articles/otan-aide-militaire.json';
import otanCoordinationAide from '../content/articles/otan-coordination-aide.json';
import otanKievConseil from '../content/articles/otan-kiev-conseil.json';
import otanReunionBiden from '../content/articles/otan-reunion-biden.json';
import stoltenbergLongTerme from '../content/articles/stoltenberg-long-terme.json';
import siteData from '../content/site.json';

// The content as a CMS hands it over: JSON, checked by parseArticle before use.
const stored: Record<string, { article: unknown; related: unknown[] }> = {
  'otan-kiev-conseil': otanKievConseil,
  'otan-aide-militaire': otanAideMilitaire,
  'stoltenberg-long-terme': stoltenbergLongTerme,
  'otan-coordination-aide': otanCoordinationAide,
  'otan-reunion-biden': otanReunionBiden,
};

export interface StoredArticle {
  article: Article;
  related: Teaser[];
}

function checkedSite(): SiteConfig {
  const result = parseSiteConfig(siteData);
  if (!result.success) throw new Error(`content/site.json: ${JSON.stringify(result.issues)}`);
  return result.site;
}

export const site: SiteConfig = checkedSite();

/** The slugs of every article, for static generation. */
export const articleSlugs: readonly string[] = Object.keys(stored);

/** The article with this slug, checked, with its related teasers; `undefined` when there is none. */
export function getArticle(slug: string): StoredArticle | undefined {
  const entry = Object.hasOwn(stored, slug) ? stored[slug] : undefined;
  if (entry === undefined) return undefined;
  const parsed = parseArticle(entry.article);
  if (!parsed.success) throw new Error(`content/articles/${slug}.json: ${JSON.stringify(parsed.issues)}`);
  const related = entry.related.flatMap((teaser) => {
    const checked = parseTeaser(teaser);
    return checked.success ? [checked.teaser] : [];
  });
  return { article: parsed.article, related };
}
