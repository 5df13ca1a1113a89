import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pixelSize } from '../../src/images';

describe('pixelSize', () => {
  it('rounds each side to the nearest whole pixel, half a pixel up', () => {
    expect(pixelSize(799.6, 449.6)).toEqual({ width: 800, height: 450 });
    expect(pixelSize(1200, 675)).toEqual({ width: 1200, height: 675 });
    expect(pixelSize(0.5, 300.5)).toEqual({ width: 1, height: 301 });
    expect(pixelSize(1199.4, 675.49)).toEqual({ width: 1199, height: 675 });
  });

  it.each([
    ['a side that rounds to 0', 0.4, 675],
    ['a side that rounds to 0, the other way', 800, 0.49],
    ['zero', 0, 600],
    ['a negative side', -800, 450],
    ['a negative fraction', 800, -0.4],
    ['NaN', Number.NaN, 450],
    ['Infinity', 800, Number.POSITIVE_INFINITY],
    ['1e21 (written "1e+21")', 1e21, 600],
    ['a side past a safe integer', 800, 2 ** 53],
    ['a string', '800', 450],
    ['nothing', undefined, 450],
    ['null', 800, null],
  ])('gives no size for %s', (_, width, height) => {
    expect(pixelSize(width, height)).toBeUndefined();
  });

  it('gives whole pixels of at least 1 × 1, each side within half a pixel of the data', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), fc.double({ noNaN: false }), (width, height) => {
        const size = pixelSize(width, height);
        if (size === undefined) {
          // Left out only when a side cannot be written as a whole number of at least 1.
          expect(
            [width, height].some(
              (side) => !(Math.round(side) >= 1 && Number.isSafeInteger(Math.round(side))),
            ),
          ).toBe(true);
          return;
        }
        const pairs: [number, number][] = [
          [size.width, width],
          [size.height, height],
        ];
        for (const [pixels, side] of pairs) {
          expect(Number.isSafeInteger(pixels) && pixels >= 1).toBe(true);
          expect(Math.abs(pixels - side)).toBeLessThanOrEqual(0.5);
        }
      }),
    );
  });
});
