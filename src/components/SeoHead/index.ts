export type { SeoHeadProps } from './SeoHead';
export { SeoHead } from './SeoHead';
