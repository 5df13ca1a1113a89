import type * as React from 'react';
import { Fragment } from 'react';
import type { Author } from '../../model';
import { cleanText } from '../../text';
import { typographyFor } from '../../typography';
import { safeUrl } from '../../url';
import { useTextLanguage } from '../RichText';
import { Label } from './Label';
import type { ArticleLayoutLabels } from './labels';

function namedAuthors(authors: readonly Author[] | undefined): Author[] {
  if (!Array.isArray(authors)) return [];
  return authors.filter(
    (author): author is Author =>
      author !== null &&
      typeof author === 'object' &&
      typeof author.name === 'string' &&
      cleanText(author.name).trim() !== '',
  );
}

export interface BylineProps {
  authors: readonly Author[] | undefined;
  labels: ArticleLayoutLabels;
}

/**
 * « Par Shona Murray, correspondante à Bruxelles, et Jean Dupont »: names
 * linked to the authors' pages with `rel="author"`, job titles in apposition.
 */
export function Byline({ authors, labels }: BylineProps) {
  const typeset = typographyFor(useTextLanguage());
  const named = namedAuthors(authors);
  if (named.length === 0) return null;
  return (
    <p data-part="byline">
      <Label labels={labels} name="by" />{' '}
      {named.map((author, index) => {
        const href = safeUrl(author.url);
        const jobTitle = cleanText(author.jobTitle as string).trim();
        const previous = named[index - 1];
        // An apposition closes with a comma before the next name: « X, journaliste, et Y ».
        const previousHasJobTitle = cleanText(previous?.jobTitle as string).trim() !== '';
        let separator: React.ReactNode = '';
        if (index > 0 && index === named.length - 1) {
          separator = (
            <>
              {previousHasJobTitle ? ', ' : ' '}
              <Label labels={labels} name="and" />{' '}
            </>
          );
        } else if (index > 0) {
          separator = ', ';
        }
        const name = typeset(cleanText(author.name).trim());
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
