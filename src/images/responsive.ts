import { warnOnce } from '../dev';
import { safeUrl } from '../url';

/**
 * Builds the URL of an image at a given width, for a resizing service (an
 * image CDN, Next.js's optimizer, a folder of pre-sized files). Receives the
 * image's `src` as the data gives it and a width in pixels, never above the
 * image's intrinsic width.
 *
 * @example
 * const imgix: ImageLoader = (src, width) => `https://images.example.fr${src}?w=${width}&auto=format`;
 */
export type ImageLoader = (src: string, width: number) => string;

/** The widths offered in `srcset`, below an image's own width (which is always offered too). */
export const SRCSET_WIDTHS: readonly number[] = [320, 480, 640, 800, 1024, 1280, 1600, 2048];

/**
 * `sizes` for each place an image takes in the layout: the width the image is
 * drawn at when the article spans the window, at each width where its layout
 * changes, a little over rather than under (the margins of the host page are
 * not known). Measured in Chromium on the seed pages. The layout follows the
 * article's own width (container queries), which `sizes` cannot read: in a
 * host column narrower than the window, these are an upper bound, and the
 * browser may pick a larger file than it draws.
 */
export const IMAGE_SIZES = {
  /** The lead image spans the article's column (`column`, 44rem), inside the page's padding (1rem, 1.5rem from 40em). */
  lead: '(min-width: 47rem) 44rem, (min-width: 40em) calc(100vw - 3rem), calc(100vw - 2rem)',
  /** A body image fills the text column (`measure`, 56ch of the body text, 31.5rem). */
  body: '(min-width: 33.5rem) 31.5rem, calc(100vw - 2rem)',
  /** A teaser in the list layout: at the left of its text from 36em (at most 10rem), above it on a phone. */
  teaserList: '(min-width: 36em) 10rem, calc(100vw - 2rem)',
  /** A teaser in the grid layout: one column on a phone, columns of about 15 to 18rem above. */
  teaserGrid: '(min-width: 36em) 18rem, calc(100vw - 2rem)',
} as const;

/** What an `<img>` gets from a loader: its `src`, `srcSet` and `sizes`. */
export interface ResponsiveSources {
  src: string;
  srcSet: string;
  sizes: string;
}

// In srcset, a URL ends at white space and may not start or end with a comma.
const SRCSET_UNSAFE = /^,|,$/;

// White space in a URL the policy accepted (a relative path may hold a space,
// a no-break or an ideographic space) would end the URL in srcset, and the
// rest would be read as a descriptor. Written percent-encoded, as the URL
// parser writes it in a path, query or fragment anyway: the URL leads to the
// same place. JavaScript's \s, a superset of the ASCII white space that
// srcset splits on, so that no srcset parser splits there either.
const SPACE = /\s/g;
const srcsetUrl = (url: string) => url.replace(SPACE, (space) => encodeURIComponent(space));

/**
 * The sources of an image of intrinsic width `width` through `loader`: a
 * `srcset` of the widths of `SRCSET_WIDTHS` below it and of its own width,
 * and `src` at its own width, for browsers without `srcset`. Every URL the
 * loader builds goes through the library's URL policy; one it refuses (or a
 * loader that throws) is left out, with a development warning; without a
 * usable URL at the image's own width, the image keeps its plain `src`
 * (undefined is returned).
 */
export function responsiveSources(
  src: string,
  width: number,
  sizes: string,
  loader: ImageLoader | undefined,
): ResponsiveSources | undefined {
  if (typeof loader !== 'function') return undefined;
  const widths = [...SRCSET_WIDTHS.filter((candidate) => candidate < width), width];
  const candidates: { url: string; width: number }[] = [];
  for (const candidate of widths) {
    let built: unknown;
    try {
      built = loader(src, candidate);
    } catch (error) {
      if (process.env.NODE_ENV !== 'production') {
        warnOnce(
          `imageLoader threw for ${JSON.stringify(src)} at ${candidate} px (${String(error)}); that width is left out.`,
        );
      }
      continue;
    }
    const checked = safeUrl(built);
    const url = checked === undefined ? undefined : srcsetUrl(checked);
    if (url === undefined || SRCSET_UNSAFE.test(url)) {
      if (process.env.NODE_ENV !== 'production') {
        warnOnce(
          `imageLoader gave ${JSON.stringify(built)} for ${JSON.stringify(src)}: not a usable http(s) or relative URL; that width is left out.`,
        );
      }
      continue;
    }
    candidates.push({ url, width: candidate });
  }
  const own = candidates.find((candidate) => candidate.width === width);
  if (own === undefined) return undefined;
  return {
    src: own.url,
    srcSet: candidates.map((candidate) => `${candidate.url} ${candidate.width}w`).join(', '),
    sizes,
  };
}
