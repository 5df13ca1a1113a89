import type * as React from 'react';
import { Fragment, useId } from 'react';
import { renderToString } from 'react-dom/server';
import type { Article, SiteConfig, Teaser } from '../../src/model';
// Not exported by the package: the one pure function of the source the baseline runs, so that its
// titles are cut where the library's are (a host writing this page by hand would need the same rule).
import { titleRuns } from '../../src/typography/titleRuns.ts';
import { manchette } from '../built.ts';
import { BaselineBlocks, BaselineFigure } from './BaselineBlocks.tsx';

const { articleHeadElements, formatFrenchDate, frenchTitleTypography, frenchTypography } = manchette;

const TIME_ZONE = 'Europe/Paris';

/** A title typeset in French, its short hyphenated compounds in no-break spans, as the library writes it. */
function BaselineTitle({ text }: { text: string }) {
  return titleRuns(frenchTitleTypography(text)).map((run, index) =>
    typeof run === 'string' ? (
      run
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one string, in order.
      <span key={index} data-nobreak="">
        {run.nobreak}
      </span>
    ),
  );
}

function BaselineByline({ authors }: { authors: NonNullable<Article['authors']> }) {
  return (
    <p data-part="byline">
      {'Par'}{' '}
      {authors.map((author, index) => {
        const previous = authors[index - 1];
        // The same text nodes as the library's byline: the comma or space, then « et », then a space.
        let separator: React.ReactNode = '';
        if (index > 0 && index === authors.length - 1) {
          separator = (
            <>
              {previous?.jobTitle ? ', ' : ' '}
              {'et'}{' '}
            </>
          );
        } else if (index > 0) separator = ', ';
        const name = frenchTypography(author.name);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: authors have no id.
          <Fragment key={index}>
            {separator}
            <span data-author="">
              {author.url ? (
                <a href={author.url} rel="author">
                  {name}
                </a>
              ) : (
                name
              )}
              {author.jobTitle ? (
                <>
                  , <span data-part="job-title">{frenchTypography(author.jobTitle)}</span>
                </>
              ) : null}
            </span>
          </Fragment>
        );
      })}
    </p>
  );
}

function BaselineDates({ published, modified }: { published: string; modified: string | undefined }) {
  const publishedText = formatFrenchDate(published, { timeZone: TIME_ZONE, time: true });
  const modifiedText = modified ? formatFrenchDate(modified, { timeZone: TIME_ZONE, time: true }) : '';
  const showModified =
    modified !== undefined && modifiedText !== publishedText && Date.parse(modified) > Date.parse(published);
  return (
    <p data-part="dates">
      <span data-date="published">
        {'Publié le'} <time dateTime={published}>{publishedText}</time>
      </span>
      {showModified ? (
        <span data-date="modified">
          {'Mis à jour le'} <time dateTime={modified}>{modifiedText}</time>
        </span>
      ) : null}
    </p>
  );
}

function BaselineRelated({ teasers }: { teasers: readonly Teaser[] }) {
  const id = `${useId()}related-title`;
  return (
    <aside className="m-related" data-part="related" aria-labelledby={id} data-layout="list" data-level={2}>
      <h2 data-part="title" id={id}>
        {frenchTypography('À lire aussi')}
      </h2>
      <ul>
        {teasers.map((teaser) => (
          <li key={teaser.url} data-has-image={teaser.image ? '' : undefined}>
            {teaser.section ? <p data-part="kicker">{frenchTypography(teaser.section.name)}</p> : null}
            <h3 data-part="headline">
              <a href={teaser.url}>
                <BaselineTitle text={teaser.headline} />
              </a>
            </h3>
            {teaser.standfirst ? (
              <p data-part="standfirst">
                <BaselineTitle text={teaser.standfirst} />
              </p>
            ) : null}
            {teaser.datePublished ? (
              <p data-part="meta">
                <time dateTime={teaser.datePublished}>
                  {formatFrenchDate(teaser.datePublished, { timeZone: TIME_ZONE })}
                </time>
              </p>
            ) : null}
            {teaser.image ? (
              <img
                src={teaser.image.src}
                width={teaser.image.width}
                height={teaser.image.height}
                alt=""
                loading="lazy"
                decoding="async"
              />
            ) : null}
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** The article page in plain React: the library's markup with the styled roots' class names written out. */
function BaselineArticle({ article, related }: { article: Article; related: readonly Teaser[] }) {
  const headlineId = useId();
  return (
    <article
      className="m-article"
      lang={article.language ?? 'fr'}
      aria-labelledby={headlineId}
      data-heading-level={1}
    >
      <header>
        {article.section ? (
          <p data-part="kicker">
            {article.section.url ? (
              <a href={article.section.url}>{frenchTypography(article.section.name)}</a>
            ) : (
              frenchTypography(article.section.name)
            )}
          </p>
        ) : null}
        <h1 data-part="headline" id={headlineId} data-level={1}>
          <BaselineTitle text={article.headline} />
        </h1>
        {article.standfirst ? (
          <p data-part="standfirst">
            <BaselineTitle text={article.standfirst} />
          </p>
        ) : null}
        {article.authors && article.authors.length > 0 ? <BaselineByline authors={article.authors} /> : null}
        <BaselineDates published={article.datePublished} modified={article.dateModified} />
      </header>
      {article.image ? <BaselineFigure image={article.image} lead /> : null}
      <div data-part="body">
        <BaselineBlocks blocks={article.body} />
      </div>
      {article.source || (article.tags && article.tags.length > 0) ? (
        <footer>
          {article.source ? (
            <p data-part="source">
              {frenchTypography('Source :')}{' '}
              {article.source.url ? (
                <a href={article.source.url}>{frenchTypography(article.source.name)}</a>
              ) : (
                frenchTypography(article.source.name)
              )}
            </p>
          ) : null}
          {article.tags && article.tags.length > 0 ? <p data-part="tags-label">Mots-clés</p> : null}
          {article.tags && article.tags.length > 0 ? (
            <ul data-part="tags">
              {article.tags.map((tag, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: tags are plain strings.
                <li key={index}>{frenchTypography(tag)}</li>
              ))}
            </ul>
          ) : null}
        </footer>
      ) : null}
      {related.length > 0 ? <BaselineRelated teasers={related} /> : null}
    </article>
  );
}

export interface BaselineDocumentOptions {
  article: Article;
  site: SiteConfig;
  related: readonly Teaser[];
  /** The page's stylesheet, one static string. */
  css: string;
}

/**
 * The page `renderArticleDocument` produces, written as a team would without
 * the library's components: plain elements, class names as strings, one static
 * stylesheet, and the library's framework-free head for the tags (any article
 * page computes its meta tags, JSON-LD and French dates somehow). The head
 * comes from `articleHeadElements`, which reads the article's facts (typeset
 * texts, word count…) once for the meta tags and the JSON-LD together, as
 * `renderArticleDocument` does: both sides do that work once per render.
 */
export function renderBaselineDocument({ article, site, related, css }: BaselineDocumentOptions): string {
  const markup = renderToString(
    <html lang={article.language ?? 'fr-FR'}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        {articleHeadElements(article, site)}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a static stylesheet of our own. */}
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body>
        <main>
          <BaselineArticle article={article} related={related} />
        </main>
      </body>
    </html>,
  );
  return `<!doctype html>${markup}`;
}
