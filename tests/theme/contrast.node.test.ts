import { describe, expect, it } from 'vitest';
import { createTheme, defaultTheme, type ManchetteTheme } from '../../src/theme';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const value = Number.parseInt(match[1] as string, 16);
  const [r, g, b] = [value >> 16, (value >> 8) & 0xff, value & 0xff].map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two colours, from 1 to 21. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

type ColourName = keyof ManchetteTheme['color'];
type Colours = ManchetteTheme['color'];

// Every text colour the components set, on every background they set it on.
const TEXT_PAIRS: [ColourName, ColourName][] = [
  ['text', 'background'],
  ['text', 'surface'],
  ['textMuted', 'background'],
  ['textMuted', 'surface'],
  ['accent', 'background'],
  ['accent', 'surface'],
];

// The themes the Storybook toolbar offers (.storybook/preview.tsx), which designers review.
const STORYBOOK_THEMES = {
  defaut: defaultTheme,
  sepia: createTheme({
    color: { background: '#fbf6ec', surface: '#f1e8d6', text: '#2b2118', accent: '#8a2a0a' },
  }),
  bleu: createTheme({ color: { accent: '#00507a', focus: '#b35c00' } }),
};

describe('colour contrast of the themes (WCAG 2.1 AA)', () => {
  it('computes contrast the WCAG way', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  const schemes: [string, Colours][] = Object.entries(STORYBOOK_THEMES).flatMap(([name, theme]) => [
    [name, theme.color] as [string, Colours],
    [`${name} (dark)`, theme.darkColor] as [string, Colours],
  ]);

  for (const [name, colours] of schemes) {
    it.each(TEXT_PAIRS)(`${name}: %s on %s reaches 4.5:1`, (foreground, background) => {
      expect(contrast(colours[foreground], colours[background])).toBeGreaterThanOrEqual(4.5);
    });

    // Long reading: the body text reaches the enhanced level (WCAG 1.4.6), in both schemes.
    it(`${name}: body text reaches 7:1 on the background and the surface`, () => {
      expect(contrast(colours.text, colours.background)).toBeGreaterThanOrEqual(7);
      expect(contrast(colours.text, colours.surface)).toBeGreaterThanOrEqual(7);
    });

    it(`${name}: the focus ring reaches 3:1 on the background and the surface`, () => {
      expect(contrast(colours.focus, colours.background)).toBeGreaterThanOrEqual(3);
      expect(contrast(colours.focus, colours.surface)).toBeGreaterThanOrEqual(3);
    });
  }
});
