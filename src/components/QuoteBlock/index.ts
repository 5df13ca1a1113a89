export type { QuoteBlockContentProps, QuoteBlockProps } from './QuoteBlock';
export { QuoteBlock, QuoteBlockContent } from './QuoteBlock';
