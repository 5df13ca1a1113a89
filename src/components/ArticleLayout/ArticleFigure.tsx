import * as React from 'react';
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
}

/** A figure with its image, caption (légende) and credit (crédit), or nothing when the image is unusable. */
export function ArticleFigure({ image, lead = false, language }: ArticleFigureProps) {
  const typeset = typographyFor(language);
  const usable = usableImage(image, lead ? 'lead' : 'body');
  if (!usable) return null;
  const { src, width, height, alt, caption, credit } = usable;
  return (
    <figure data-part="figure" data-lead={lead ? '' : undefined}>
      <img
        src={src}
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
