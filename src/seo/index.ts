export type { AlternateLink, ArticleMeta, ArticleMetaOptions, LinkTag, MetaTag } from './buildArticleMeta';
export { buildArticleMeta, ROBOTS_INDEX, ROBOTS_NOINDEX } from './buildArticleMeta';
export type { NewsArticleJsonLdOptions } from './buildNewsArticleJsonLd';
export { buildNewsArticleJsonLd } from './buildNewsArticleJsonLd';
export { pruneEmpty } from './pruneEmpty';
export { serializeJsonLd } from './serializeJsonLd';
export type { NextArticleMetadata } from './toNextMetadata';
export { toNextMetadata } from './toNextMetadata';
export { truncateAtWord } from './truncate';
