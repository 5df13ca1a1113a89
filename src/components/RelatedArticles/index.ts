export type { RelatedArticlesProps } from './RelatedArticles';
export { RelatedArticles } from './RelatedArticles';
