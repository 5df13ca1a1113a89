import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BundleReport, bundleImport, ROOT } from '../../bench/bundle.ts';

// What a consumer's bundler keeps from the built package (dist/esm, `sideEffects: false`)
// when the application imports only some names.
const bundle = (names: string[]) => bundleImport('dist/esm/index.js', names);

const modulesUnder = (report: BundleReport, folder: string) =>
  report.modules
    .filter((module) => module.path.startsWith(`dist/esm/${folder}/`))
    .map((module) => module.path);

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist/esm/index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  }
});

describe('tree-shaking of the built package', () => {
  it('keeps QuoteBlock alone free of SeoHead, the SEO builders and react-helmet-async', async () => {
    const report = await bundle(['QuoteBlock']);
    expect(modulesUnder(report, 'components/QuoteBlock')).not.toEqual([]);
    expect(report.externals).not.toContain('react-helmet-async');
    expect(modulesUnder(report, 'seo')).toEqual([]);
    expect(modulesUnder(report, 'components/SeoHead')).toEqual([]);
    expect(modulesUnder(report, 'components/ArticleLayout')).toEqual([]);
    expect(modulesUnder(report, 'components/RelatedArticles')).toEqual([]);
    expect(report.modules.filter((module) => module.path.includes('node_modules/valibot'))).toEqual([]);
  });

  it('does pull in react-helmet-async and the SEO builders for SeoHead (the check above can fail)', async () => {
    const report = await bundle(['SeoHead']);
    expect(report.externals).toContain('react-helmet-async');
    expect(modulesUnder(report, 'seo')).not.toEqual([]);
  });

  it('keeps the framework-free builders free of React, styled-components, styles and theme', async () => {
    const report = await bundle(['buildNewsArticleJsonLd', 'serializeJsonLd']);
    expect(modulesUnder(report, 'seo')).not.toEqual([]);
    // No import of react, react/jsx-runtime, styled-components or react-helmet-async survives.
    expect(report.externals).toEqual([]);
    expect(report.modules.filter((module) => module.path.endsWith('.styles.js'))).toEqual([]);
    expect(modulesUnder(report, 'theme')).toEqual([]);
  });
});
