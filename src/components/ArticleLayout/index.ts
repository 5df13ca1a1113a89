export type { ArticleLayoutProps } from './ArticleLayout';
export { ArticleLayout } from './ArticleLayout';
export type { ArticleLayoutLabels } from './labels';
