import * as React from 'react';
import { IMAGE_SIZES, type ImageLoader, responsiveSources } from '../../images';
import type { ImageAsset } from '../../model';
import { typographyFor } from '../../typography';
import { usableImage } from './images';

// React 19 knows `fetchPriority`; React 18 only passes the attribute through in lower case.
const highPriority: Record<string, string> = React.version.startsWith('18.')
  ? { fetchpriority: 'high' }
  : { fetchPriority: 'high' };

export interface ArticleFigureProps {
  image: ImageAsset | undefined;
  /** The lead image: fetched first and never lazily, as it is usually the largest paint. */
  lead?: boolean;
  /** The article's language, for the typography of the caption and credit. */
  language: string | undefined;
  /** Builds the URLs of `srcset`; without it the image has its one `src`. */
  imageLoader?: ImageLoader | undefined;
}

/** A figure with its image, caption (légende) and credit (crédit), or nothing when the image is unusable. */
export function ArticleFigure({ image, lead = false, language, imageLoader }: ArticleFigureProps) {
  const typeset = typographyFor(language);
  const usable = usableImage(image, lead ? 'lead' : 'body');
  if (!usable) return null;
  const { src, width, height, alt, caption, credit } = usable;
  const responsive = responsiveSources(src, width, lead ? IMAGE_SIZES.lead : IMAGE_SIZES.body, imageLoader);
  return (
    <figure data-part="figure" data-lead={lead ? '' : undefined}>
      <img
        src={responsive?.src ?? src}
        {...(responsive ? { srcSet: responsive.srcSet, sizes: responsive.sizes } : {})}
        width={width}
        height={height}
        alt={alt}
        decoding="async"
        {...(lead ? highPriority : { loading: 'lazy' as const })}
      />
      {caption || credit ? (
        <figcaption>
          {caption ? <span>{typeset(caption)}</span> : null}
          {caption && credit ? ' ' : null}
          {credit ? <small>{typeset(credit)}</small> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
