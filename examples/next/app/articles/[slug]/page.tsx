import { ArticleJsonLd, ArticleLayout, buildArticleMeta, toNextMetadata } from 'manchette';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { articleSlugs, getArticle, site } from '../../../lib/content';

interface ArticlePageProps {
  params: Promise<{ slug: string }>;
}

export function generateStaticParams(): { slug: string }[] {
  return articleSlugs.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const { slug } = await params;
  const stored = getArticle(slug);
  if (!stored) notFound();
  return toNextMetadata(buildArticleMeta(stored.article, site));
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const { slug } = await params;
  const stored = getArticle(slug);
  if (!stored) notFound();
  return (
    <main>
      <ArticleJsonLd article={stored.article} site={site} />
      <ArticleLayout article={stored.article} site={site} related={stored.related} />
    </main>
  );
}
