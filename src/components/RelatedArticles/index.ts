export type { RelatedArticlesContentProps, RelatedArticlesProps } from './RelatedArticles';
export { RelatedArticles, RelatedArticlesContent } from './RelatedArticles';
