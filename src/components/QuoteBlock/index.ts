export type { QuoteBlockProps } from './QuoteBlock';
export { QuoteBlock } from './QuoteBlock';
