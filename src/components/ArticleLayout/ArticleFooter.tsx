import type { Article } from '../../model';
import { nonBlankText } from '../../text';
import { typographyFor } from '../../typography';
import { safeUrl } from '../../url';
import { Label } from './Label';
import type { ArticleLayoutLabels } from './labels';

export interface ArticleFooterProps {
  article: Article;
  labels: ArticleLayoutLabels;
  /** The article's language. */
  language: string | undefined;
}

/** The source line (« Source : AA ») and the tags, or nothing when the article has neither. */
export function ArticleFooter({ article, labels, language }: ArticleFooterProps) {
  const typeset = typographyFor(language);
  const source = article.source;
  const sourceName = nonBlankText(source?.name);
  const sourceUrl = safeUrl(source?.url);
  const tags = Array.isArray(article.tags)
    ? article.tags.map(nonBlankText).filter((tag) => tag !== undefined)
    : [];
  if (!sourceName && tags.length === 0) return null;
  return (
    <footer>
      {sourceName ? (
        <p data-part="source">
          <Label labels={labels} name="source" language={language} />{' '}
          {sourceUrl ? <a href={sourceUrl}>{typeset(sourceName)}</a> : typeset(sourceName)}
        </p>
      ) : null}
      {tags.length > 0 ? (
        // A visible label introduces the list: a list's role takes no name of its own (aria-label-misuse).
        <p data-part="tags-label">
          <Label labels={labels} name="tags" language={language} />
        </p>
      ) : null}
      {tags.length > 0 ? (
        <ul data-part="tags">
          {tags.map((tag, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: tags are plain strings that may repeat.
            <li key={index}>{typeset(tag)}</li>
          ))}
        </ul>
      ) : null}
    </footer>
  );
}
