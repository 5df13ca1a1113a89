// Audit
export type { AuditCode, AuditFinding, AuditOptions, AuditSeverity } from './audit';
export { auditArticle } from './audit';
// Components
export type { ArticleJsonLdProps } from './components/ArticleJsonLd';
export { ArticleJsonLd } from './components/ArticleJsonLd';
export type { ArticleLayoutLabels, ArticleLayoutProps } from './components/ArticleLayout';
export { ArticleLayout } from './components/ArticleLayout';
export type { ManchetteThemeProviderProps } from './components/ManchetteThemeProvider';
export { ManchetteThemeProvider } from './components/ManchetteThemeProvider';
export type { QuoteBlockProps } from './components/QuoteBlock';
export { QuoteBlock } from './components/QuoteBlock';
export type { RelatedArticlesProps } from './components/RelatedArticles';
export { RelatedArticles } from './components/RelatedArticles';
export type { HeadingLevel, SectionProps } from './components/Section';
export { Section, useHeadingLevel } from './components/Section';
export type { ArticleHeadOptions, SeoHeadProps } from './components/SeoHead';
export { articleHeadElements, SeoHead } from './components/SeoHead';
export type { SlugScopeProps, SubheadingProps, SubheadingSize } from './components/Subheading';
export { SlugScope, Subheading } from './components/Subheading';
// Dates
export type { FormatFrenchDateOptions } from './dates';
export { formatFrenchDate } from './dates';
// Feeds
export type { NewsSitemapOptions, RssFeedOptions } from './feeds';
export { buildNewsSitemap, buildRssFeed } from './feeds';
// Images
export type { ImageLoader } from './images';
// Plain-text import
export type {
  BoilerplateFamily,
  Diagnostic,
  DiagnosticCode,
  DiagnosticLine,
  DiagnosticSeverity,
  ParseArticleTextOptions,
  ParseArticleTextResult,
  TeaserCandidate,
} from './import';
export { parseArticleText } from './import';
// Content model
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
  ParseArticleResult,
  ParseIssue,
  ParseSiteConfigResult,
  ParseTeaserResult,
  PaywallBlock,
  QuoteBlockData,
  RichText,
  SiteConfig,
  StrongMark,
  SubheadingBlock,
  Teaser,
} from './model';
export { MAX_MARK_DEPTH, parseArticle, parseSiteConfig, parseTeaser } from './model';
// Structured data and meta tags
export type {
  AlternateLink,
  ArticleMeta,
  ArticleMetaOptions,
  LinkTag,
  MetaTag,
  NewsArticleJsonLdOptions,
  NextArticleMetadata,
} from './seo';
export { buildArticleMeta, buildNewsArticleJsonLd, serializeJsonLd, toNextMetadata } from './seo';
// Text
export type { ReadingTimeOptions, Slugger } from './text';
export { countWords, createSlugger, readingTime, richTextToPlainText, slugify } from './text';
export type { ManchetteTheme, ManchetteThemeOverrides } from './theme';
// Theme
export { createTheme, defaultTheme, vars } from './theme';
// Typography
export { frenchTitleTypography, frenchTypography } from './typography';
// URLs
export { isSafeUrl, resolveUrl } from './url';
