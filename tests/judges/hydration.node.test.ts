import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConsoleMessage, Page } from 'playwright';
import { createElement, version as reactVersion } from 'react';
import { build } from 'vite';
import { type JudgedPage, judgedPages } from '../support/judged-pages';
import { type JudgedSite, openJudgedSite } from '../support/judged-site';
import { recordQuality, trackOutcome } from '../support/quality';
import { renderOnServer } from '../support/server';
import { type HydrationReport, HydrationTree } from './hydration-tree';

/**
 * Server rendering in one time zone, hydration in another: the pages are
 * rendered here with TZ=UTC, then hydrated in Chromium in Montréal's time
 * zone with an English (Canada) locale, by a client bundle that Vite builds
 * from `hydrate-entry.tsx`. Any date or text computed from the host's zone or
 * locale instead of the site's would differ, and React would report a
 * hydration mismatch.
 */

const outcome = trackOutcome();

// vi.hoisted runs before the imports below: the zone is UTC before any module makes a date.
vi.hoisted(() => {
  process.env.TZ = 'UTC';
});

const here = path.dirname(fileURLToPath(import.meta.url));
const BROWSER_ZONE = 'America/Montreal';
const BROWSER_LOCALE = 'en-CA';

const pages: JudgedPage[] = judgedPages();
let site: JudgedSite;
let page: Page;
let hydratedPages = 0;

/** Builds the hydration entry into one ES module, in development mode so that React reports mismatches in full. */
async function buildClientBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'development',
    root: path.resolve(here, '../..'),
    define: { 'process.env.NODE_ENV': JSON.stringify('development') },
    build: {
      write: false,
      minify: false,
      sourcemap: false,
      target: 'es2022',
      lib: { entry: path.join(here, 'hydrate-entry.tsx'), formats: ['es'], fileName: 'hydrate' },
      rolldownOptions: {
        // One bundle for the browser: the client modules' 'use client' has nothing to mark there.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  });
  const outputs = Array.isArray(output) ? output : [output];
  for (const result of outputs) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((item) => item.type === 'chunk' && item.isEntry);
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('Vite produced no entry chunk for the hydration bundle');
}

/** A page as a host serves it: the server markup in `#root`, the collected CSS in the head, the bundle at the end. */
function shell(judged: JudgedPage, html: string, css: string, { mismatch = false } = {}): string {
  const lang = judged.article.language ?? 'fr-FR';
  return `<!doctype html><html lang="${lang}" data-page="${judged.id}"${mismatch ? ' data-mismatch=""' : ''}><head><meta charset="utf-8"><title>${judged.id}</title>${css}</head><body><div id="root">${html}</div><script type="module" src="/hydrate.js"></script></body></html>`;
}

beforeAll(async () => {
  // The zone really is UTC here, or the test would prove nothing.
  expect(new Date('2024-06-12T12:00:00Z').getHours()).toBe(12);
  const files: Parameters<typeof openJudgedSite>[1] = {
    '/hydrate.js': { body: await buildClientBundle(), extension: '.js' },
  };
  for (const judged of pages) {
    const { html, css } = renderOnServer(createElement(HydrationTree, { page: judged }));
    files[`/hydrate/${judged.id}.html`] = { body: shell(judged, html, css), extension: '.html' };
    files[`/hydrate/${judged.id}-mismatch.html`] = {
      body: shell(judged, html, css, { mismatch: true }),
      extension: '.html',
    };
  }
  site = await openJudgedSite([], files);
  const context = await site.browser.newContext({ timezoneId: BROWSER_ZONE, locale: BROWSER_LOCALE });
  page = await context.newPage();
}, 180_000);

afterAll(async () => {
  await site?.close();
  recordQuality({
    passed: outcome.passed,
    judge: 'hydration',
    tool: `React ${reactVersion} hydrateRoot in Chromium (${BROWSER_ZONE}, ${BROWSER_LOCALE}) after rendering in UTC`,
    figures: [{ label: 'pages hydrated without a mismatch', value: hydratedPages }],
  });
});

interface Hydration {
  report: HydrationReport;
  console: string[];
  zoneOffset: number;
  locale: string;
}

async function hydrate(url: string): Promise<Hydration> {
  const messages: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning')
      messages.push(`${message.type()}: ${message.text()}`);
  };
  const onPageError = (error: Error) => messages.push(`page error: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await page.waitForFunction(
      () => {
        const report = (window as unknown as { manchetteHydration?: HydrationReport }).manchetteHydration;
        return report !== undefined && (report.hydrated || report.recoverableErrors.length > 0);
      },
      undefined,
      { timeout: 20_000 },
    );
    // Let React finish logging (attribute mismatches are reported after the commit).
    await page.waitForTimeout(100);
    const state = await page.evaluate(() => ({
      report: (window as unknown as { manchetteHydration: HydrationReport }).manchetteHydration,
      // Minutes behind UTC on a summer day: 240 in Montréal (EDT). ICU may name the zone America/Toronto.
      zoneOffset: new Date('2024-06-12T12:00:00Z').getTimezoneOffset(),
      locale: navigator.language,
    }));
    return { ...state, console: messages };
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
}

it('notices a mismatch on a control page whose client renders another headline (it really checks)', async () => {
  const control = pages[0] as JudgedPage;
  const result = await hydrate(`${site.server.origin}/hydrate/${control.id}-mismatch.html`);
  const reported = [...result.report.recoverableErrors, ...result.console].join('\n');
  expect(reported).toMatch(/hydrat/i);
}, 60_000);

it.each(pages.map((judged) => [judged.id]))(
  '%s hydrates in another time zone and locale without a mismatch or a warning',
  async (id) => {
    const result = await hydrate(`${site.server.origin}/hydrate/${id}.html`);
    expect({ zoneOffset: result.zoneOffset, locale: result.locale }).toEqual({
      zoneOffset: 240,
      locale: BROWSER_LOCALE,
    });
    expect(result.report.recoverableErrors).toEqual([]);
    expect(result.console).toEqual([]);
    expect(result.report.hydrated).toBe(true);
    hydratedPages += 1;
  },
  60_000,
);

it('judges every seed and unseen page', () => {
  expect(pages.filter((judged) => judged.kind === 'seed')).toHaveLength(5);
  expect(pages.filter((judged) => judged.kind === 'unseen').length).toBeGreaterThanOrEqual(2);
});
