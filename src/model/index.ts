export { MAX_MARK_DEPTH } from './marks';
export type {
  ParseArticleResult,
  ParseIssue,
  ParseSiteConfigResult,
  ParseTeaserResult,
} from './parseArticle';
export { parseArticle, parseSiteConfig, parseTeaser } from './parseArticle';
export { ArticleSchema, SiteConfigSchema, TeaserSchema } from './schema';
export type {
  Article,
  ArticleSection,
  ArticleSource,
  Attribution,
  Author,
  Block,
  BlockType,
  Correction,
  EmphasisMark,
  ForeignMark,
  ImageAsset,
  ImageBlock,
  ImageSource,
  Inline,
  LinkMark,
  ListBlock,
  ParagraphBlock,
  PaywallBlock,
  QuoteBlockData,
  RichText,
  SiteConfig,
  StrongMark,
  SubheadingBlock,
  Teaser,
} from './types';
