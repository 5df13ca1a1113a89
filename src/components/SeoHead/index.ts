export type { ArticleHeadOptions } from './articleHeadElements';
export { articleHeadElements } from './articleHeadElements';
export type { SeoHeadProps } from './SeoHead';
export { SeoHead } from './SeoHead';
