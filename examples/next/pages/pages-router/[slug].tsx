import {
  type Article,
  ArticleLayout,
  articleHeadElements,
  buildArticleMeta,
  type SiteConfig,
  type Teaser,
} from 'manchette';
import type { GetStaticPaths, GetStaticProps } from 'next';
import Head from 'next/head';
import { articleSlugs, getArticle, site } from '../../lib/content';

interface ArticlePageProps {
  article: Article;
  related: Teaser[];
  site: SiteConfig;
  /** `<html lang>`, which pages/_document.tsx reads from the page's props. */
  htmlLang: string;
}

export const getStaticPaths: GetStaticPaths<{ slug: string }> = async () => ({
  paths: articleSlugs.map((slug) => ({ params: { slug } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<ArticlePageProps, { slug: string }> = async ({ params }) => {
  const stored = params ? getArticle(params.slug) : undefined;
  if (!stored) return { notFound: true };
  const htmlLang = buildArticleMeta(stored.article, site).htmlAttributes.lang;
  return { props: { ...stored, site, htmlLang } };
};

export default function ArticlePage({ article, related, site }: ArticlePageProps) {
  return (
    <>
      <Head>{articleHeadElements(article, site)}</Head>
      <main>
        <ArticleLayout article={article} site={site} related={related} />
      </main>
    </>
  );
}
