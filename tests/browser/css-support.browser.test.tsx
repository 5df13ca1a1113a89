import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { otanAideMilitaire } from '../../fixtures';
import { ArticleLayout } from '../../src/components/ArticleLayout';
import { defaultTheme } from '../../src/theme/tokens';

/**
 * The Nu Html Checker's CSS grammar predates container queries, so the
 * HTML validity judge sets aside its messages on container-relative lengths
 * (`cqi`), `container-type` and `@container`. Chromium, which implements them, is the
 * judge of that CSS here: every such value the library writes must be one
 * the browser accepts.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const CONTAINER_LENGTH = /\dcq(?:i|b|w|h|min|max)\b/;

/** Every `clamp(…)` inside a value, with its parentheses balanced. */
function clampsIn(value: string): string[] {
  const found: string[] = [];
  for (let start = value.indexOf('clamp('); start >= 0; start = value.indexOf('clamp(', start + 1)) {
    let depth = 0;
    for (let end = start + 'clamp'.length; end < value.length; end += 1) {
      if (value[end] === '(') depth += 1;
      else if (value[end] === ')') depth -= 1;
      if (depth === 0) {
        found.push(value.slice(start, end + 1));
        break;
      }
    }
  }
  return found;
}

/** The declarations of every style rule in the document, nested rules included. */
function declarations(): { property: string; value: string; inContainerRule: boolean }[] {
  const out: { property: string; value: string; inContainerRule: boolean }[] = [];
  const visit = (rules: CSSRuleList, inContainerRule: boolean) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule) {
        for (const property of Array.from(rule.style)) {
          out.push({ property, value: rule.style.getPropertyValue(property), inContainerRule });
        }
      }
      if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) {
        visit(rule.cssRules, inContainerRule || rule instanceof CSSContainerRule);
      }
    }
  };
  for (const sheet of Array.from(document.styleSheets)) visit(sheet.cssRules, false);
  return out;
}

let unmount: () => void = () => {};
afterEach(() => unmount());

describe('container query CSS in a real browser', () => {
  it('accepts every container-relative size of the theme, and refuses a misspelt unit (it really checks)', () => {
    const sizes = [...Object.values(defaultTheme.fontSize), ...Object.values(defaultTheme.textSize)];
    expect(sizes.filter((size) => CONTAINER_LENGTH.test(size)).length).toBeGreaterThan(0);
    for (const size of sizes) expect(CSS.supports('font-size', size), size).toBe(true);
    expect(CSS.supports('font-size', 'clamp(1rem, 1rem + 2qqi, 2rem)')).toBe(false);
  });

  it('writes container units, every clamp() and container-type only in declarations the browser keeps', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const { createRoot } = await import('react-dom/client');
    const root = createRoot(host);
    await act(async () =>
      root.render(<ArticleLayout article={otanAideMilitaire.article} related={otanAideMilitaire.related} />),
    );
    unmount = () => {
      act(() => root.unmount());
      host.remove();
    };

    const written = declarations();
    // @container rules the browser parsed hold declarations (an unknown at-rule would be dropped whole).
    expect(written.some((declaration) => declaration.inContainerRule)).toBe(true);
    expect(written.filter(({ value }) => CONTAINER_LENGTH.test(value)).length).toBeGreaterThan(0);
    for (const { property, value } of written.filter(
      (declaration) => declaration.value.includes('clamp(') || declaration.property.startsWith('container'),
    )) {
      // A custom property keeps any text: its clamp() is checked as the font size it becomes.
      if (property.startsWith('--')) {
        for (const clamp of clampsIn(value))
          expect(CSS.supports('font-size', clamp), `${property}: ${clamp}`).toBe(true);
      } else {
        expect(CSS.supports(property, value), `${property}: ${value}`).toBe(true);
      }
    }
    const article = host.querySelector('article') as HTMLElement;
    expect(getComputedStyle(article).containerType).toBe('inline-size');
  });
});
