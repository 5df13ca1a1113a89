/** An image's size in whole pixels, as `width`/`height` attributes, `og:image:width` and an `ImageObject` give it. */
export interface PixelSize {
  width: number;
  height: number;
}

const isPixelCount = (value: number): boolean => Number.isSafeInteger(value) && value >= 1;

/**
 * The size in whole pixels of an image `width` × `height`, each rounded to the
 * nearest pixel (799.6 → 800, half a pixel up), or `undefined` when either is
 * not a finite number or rounds to less than 1 or past a safe integer.
 *
 * The one rule of the library: the page's `<img>`, the Open Graph tags, the
 * JSON-LD and the audit all judge an image's size with it, so they keep the
 * same images with the same size. 0.4 would be written width="0", and 1e21
 * "1e+21", which is no number: such a size is a mistake in the data, not a
 * tiny image, so its aspect ratio cannot be trusted either.
 */
export function pixelSize(width: unknown, height: unknown): PixelSize | undefined {
  if (typeof width !== 'number' || typeof height !== 'number') return undefined;
  const pixelWidth = Math.round(width);
  const pixelHeight = Math.round(height);
  if (!isPixelCount(pixelWidth) || !isPixelCount(pixelHeight)) return undefined;
  return { width: pixelWidth, height: pixelHeight };
}
