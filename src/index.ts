// Components

export type { ManchetteThemeProviderProps } from './components/ManchetteThemeProvider';
export { ManchetteThemeProvider } from './components/ManchetteThemeProvider';
export type { HeadingLevel, SectionProps } from './components/Section';
export { Section, useHeadingLevel } from './components/Section';
// Content model
export type {
  Article,
  ArticleSection,
  ArticleSource,
  Attribution,
  Author,
  Block,
  BlockType,
  EmphasisMark,
  ForeignMark,
  ImageAsset,
  ImageBlock,
  ImageSource,
  Inline,
  LinkMark,
  ListBlock,
  ParagraphBlock,
  QuoteBlockData,
  RichText,
  SiteConfig,
  StrongMark,
  SubheadingBlock,
  Teaser,
} from './model';
export type { ManchetteTheme, ManchetteThemeOverrides } from './theme';
// Theme
export { createTheme, defaultTheme, vars } from './theme';
// URLs
export { isSafeUrl, resolveUrl } from './url';
