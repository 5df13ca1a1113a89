import type * as React from 'react';
import { renderToString } from 'react-dom/server';
import { HelmetProvider } from 'react-helmet-async';
import { ServerStyleSheet, styled } from 'styled-components';
import type { Article, SiteConfig, Teaser } from '../src/model/index.ts';
import type { RenderPair } from './render.ts';

/** Median time of each task, in microseconds, the tasks called in turn so that they share the machine's load. */
function interleavedMedians(tasks: (() => unknown)[], calls: number): number[] {
  for (let call = 0; call < calls / 4; call++) for (const task of tasks) task();
  const samples = tasks.map(() => [] as number[]);
  for (let call = 0; call < calls; call++) {
    tasks.forEach((task, index) => {
      const start = performance.now();
      task();
      (samples[index] as number[]).push(performance.now() - start);
    });
  }
  return samples.map((times) => {
    const sorted = times.sort((a, b) => a - b);
    return (sorted[sorted.length >> 1] as number) * 1000;
  });
}

function renderInFreshSheet(tree: React.ReactElement): string {
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(sheet.collectStyles(tree));
    return html + sheet.getStyleTags();
  } finally {
    sheet.seal();
  }
}

export interface StyledCost {
  /** Twenty styled components of one small rule each, rendered in a fresh sheet. */
  manyTypes: number;
  /** The same rules nested in one styled root over plain elements. */
  oneRoot: number;
  /** The same plain elements with no styles at all. */
  plain: number;
}

const PARTS = 20;
const rule = (index: number) =>
  `color:var(--c${index},#1a1a1a);font-size:var(--f${index},1rem);margin-block:0 var(--s${index},0.5rem);line-height:1.4;&:hover{text-decoration:underline;}`;
const Parts = Array.from(
  { length: PARTS },
  (_, index) => styled.span`
  ${rule(index)}
`,
);
const Root = styled.div`
  ${Array.from({ length: PARTS }, (_, index) => `& [data-part='p${index}']{${rule(index)}}`).join('')}
`;

/**
 * Why each component renders one styled root: what twenty small rules cost as
 * twenty styled components, as one styled root over plain elements, and with
 * no styles at all, each in a fresh sheet as every request renders them.
 * (What the CSS of the real pages costs is `measureHostSheets`'.)
 */
export function measureStyledCost(calls: number): StyledCost {
  const manyTypes = (
    <div>
      {Parts.map((Part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list.
        <Part key={index}>texte</Part>
      ))}
    </div>
  );
  const parts = Array.from({ length: PARTS }, (_, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list.
    <span key={index} data-part={`p${index}`}>
      texte
    </span>
  ));
  const oneRoot = <Root>{parts}</Root>;
  const plain = <div>{parts}</div>;
  const [many, one, none] = interleavedMedians(
    [() => renderInFreshSheet(manyTypes), () => renderInFreshSheet(oneRoot), () => renderInFreshSheet(plain)],
    calls,
  );
  return { manyTypes: many as number, oneRoot: one as number, plain: none as number };
}

export interface HostSheetRow {
  id: string;
  /** Median render times, in microseconds, of the four tasks called in turn. */
  baseline: number;
  /** `renderArticleDocument`, which reuses the library's compiled CSS. */
  document: number;
  /** The page as a host renders it, in a new `ServerStyleSheet` that compiles every component's CSS. */
  hostCompiling: number;
  /** The same, with `reuseCompiledStyles` on the host's sheet. */
  hostReusing: number;
  /** Bytes of CSS in the page's `<style data-styled>` elements. */
  cssBytes: number;
}

/** The components a host page renders, from the built package. */
export interface HostComponents {
  ArticleLayout: typeof import('../src/index.ts').ArticleLayout;
  SeoHead: typeof import('../src/index.ts').SeoHead;
  reuseCompiledStyles: typeof import('../src/server.ts').reuseCompiledStyles;
}

export interface HostPage {
  pair: RenderPair;
  article: Article;
  site: SiteConfig;
  related: Teaser[];
}

/**
 * The page as a host application renders it for a request (its own
 * `ServerStyleSheet`, the Helmet provider, `SeoHead` and `ArticleLayout`),
 * with or without `reuseCompiledStyles` on the sheet.
 */
function hostRender(components: HostComponents, page: HostPage, reuse: boolean): string {
  const { ArticleLayout, SeoHead, reuseCompiledStyles } = components;
  const sheet = new ServerStyleSheet();
  if (reuse) reuseCompiledStyles(sheet);
  try {
    const body = renderToString(
      sheet.collectStyles(
        <HelmetProvider context={{}}>
          <SeoHead article={page.article} site={page.site} />
          <main>
            <ArticleLayout article={page.article} site={page.site} related={page.related} headingLevel={1} />
          </main>
        </HelmetProvider>,
      ),
    );
    return `<!doctype html><html lang="fr-FR"><head><meta charset="utf-8">${sheet.getStyleTags()}</head><body>${body}</body></html>`;
  } finally {
    sheet.seal();
  }
}

/**
 * What the per-request CSS costs, and what reusing the compiled CSS saves:
 * the baseline, `renderArticleDocument`, and the page rendered as a host
 * application renders it, in a new sheet that compiles every component's CSS
 * and in one that reuses the library's compiled CSS.
 */
export function measureHostSheets(
  components: HostComponents,
  pages: HostPage[],
  calls: number,
): HostSheetRow[] {
  return pages.map((page) => {
    const compiling = () => hostRender(components, page, false);
    const reusing = () => hostRender(components, page, true);
    if (reusing() !== compiling())
      throw new Error(`${page.pair.id}: reusing the compiled CSS changed the page`);
    const [baseline, document, hostCompiling, hostReusing] = interleavedMedians(
      [page.pair.baseline, page.pair.library, compiling, reusing],
      calls,
    ) as [number, number, number, number];
    const css = Array.from(
      page.pair.library().matchAll(/<style[^>]*data-styled[^>]*>([\s\S]*?)<\/style>/g),
      (match) => match[1],
    );
    return {
      id: page.pair.id,
      baseline,
      document,
      hostCompiling,
      hostReusing,
      cssBytes: Buffer.byteLength(css.join('')),
    };
  });
}
