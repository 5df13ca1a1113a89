export type { ArticleJsonLdProps } from './ArticleJsonLd';
export { ArticleJsonLd } from './ArticleJsonLd';
