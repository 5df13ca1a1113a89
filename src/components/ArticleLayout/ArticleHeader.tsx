import type { Article } from '../../model';
import { nonBlankText } from '../../text';
import { typographyFor } from '../../typography';
import { safeUrl } from '../../url';
import { useTextLanguage } from '../RichText';
import type { HeadingLevel } from '../Section';
import { ArticleDates } from './ArticleDates';
import { Byline } from './Byline';
import type { ArticleLayoutLabels } from './labels';

export interface ArticleHeaderProps {
  article: Article;
  headline: string | undefined;
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
  const sectionName = nonBlankText(section?.name);
  const sectionUrl = safeUrl(section?.url);
  const standfirst = nonBlankText(article.standfirst);
  const typeset = typographyFor(useTextLanguage());
  const Headline = `h${level}` as const;
  return (
    <header>
      {sectionName ? (
        <p data-part="kicker">
          {sectionUrl ? <a href={sectionUrl}>{typeset(sectionName)}</a> : typeset(sectionName)}
        </p>
      ) : null}
      {headline ? (
        <Headline data-part="headline" id={headlineId} data-level={level}>
          {typeset(headline)}
        </Headline>
      ) : null}
      {standfirst ? <p data-part="standfirst">{typeset(standfirst)}</p> : null}
      <Byline authors={article.authors} labels={labels} />
      <ArticleDates
        published={article.datePublished}
        modified={article.dateModified}
        timeZone={timeZone}
        labels={labels}
      />
    </header>
  );
}
