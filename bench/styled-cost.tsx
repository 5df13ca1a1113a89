import type * as React from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet, styled } from 'styled-components';
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
 * (What the CSS of the real pages costs is `measureCssShare`'s.)
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

export interface CssShareRow {
  id: string;
  /** Median render times, in microseconds, of the three tasks called in turn. */
  baseline: number;
  library: number;
  /** The library's document when its style sheet already holds the page's CSS. */
  libraryWithoutCss: number;
  /** Bytes of CSS in the page's `<style data-styled>` elements. */
  cssBytes: number;
}

/**
 * Splits the library's render of each page into what styled-components spends
 * generating CSS for the request and everything else. The third task renders
 * the same document, through the same `renderArticleDocument`, into a sheet
 * that already holds the page's CSS: the `ServerStyleSheet` that the function
 * creates is pointed at one kept from an earlier render of the page, so that
 * styled-components finds every rule already there, as it would in a
 * long-lived sheet. Only the bench does this; the library always starts a
 * request from an empty sheet.
 */
export function measureCssShare(pairs: RenderPair[], calls: number): CssShareRow[] {
  type SheetWithInstance = { instance: unknown; collectStyles: (children: unknown) => unknown };
  const prototype = ServerStyleSheet.prototype as unknown as SheetWithInstance;
  const collectStyles = prototype.collectStyles;
  let kept: unknown;
  let reuse = false;
  prototype.collectStyles = function (this: SheetWithInstance, children: unknown) {
    if (reuse) {
      if (kept === undefined) kept = this.instance;
      else this.instance = kept;
    }
    return collectStyles.call(this, children);
  };
  try {
    return pairs.map((pair) => {
      kept = undefined;
      const withoutCss = () => {
        reuse = true;
        try {
          return pair.library();
        } finally {
          reuse = false;
        }
      };
      withoutCss();
      if (withoutCss() !== pair.library()) throw new Error(`${pair.id}: the kept sheet changed the document`);
      const [baseline, library, libraryWithoutCss] = interleavedMedians(
        [pair.baseline, pair.library, withoutCss],
        calls,
      ) as [number, number, number];
      const css = Array.from(
        pair.library().matchAll(/<style[^>]*data-styled[^>]*>([\s\S]*?)<\/style>/g),
        (match) => match[1],
      );
      return { id: pair.id, baseline, library, libraryWithoutCss, cssBytes: Buffer.byteLength(css.join('')) };
    });
  } finally {
    prototype.collectStyles = collectStyles;
  }
}
