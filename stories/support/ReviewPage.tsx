import type * as React from 'react';
import { useRef } from 'react';
import styled from 'styled-components';
import { ArticleLayout } from '../../src/components/ArticleLayout';
import { SeoHead } from '../../src/components/SeoHead';
import type { Article, SiteConfig, Teaser } from '../../src/model';
import { EditorialChecks } from './EditorialChecks';
import { SearchAndSocialPreview } from './SeoPreview';

export interface ArticlePageProps {
  /** The article of the page. */
  article: Article;
  /** The teasers of « À lire aussi ». @default undefined */
  related?: readonly Teaser[];
  /** The publishing site. */
  site: SiteConfig;
  /** A composed body shown instead of `article.body`, as `ArticleLayout`'s children. @default undefined */
  children?: React.ReactNode;
}

/** An article page as a site would render it: the head tags and the article. */
export function ArticlePage({ article, related, site, children }: ArticlePageProps) {
  return (
    <>
      <SeoHead article={article} site={site} />
      <ArticleLayout article={article} related={related} site={site}>
        {children}
      </ArticleLayout>
    </>
  );
}

const Grid = styled.div`
  display: grid;
  gap: 2rem;
  align-items: start;

  /* Beside the page only where the article keeps a comfortable reading column. */
  @media (min-width: 75em) {
    grid-template-columns: minmax(0, 1fr) minmax(18rem, 24rem);
  }
`;

const PageColumn = styled.div`
  min-width: 0;
`;

const ChecksColumn = styled(EditorialChecks)`
  min-width: 0;
  padding: 1rem;
  border: 1px solid #d4d0c8;
  border-radius: 4px;
  background: #fff;

  @media (min-width: 75em) {
    position: sticky;
    top: 1rem;
    max-height: calc(100vh - 2rem);
    overflow: auto;
  }
`;

const Below = styled.div`
  margin-top: 2.5rem;
  padding-top: 1.5rem;
  border-top: 2px solid #d4d0c8;
`;

export interface ReviewPageProps extends ArticlePageProps {
  /** Show the editorial checks beside the page (under it on narrow screens). @default true */
  checks?: boolean;
  /** Show the search and social previews under the page. @default false */
  previews?: boolean;
}

/**
 * A seed page under review: the page itself, with the editorial checks (audit,
 * key figures, heading outline read from the rendered page) beside it and,
 * when asked, what search engines and social networks will show under it.
 */
export function ReviewPage({
  article,
  related,
  site,
  children,
  checks = true,
  previews = false,
}: ReviewPageProps) {
  const page = useRef<HTMLDivElement>(null);
  const content: React.ReactNode = (
    <PageColumn ref={page} data-review="page">
      <ArticlePage article={article} related={related} site={site}>
        {children}
      </ArticlePage>
    </PageColumn>
  );
  return (
    <>
      {checks ? (
        <Grid>
          {content}
          {/* Scrolls on its own beside the page: it takes focus so keyboard users can scroll it. */}
          <ChecksColumn article={article} site={site} page={page} tabIndex={0} />
        </Grid>
      ) : (
        content
      )}
      {previews ? (
        <Below>
          <SearchAndSocialPreview article={article} site={site} />
        </Below>
      ) : null}
    </>
  );
}
