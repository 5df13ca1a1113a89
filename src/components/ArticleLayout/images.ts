import { warnOnce } from '../../dev';
import { pixelSize } from '../../images';
import type { ImageAsset } from '../../model';
import { cleanText, isBlank } from '../../text';
import { safeUrl } from '../../url';

/** An image that can be rendered: a safe source and a known size of at least one pixel each way. */
export interface UsableImage extends SizedImage {
  alt: string;
  caption?: string;
  credit?: string;
}

const isPositive = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

// Cleaned of what HTML forbids (control characters, non-characters), in text as in `alt`.
const optionalText = (value: unknown): string | undefined => {
  const text = cleanText(value as string);
  return isBlank(text) ? undefined : text;
};

/** An image's safe source and its size rounded to whole pixels, the part every rendered image needs. */
export interface SizedImage {
  src: string;
  width: number;
  height: number;
}

/**
 * The image's source and size when it can be rendered without harm,
 * `undefined` otherwise: without a width and height the page jumps while it
 * loads, and an unsafe source must never reach `src`. Says why once in
 * development; `where` names the image in that warning.
 */
export function sizedImage(image: unknown, where: string): SizedImage | undefined {
  if (image === null || typeof image !== 'object') return undefined;
  const { src: rawSrc, width, height } = image as Partial<Record<'src' | 'width' | 'height', unknown>>;
  const src = safeUrl(rawSrc);
  if (src === undefined) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        `the ${where} image was left out: its URL ${JSON.stringify(rawSrc)} is not http(s) or relative.`,
      );
    }
    return undefined;
  }
  if (!isPositive(width) || !isPositive(height)) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(`the ${where} image was left out: the width and height of "${src}" are not positive numbers.`);
    }
    return undefined;
  }
  // The rule the head tags and the JSON-LD follow too, so that they give this
  // image the same size (and only its URL when the page leaves it out).
  const size = pixelSize(width, height);
  if (size === undefined) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        `the ${where} image was left out: the width and height of "${src}", ${width} × ${height}, do not round to a size in whole pixels of at least 1 × 1.`,
      );
    }
    return undefined;
  }
  return { src, ...size };
}

/** `sizedImage` with the texts a figure shows: alt text, caption and credit, cleaned. */
export function usableImage(image: ImageAsset | null | undefined, where: string): UsableImage | undefined {
  const sized = sizedImage(image, where);
  if (sized === undefined || !image) return undefined;
  let alt = image.alt;
  if (typeof alt !== 'string') {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(`the ${where} image "${sized.src}" has no alt text; it is treated as decorative (alt="").`);
    }
    alt = '';
  }
  // A blank alt text is a decorative image's: alt="", which every screen reader skips.
  return {
    ...sized,
    alt: optionalText(alt) ?? '',
    caption: optionalText(image.caption),
    credit: optionalText(image.credit),
  };
}
