import type * as React from 'react';
import { Fragment } from 'react';
import type { Author } from '../../model';
import { nonBlankText } from '../../text';
import { typographyFor } from '../../typography';
import { safeUrl } from '../../url';
import { Label } from './Label';
import type { ArticleLayoutLabels } from './labels';

/** An author the byline can print: a name, and a job title only when there is one to print. */
interface NamedAuthor {
  name: string;
  jobTitle: string | undefined;
  url: string | undefined;
}

function namedAuthors(authors: readonly Author[] | undefined): NamedAuthor[] {
  if (!Array.isArray(authors)) return [];
  return authors.flatMap((author) => {
    if (author === null || typeof author !== 'object') return [];
    const name = nonBlankText(author.name);
    return name === undefined ? [] : [{ name, jobTitle: nonBlankText(author.jobTitle), url: author.url }];
  });
}

export interface BylineProps {
  authors: readonly Author[] | undefined;
  labels: ArticleLayoutLabels;
  /** The article's language. */
  language: string | undefined;
}

/**
 * « Par Shona Murray, correspondante à Bruxelles, et Jean Dupont »: names
 * linked to the authors' pages with `rel="author"`, job titles in apposition.
 */
export function Byline({ authors, labels, language }: BylineProps) {
  const typeset = typographyFor(language);
  const named = namedAuthors(authors);
  if (named.length === 0) return null;
  return (
    <p data-part="byline">
      <Label labels={labels} name="by" language={language} />{' '}
      {named.map((author, index) => {
        const href = safeUrl(author.url);
        const { jobTitle } = author;
        // An apposition closes with a comma before the next name: « X, journaliste, et Y ».
        const previousHasJobTitle = named[index - 1]?.jobTitle !== undefined;
        let separator: React.ReactNode = '';
        if (index > 0 && index === named.length - 1) {
          separator = (
            <>
              {previousHasJobTitle ? ', ' : ' '}
              <Label labels={labels} name="and" language={language} />{' '}
            </>
          );
        } else if (index > 0) {
          separator = ', ';
        }
        const name = typeset(author.name);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: authors have no id, and two may share a name.
          <Fragment key={index}>
            {separator}
            <span data-author="">
              {href ? (
                <a href={href} rel="author">
                  {name}
                </a>
              ) : (
                name
              )}
              {jobTitle ? (
                <>
                  , <span data-part="job-title">{typeset(jobTitle)}</span>
                </>
              ) : null}
            </span>
          </Fragment>
        );
      })}
    </p>
  );
}
