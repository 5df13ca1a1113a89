import { warnOnce } from '../../dev';
import type { ImageAsset } from '../../model';
import { cleanText } from '../../text';
import { safeUrl } from '../../url';

/** An image that can be rendered: a safe source and a known, positive size. */
export interface UsableImage {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption?: string;
  credit?: string;
}

const isPositive = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

// Cleaned of what HTML forbids (control characters, non-characters), in text as in `alt`.
const optionalText = (value: unknown): string | undefined => {
  const text = cleanText(value as string);
  return text.trim() !== '' ? text : undefined;
};

/**
 * The image when it can be rendered without harm, `undefined` otherwise:
 * without a width and height the page jumps while it loads, and an unsafe
 * source must never reach `src`. Says why once in development.
 */
export function usableImage(image: ImageAsset | null | undefined, where: string): UsableImage | undefined {
  if (image === null || typeof image !== 'object') return undefined;
  const src = safeUrl(image.src);
  // safeUrl can give '' (a URL of spaces only): an empty src would fetch the page itself.
  if (!src) {
    warnOnce(
      `the ${where} image "${String(image.src)}" has no safe URL (http, https or relative) and is not shown.`,
    );
    return undefined;
  }
  if (!isPositive(image.width) || !isPositive(image.height)) {
    warnOnce(`the ${where} image "${src}" has no positive width and height and is not shown.`);
    return undefined;
  }
  let alt = image.alt;
  if (typeof alt !== 'string') {
    warnOnce(`the ${where} image "${src}" has no alt text; it is treated as decorative (alt="").`);
    alt = '';
  }
  return {
    src,
    width: Math.round(image.width),
    height: Math.round(image.height),
    alt: cleanText(alt),
    caption: optionalText(image.caption),
    credit: optionalText(image.credit),
  };
}
