import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type * as React from 'react';
import { renderToPipeableStream, renderToString } from 'react-dom/server';
import { HelmetProvider } from 'react-helmet-async';
import { createGlobalStyle, ServerStyleSheet, StyleSheetManager, styled } from 'styled-components';
import type { Middleware } from 'stylis';
import { describe, expect, it } from 'vitest';
import { exampleSite, seedFixtures } from '../../fixtures';
import { ArticleLayout, ManchetteThemeProvider, QuoteBlock, SeoHead, Subheading } from '../../src';
import { renderArticleDocument, reuseCompiledStyles } from '../../src/server';
import { isLibraryComponentId, namesTellSetUpsApart } from '../../src/server/reuseCompiledStyles';

/** Renders `ui` in a new sheet, as one server request does, with or without the reuse. */
function renderRequest(ui: React.ReactElement, reuse: boolean): string {
  const sheet = new ServerStyleSheet();
  if (reuse) reuseCompiledStyles(sheet);
  try {
    const html = renderToString(sheet.collectStyles(ui));
    return sheet.getStyleTags() + html;
  } finally {
    sheet.seal();
  }
}

/** Streams `ui` through the sheet's interleaving, as a streaming server does. */
function streamRequest(ui: React.ReactElement, reuse: boolean): Promise<string> {
  const sheet = new ServerStyleSheet();
  if (reuse) reuseCompiledStyles(sheet);
  return new Promise((resolve, reject) => {
    const stream = renderToPipeableStream(sheet.collectStyles(ui), {
      onAllReady() {
        const chunks: string[] = [];
        const styled = sheet.interleaveWithNodeStream(stream);
        styled.on('data', (chunk: Buffer | string) => chunks.push(chunk.toString()));
        styled.on('end', () => {
          sheet.seal();
          resolve(chunks.join(''));
        });
        styled.on('error', reject);
      },
      onError: reject,
    });
  });
}

/** A stylis plugin that records the text of every declaration stylis serialises. */
function recordDeclarations() {
  const seen: string[] = [];
  const plugin: Middleware = (element) => {
    if (element.type === 'decl') seen.push(element.value);
  };
  Object.defineProperty(plugin, 'name', { value: 'record-declarations' });
  return { plugin, seen };
}

const HostBox = styled.div<{ $tone: string }>`
  outline: 2px solid ${(props) => props.$tone};
`;
const HostGlobal = createGlobalStyle<{ $tone: string }>`
  body { background: ${(props) => props.$tone}; }
`;

const page = (seed: (typeof seedFixtures)[number]) => (
  <HelmetProvider>
    <SeoHead article={seed.article} site={exampleSite} />
    <main>
      <ArticleLayout article={seed.article} site={exampleSite} related={[...seed.related]} headingLevel={1} />
    </main>
  </HelmetProvider>
);

describe('reuseCompiledStyles', () => {
  // First in the file, while the process has compiled nothing: renderArticleDocument alone fills the cache.
  it('serves renderArticleDocument, whose CSS later sheets reuse, and whose later documents are the first ones again', () => {
    for (const seed of seedFixtures) {
      const options = { article: seed.article, site: exampleSite, related: [...seed.related] };
      const first = renderArticleDocument(options);
      expect(renderArticleDocument(options)).toBe(first);
    }
    // styled-components inserts through the sheet's insertRules only what it has just compiled.
    const [seed] = seedFixtures;
    if (seed === undefined) throw new Error('no seed');
    const sheet = reuseCompiledStyles(new ServerStyleSheet());
    const compiledIds: string[] = [];
    const insertRules = sheet.instance.insertRules;
    sheet.instance.insertRules = (id, name, rules) => {
      compiledIds.push(id);
      insertRules(id, name, rules);
    };
    try {
      renderToString(
        sheet.collectStyles(
          <ArticleLayout
            article={seed.article}
            site={exampleSite}
            related={[...seed.related]}
            headingLevel={1}
          />,
        ),
      );
      expect(sheet.getStyleTags()).toContain('--_m-color-text');
    } finally {
      sheet.seal();
    }
    expect(compiledIds).toEqual([]);
  });

  it('gives every seed page the markup and CSS that a sheet compiling everything gives', () => {
    for (const seed of seedFixtures) {
      const compiledHere = renderRequest(page(seed), false);
      // The first reusing render fills the cache for this page's components, the second reads it.
      expect(renderRequest(page(seed), true), seed.id).toBe(compiledHere);
      expect(renderRequest(page(seed), true), seed.id).toBe(compiledHere);
    }
  });

  it('streams the same page as a sheet compiling everything', async () => {
    for (const seed of seedFixtures) {
      const compiledHere = await streamRequest(page(seed), false);
      expect(await streamRequest(page(seed), true), seed.id).toBe(compiledHere);
      expect(await streamRequest(page(seed), true), seed.id).toBe(compiledHere);
      expect(compiledHere).toContain('--_m-color-text');
    }
  });

  it('runs stylis over the library CSS once, and over the host CSS on every request', () => {
    const [seed] = seedFixtures;
    if (seed === undefined) throw new Error('no seed');
    const request = () => {
      const { plugin, seen } = recordDeclarations();
      renderRequest(
        <StyleSheetManager stylisPlugins={[plugin]}>
          <HostBox $tone="rebeccapurple">{page(seed)}</HostBox>
        </StyleSheetManager>,
        true,
      );
      return seen;
    };
    const first = request();
    expect(first.some((declaration) => declaration.includes('--_m-color-text'))).toBe(true);
    expect(first.some((declaration) => declaration.includes('rebeccapurple'))).toBe(true);
    const second = request();
    expect(second.filter((declaration) => declaration.includes('--_m-'))).toEqual([]);
    expect(second).toEqual(['outline:2px solid rebeccapurple;']);
  });

  it('carries only the CSS of the components a request renders', () => {
    for (const seed of seedFixtures) renderRequest(page(seed), true);
    const subheading = <Subheading permalink>Umerov remercie les alliés</Subheading>;
    const reused = renderRequest(subheading, true);
    expect(reused).toBe(renderRequest(subheading, false));
    const quote = renderRequest(
      <QuoteBlock attribution={{ name: 'Jens Stoltenberg' }}>texte</QuoteBlock>,
      false,
    );
    const quoteClass = /<figure[^>]*class="([^"]+)"/.exec(quote)?.[1]?.split(' ').at(-1);
    expect(quoteClass).toBeTruthy();
    expect(reused).not.toContain(`.${quoteClass}`);
  });

  it('keeps the CSS of each stylis set-up apart', () => {
    const [seed] = seedFixtures;
    if (seed === undefined) throw new Error('no seed');
    renderRequest(page(seed), true);
    const namespaced = <StyleSheetManager namespace="#journal">{page(seed)}</StyleSheetManager>;
    const reused = renderRequest(namespaced, true);
    expect(reused).toBe(renderRequest(namespaced, false));
    expect(reused).toContain('#journal .');
    expect(renderRequest(namespaced, true)).toBe(reused);
  });

  it("compiles the host's changing styles, global ones included, for every request", () => {
    const host = (tone: string) => (
      <>
        <HostGlobal $tone={tone} />
        <HostBox $tone={tone}>
          <QuoteBlock attribution={{ name: 'Jens Stoltenberg' }}>texte</QuoteBlock>
        </HostBox>
      </>
    );
    for (const tone of ['teal', 'tomato', 'teal']) {
      const css = renderRequest(host(tone), true);
      expect(css).toBe(renderRequest(host(tone), false));
      expect(css).toContain(`body{background:${tone};}`);
      expect(css).toContain(`outline:2px solid ${tone};`);
    }
  });

  it('works with the styled-components versions whose names tell stylis set-ups apart', () => {
    expect(namesTellSetUpsApart('6.4.0')).toBe(true);
    expect(namesTellSetUpsApart('6.6.0')).toBe(true);
    expect(namesTellSetUpsApart('6.10.2')).toBe(true);
    expect(namesTellSetUpsApart('6.3.12')).toBe(false);
    expect(namesTellSetUpsApart('6.1.19')).toBe(false);
    expect(namesTellSetUpsApart('7.0.0')).toBe(false);
    expect(namesTellSetUpsApart('')).toBe(false);
  });

  it('returns the sheet it is given, and a second call changes nothing', () => {
    const sheet = new ServerStyleSheet();
    expect(reuseCompiledStyles(sheet)).toBe(sheet);
    const { hasNameForId, insertRules } = sheet.instance;
    expect(reuseCompiledStyles(sheet)).toBe(sheet);
    expect(sheet.instance.hasNameForId).toBe(hasNameForId);
    expect(sheet.instance.insertRules).toBe(insertRules);
    sheet.seal();
  });

  it('knows every styled component the library renders', () => {
    const seed = seedFixtures.find((fixture) => fixture.related.length > 0);
    if (seed === undefined) throw new Error('no seed with related articles');
    const everything = (
      <ManchetteThemeProvider theme={{ color: { accent: '#00507a' } }}>
        {page(seed)}
        <ArticleLayout
          article={{
            ...seed.article,
            corrections: [{ date: seed.article.datePublished, text: 'Une date a été corrigée.' }],
          }}
          site={exampleSite}
        />
        <Subheading>Sans lien</Subheading>
        <Subheading permalink>Avec lien</Subheading>
        <QuoteBlock attribution={{ name: 'Jens Stoltenberg' }} variant="pull">
          texte
        </QuoteBlock>
      </ManchetteThemeProvider>
    );
    const css = renderRequest(everything, false);
    const ids = Array.from(css.matchAll(/data-styled\.g\d+\[id="([^"]+)"\]/g), (match) => match[1] as string);
    // One id per styled component the sources define: a new one must render above and join the list.
    const sources = readdirSync(path.resolve(__dirname, '../../src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => readFileSync(path.resolve(__dirname, '../../src', file), 'utf8'));
    const defined = sources.flatMap((source) => source.match(/=\s*styled(\.[a-z0-9]+|\([A-Za-z]+\))/g) ?? []);
    expect(new Set(ids).size).toBe(defined.length);
    expect(ids.filter((id) => !isLibraryComponentId(id))).toEqual([]);
  });
});
