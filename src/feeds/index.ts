export type { NewsSitemapOptions } from './buildNewsSitemap';
export { buildNewsSitemap } from './buildNewsSitemap';
export type { RssFeedOptions } from './buildRssFeed';
export { buildRssFeed } from './buildRssFeed';
