import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright';
import { type JudgedDocument, judgedDocuments } from '../support/judged-documents';
import { type JudgedSite, openJudgedSite } from '../support/judged-site';
import { packageVersion, recordQuality, trackOutcome } from '../support/quality';

/**
 * The seed and unseen documents in a real browser (Debian's Chromium), judged
 * by axe-core at WCAG 2.2 AA plus its best practices, then walked with the
 * keyboard: every link must be reached with Tab and show where the focus is.
 */

const outcome = trackOutcome();

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const documents: JudgedDocument[] = judgedDocuments();
let site: JudgedSite;
let page: Page;
const figures = { violations: 0, rulesPassed: 0, linksTabbed: 0 };

beforeAll(async () => {
  site = await openJudgedSite(documents);
  const context = await site.browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
}, 60_000);

afterAll(async () => {
  await site?.close();
  recordQuality({
    passed: outcome.passed,
    judge: 'accessibility',
    tool: `axe-core ${packageVersion('@axe-core/playwright/node_modules/axe-core')} (through @axe-core/playwright) in Chromium ${site?.browser.version() ?? ''}`.trim(),
    figures: [
      { label: 'documents checked in Chromium', value: documents.length },
      { label: 'axe violations (WCAG 2.2 AA + best practices)', value: figures.violations },
      { label: 'links reached with Tab, focus visible', value: figures.linksTabbed },
    ],
  });
});

async function open(document: JudgedDocument): Promise<void> {
  site.server.notFound.length = 0;
  const response = await page.goto(site.urlOf(document), { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
}

describe('axe-core', () => {
  it('finds the violations of a broken control page (it really checks)', async () => {
    await page.setContent(
      '<!doctype html><html><head><title>x</title></head><body><img src="data:,"><a href="#"></a><p style="color:#eee;background:#fff">gris</p></body></html>',
    );
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const rules = violations.map((violation) => violation.id);
    expect(rules).toEqual(
      expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name', 'color-contrast']),
    );
  });

  it.each(documents.map((document) => [document.id, document]))(
    '%s has no violation at WCAG 2.2 AA and best practices',
    async (_id, document) => {
      await open(document);
      // Every picture the page names is served: a missing file would hide problems (alt text, contrast on images).
      expect(site.server.notFound).toEqual([]);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      figures.violations += results.violations.length;
      figures.rulesPassed += results.passes.length;
      const described = results.violations.map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
            .slice(0, 5)
            .map((node) => `    ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ')}`)
            .join('\n')}`,
      );
      expect(described).toEqual([]);
      // A page where axe found nothing to check would pass vacuously.
      expect(results.passes.length).toBeGreaterThan(20);
    },
    60_000,
  );
});

interface FocusStyle {
  outline: string;
  boxShadow: string;
}

/** What the keyboard test installs in the page. */
interface JudgeWindow {
  judgeFocusStyle(element: Element): FocusStyle;
}

/** What a keyboard user meets: links never reached with Tab, and links reached without a visible focus. */
async function walkLinksWithTab(): Promise<{ linkCount: number; missed: string[]; invisible: string[] }> {
  const linkCount = await page.evaluate(() => {
    const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'));
    links.forEach((link, index) => {
      link.dataset.judgeIndex = String(index);
    });
    return links.length;
  });

  // The focus indicator is read from computed styles: at rest, then when Tab brings the focus.
  // A link may draw its indicator on a generated box (a teaser card's link covers the card with
  // its ::after and rings that box): such a box counts when it is generated at all.
  await page.evaluate(() => {
    const read = (element: Element) => {
      const boxes = [getComputedStyle(element)];
      for (const pseudo of ['::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        if (style.content !== 'none' && style.content !== 'normal') boxes.push(style);
      }
      return {
        outline: boxes
          .map((style) => `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`)
          .join(' | '),
        boxShadow: boxes.map((style) => style.boxShadow).join(' | '),
      };
    };
    Object.assign(window, { judgeFocusStyle: read });
  });
  const resting = await page.evaluate(() => {
    const { judgeFocusStyle } = window as unknown as JudgeWindow;
    return Array.from(document.querySelectorAll('a[href]'), (link) => judgeFocusStyle(link));
  });

  const reached = new Set<number>();
  const invisible: string[] = [];
  // Start from the top of the page, as a reader arriving on it does.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let press = 0; press < linkCount + 5; press += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!(element instanceof HTMLAnchorElement) || element.dataset.judgeIndex === undefined) return null;
      return {
        index: Number(element.dataset.judgeIndex),
        text: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60),
        focusVisible: element.matches(':focus-visible'),
        style: (window as unknown as JudgeWindow).judgeFocusStyle(element),
      };
    });
    // Past the last link the focus wraps around to the first: judge each link once.
    if (!focused || reached.has(focused.index)) continue;
    reached.add(focused.index);
    const before = resting[focused.index];
    // Shown: a box whose outline or shadow changed with the focus and is not none.
    const changed = (now: string, rest: string | undefined, none: (value: string) => boolean) => {
      const restBoxes = rest?.split(' | ') ?? [];
      return now.split(' | ').some((value, box) => value !== restBoxes[box] && !none(value));
    };
    const outlineShows = changed(focused.style.outline, before?.outline, (value) => value.startsWith('none'));
    const shadowShows = changed(focused.style.boxShadow, before?.boxShadow, (value) => value === 'none');
    if (!focused.focusVisible || !(outlineShows || shadowShows)) {
      invisible.push(`link ${focused.index} « ${focused.text} »: ${JSON.stringify(focused.style)}`);
    }
  }
  const missed = Array.from({ length: linkCount }, (_, index) => index)
    .filter((index) => !reached.has(index))
    .map((index) => `link ${index} never reached with Tab`);
  return { linkCount, missed, invisible };
}

describe('keyboard', () => {
  it('catches a link out of the tab order and a link without focus style (it really checks)', async () => {
    await page.setContent(
      '<!doctype html><html lang="fr"><head><title>contrôle</title><style>.plain:focus,.card:focus{outline:none}' +
        ".card{position:relative}.card::after{content:'';position:absolute;inset:0}.card:focus-visible::after{outline:3px solid #1f5fbf}</style></head>" +
        '<body><a href="#a">visible</a> <a class="plain" href="#b">sans focus</a> <a href="#c" tabindex="-1">hors tabulation</a>' +
        ' <a class="card" href="#d">carte</a></body></html>',
    );
    const { linkCount, missed, invisible } = await walkLinksWithTab();
    expect(linkCount).toBe(4);
    expect(missed).toEqual(['link 2 never reached with Tab']);
    expect(invisible).toHaveLength(1);
    expect(invisible[0]).toMatch(/^link 1 « sans focus »/);
  });

  it.each(documents.map((document) => [document.id, document]))(
    '%s: every link is reached with Tab and shows a visible focus',
    async (_id, document) => {
      await open(document);
      const { linkCount, missed, invisible } = await walkLinksWithTab();
      expect(linkCount).toBeGreaterThan(0);
      expect(missed).toEqual([]);
      expect(invisible).toEqual([]);
      figures.linksTabbed += linkCount;
    },
    60_000,
  );
});
