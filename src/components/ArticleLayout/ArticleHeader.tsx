import type { Article } from '../../model';
import { nonBlankText } from '../../text';
import { titleRuns, titleTypographyFor, typographyFor } from '../../typography';
import { safeUrl } from '../../url';
import type { HeadingLevel } from '../Section/headingLevel';
import { TitleText } from '../TitleText/TitleText';
import { ArticleDates } from './ArticleDates';
import { Byline } from './Byline';
import type { ArticleLayoutLabels } from './labels';

export interface ArticleHeaderProps {
  article: Article;
  headline: string | undefined;
  /** Without a headline, the page's fallback title, for a visually hidden top heading. */
  untitled: string | undefined;
  headlineId: string;
  level: HeadingLevel;
  timeZone: string;
  labels: ArticleLayoutLabels;
  /** The article's language. */
  language: string | undefined;
}

/** Rubrique, headline (the article's one top heading), chapô, signature and dates. */
export function ArticleHeader({
  article,
  headline,
  untitled,
  headlineId,
  level,
  timeZone,
  labels,
  language,
}: ArticleHeaderProps) {
  const section = article.section;
  const sectionName = nonBlankText(section?.name);
  const sectionUrl = safeUrl(section?.url);
  const standfirst = nonBlankText(article.standfirst);
  const typeset = typographyFor(language);
  const typesetTitle = titleTypographyFor(language);
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
          <TitleText runs={titleRuns(typesetTitle(headline))} />
        </Headline>
      ) : (
        // The page keeps its one top heading; hidden, it shows nothing where the headline would be.
        <Headline data-part="headline" data-untitled="" id={headlineId} data-level={level}>
          {untitled}
        </Headline>
      )}
      {standfirst ? (
        <p data-part="standfirst">
          <TitleText runs={titleRuns(typesetTitle(standfirst))} />
        </p>
      ) : null}
      <Byline authors={article.authors} labels={labels} language={language} />
      <ArticleDates
        published={article.datePublished}
        modified={article.dateModified}
        timeZone={timeZone}
        labels={labels}
        language={language}
      />
    </header>
  );
}
