import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, textLevel } from '../../support/contrast';

describe('contrast helpers of the theme story', () => {
  it('computes WCAG 2 ratios, in either order, from #rgb or #rrggbb', () => {
    expect(contrastRatio('#000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#777777')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('red', '#ffffff')).toBeUndefined();
    expect(contrastRatio('#12345g', '#ffffff')).toBeUndefined();
  });

  it('names the level reached, and rounds the ratio down so that 4.49 never reads 4.5', () => {
    expect(textLevel(4.49)).toBe('AA grand texte');
    expect(textLevel(4.5)).toBe('AA');
    expect(textLevel(7)).toBe('AAA');
    expect(textLevel(2.9)).toBe('insuffisant');
    expect(formatRatio(4.499)).toBe('4,4:1');
    expect(formatRatio(21)).toBe('21,0:1');
    expect(formatRatio(undefined)).toBe('—');
  });
});
