import type { ArticleMeta } from './buildArticleMeta';

/**
 * The part of Next.js's `Metadata` type that an article page fills, written
 * out here so that the library does not depend on `next`. A value of this type
 * is assignable to `Metadata`.
 */
export interface NextArticleMetadata {
  /** `absolute`, so that a layout's title template is not applied a second time. */
  title: { absolute: string };
  description?: string;
  robots: string;
  alternates?: { canonical?: string; languages?: Record<string, string> };
  openGraph: {
    type: 'article';
    locale?: string;
    siteName?: string;
    title?: string;
    description?: string;
    url?: string;
    images?: { url: string; secureUrl?: string; width?: number; height?: number; alt?: string }[];
    publishedTime?: string;
    modifiedTime?: string;
    section?: string;
    tags?: string[];
    authors?: string[];
  };
  twitter: {
    card: 'summary' | 'summary_large_image';
    site?: string;
    title?: string;
    description?: string;
    images?: { url: string; alt?: string }[];
  };
}

/**
 * Maps `buildArticleMeta`'s data onto the shape of Next.js's `Metadata`, for
 * `generateMetadata` in the App Router. The `lang` of `<html>` belongs to the
 * root layout, and the JSON-LD to the page (`<ArticleJsonLd article site />`).
 *
 * @example
 * export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
 *   const article = await getArticle((await params).slug);
 *   if (!article) notFound();
 *   return toNextMetadata(buildArticleMeta(article, site));
 * }
 */
export function toNextMetadata(meta: ArticleMeta): NextArticleMetadata {
  const first = (key: string) => meta.meta.find((tag) => (tag.property ?? tag.name) === key)?.content;
  const all = (key: string) =>
    meta.meta.filter((tag) => (tag.property ?? tag.name) === key).map((tag) => tag.content);
  const size = (key: string) => {
    const value = Number(first(key));
    return Number.isInteger(value) && value > 0 ? value : undefined;
  };
  const list = <T>(items: T[]) => (items.length > 0 ? items : undefined);
  const defined = <T extends object>(value: T): T =>
    Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;

  const ogImage = first('og:image');
  const twitterImage = first('twitter:image');
  const languages = Object.fromEntries(
    meta.links
      .filter((link) => link.rel === 'alternate' && link.hrefLang)
      .map((link) => [link.hrefLang, link.href]),
  );
  const canonical = meta.links.find((link) => link.rel === 'canonical')?.href;

  return defined({
    title: { absolute: meta.title },
    description: meta.description,
    robots: meta.robots,
    alternates:
      canonical || Object.keys(languages).length > 0
        ? defined({ canonical, languages: Object.keys(languages).length > 0 ? languages : undefined })
        : undefined,
    openGraph: defined({
      type: 'article' as const,
      locale: first('og:locale'),
      siteName: first('og:site_name'),
      title: first('og:title'),
      description: first('og:description'),
      url: first('og:url'),
      images: ogImage
        ? [
            defined({
              url: ogImage,
              secureUrl: first('og:image:secure_url'),
              width: size('og:image:width'),
              height: size('og:image:height'),
              alt: first('og:image:alt'),
            }),
          ]
        : undefined,
      publishedTime: first('article:published_time'),
      modifiedTime: first('article:modified_time'),
      section: first('article:section'),
      tags: list(all('article:tag')),
      authors: list(all('article:author')),
    }),
    twitter: defined({
      card:
        first('twitter:card') === 'summary_large_image'
          ? ('summary_large_image' as const)
          : ('summary' as const),
      site: first('twitter:site'),
      title: first('twitter:title'),
      description: first('twitter:description'),
      images: twitterImage ? [defined({ url: twitterImage, alt: first('twitter:image:alt') })] : undefined,
    }),
  });
}
