import type { Article } from '../../model';
import { frenchTypography } from '../../typography';
import { safeUrl } from '../../url';
import { Footer, SourceLine, Tag, Tags } from './ArticleLayout.styles';
import type { ArticleLayoutLabels } from './labels';

export interface ArticleFooterProps {
  article: Article;
  labels: ArticleLayoutLabels;
}

/** The source line (« Source : AA ») and the tags, or nothing when the article has neither. */
export function ArticleFooter({ article, labels }: ArticleFooterProps) {
  const source = article.source;
  const sourceName = typeof source?.name === 'string' ? source.name.trim() : '';
  const sourceUrl = safeUrl(source?.url);
  const tags = Array.isArray(article.tags)
    ? article.tags.filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '')
    : [];
  if (!sourceName && tags.length === 0) return null;
  return (
    <Footer>
      {sourceName ? (
        <SourceLine>
          {frenchTypography(labels.source)}{' '}
          {sourceUrl ? <a href={sourceUrl}>{frenchTypography(sourceName)}</a> : frenchTypography(sourceName)}
        </SourceLine>
      ) : null}
      {tags.length > 0 ? (
        <Tags aria-label={labels.tags}>
          {tags.map((tag, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: tags are plain strings that may repeat.
            <Tag key={index}>{frenchTypography(tag.trim())}</Tag>
          ))}
        </Tags>
      ) : null}
    </Footer>
  );
}
