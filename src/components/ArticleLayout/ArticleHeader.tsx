import type { Article } from '../../model';
import { frenchTypography } from '../../typography';
import { safeUrl } from '../../url';
import type { HeadingLevel } from '../Section';
import { ArticleDates } from './ArticleDates';
import { Header, Headline, Kicker, Standfirst } from './ArticleLayout.styles';
import { Byline } from './Byline';
import type { ArticleLayoutLabels } from './labels';

export interface ArticleHeaderProps {
  article: Article;
  headline: string;
  headlineId: string;
  level: HeadingLevel;
  timeZone: string;
  labels: ArticleLayoutLabels;
}

/** Rubrique, headline (the article's one top heading), chapô, signature and dates. */
export function ArticleHeader({
  article,
  headline,
  headlineId,
  level,
  timeZone,
  labels,
}: ArticleHeaderProps) {
  const section = article.section;
  const sectionName = typeof section?.name === 'string' ? section.name.trim() : '';
  const sectionUrl = safeUrl(section?.url);
  const standfirst = typeof article.standfirst === 'string' ? article.standfirst.trim() : '';
  return (
    <Header>
      {sectionName ? (
        <Kicker>
          {sectionUrl ? (
            <a href={sectionUrl}>{frenchTypography(sectionName)}</a>
          ) : (
            frenchTypography(sectionName)
          )}
        </Kicker>
      ) : null}
      {headline ? (
        <Headline as={`h${level}`} id={headlineId} data-level={level}>
          {frenchTypography(headline)}
        </Headline>
      ) : null}
      {standfirst ? <Standfirst>{frenchTypography(standfirst)}</Standfirst> : null}
      <Byline authors={article.authors} labels={labels} />
      <ArticleDates
        published={article.datePublished}
        modified={article.dateModified}
        timeZone={timeZone}
        labels={labels}
      />
    </Header>
  );
}
