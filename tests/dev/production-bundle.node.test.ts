import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleImport, ROOT } from '../../bench/bundle.ts';

// Each entry of the built package, bundled whole as a consumer's bundler would
// (`import *`, minified, peers external), and fragments of development warnings
// that this entry can print: one per layer, copied from the call sites in src.
const ENTRIES = [
  {
    entry: 'dist/esm/index.js',
    fragments: [
      'is not a safe URL (http, https or relative)', // RichText
      'ids must be unique within an article', // SlugScope
      'the page has no canonical URL', // seo/articleFacts
      'is not an ISO 8601 date-time with a time zone offset', // formatFrenchDate
      'parseArticleText expects the article as a string', // import
      'auditArticle expects an article object', // audit
      'is below 1; h1 is used instead', // clampHeadingLevel
    ],
  },
  {
    entry: 'dist/esm/server.js',
    fragments: [
      'renderArticleDocument: lang', // server
      'renderArticleDocument: the stylesheet URL', // server
      'is not a language tag: the article', // ArticleLayout's plan
    ],
  },
];

// The fragments a bundle holds (the prefix of every warning first), not the whole bundle, when a check fails.
const found = (code: string, fragments: string[]) =>
  ['[manchette]', ...fragments].filter((fragment) => code.includes(fragment));

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist/esm/index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  }
});

describe.each(ENTRIES)('development warnings in a bundle of $entry', ({ entry, fragments }) => {
  it('are all gone from a production build, with warnOnce and its prefix', async () => {
    const { code } = await bundleImport(entry, '*');
    // warnOnce and its prefix go only when no call site is left: any unguarded call keeps them.
    expect(found(code, fragments)).toEqual([]);
  });

  it('are all kept in a development build (the check above can fail)', async () => {
    const { code } = await bundleImport(entry, '*', { nodeEnv: 'development' });
    expect(found(code, fragments)).toEqual(['[manchette]', ...fragments]);
  });
});
