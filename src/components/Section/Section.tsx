'use client';

import type * as React from 'react';
import { warnOnce } from '../../dev';
import { clientProvider, HeadingLevelContext, useRawHeadingLevel } from '../context/contexts';
import { clampHeadingLevel, DEFAULT_HEADING_LEVEL } from './headingLevel';

export interface SectionProps extends React.ComponentPropsWithoutRef<'section'> {
  /**
   * Heading level for the headings directly inside. Without it the level is
   * one more than around the section. Setting it deeper than that skips a
   * level and warns in development.
   * @default the surrounding level + 1
   */
  level?: number;
  /**
   * Element to render: a `section`, a `div`, or `false` for the context alone
   * (no element), when the markup already has a sectioning element.
   * @default 'section'
   */
  as?: 'section' | 'div' | false;
}

/**
 * A part of the document one heading level down. Every `Subheading`,
 * `RelatedArticles` or `useHeadingLevel` heading inside takes the new level.
 * A client component: it passes the level through context, which only client
 * components read (in a Server Component, give `Subheading` its `level`).
 *
 * @example
 * <Section aria-labelledby="analyse">
 *   <Subheading id="analyse">Analyse</Subheading>
 *   <Section>
 *     <Subheading>Les réactions</Subheading>
 *   </Section>
 * </Section>
 */
function Section({ level, as = 'section', children, ...rest }: SectionProps) {
  const outer = useRawHeadingLevel();
  // Outside any section, headings here would be h2; a section inside them is h3.
  const expected = (outer ?? DEFAULT_HEADING_LEVEL) + 1;
  const inner = level ?? expected;
  if (
    process.env.NODE_ENV !== 'production' &&
    level !== undefined &&
    outer !== undefined &&
    level > outer + 1
  ) {
    warnOnce(`a Section sets level ${level} inside level ${outer}: heading level ${outer + 1} is skipped.`);
  }
  const HeadingLevelProvider = clientProvider(HeadingLevelContext);
  const provided = <HeadingLevelProvider value={inner}>{children}</HeadingLevelProvider>;
  if (as === false) return provided;
  const Element = as;
  return (
    <Element data-level={clampHeadingLevel(inner)} {...rest}>
      {provided}
    </Element>
  );
}

export { Section };
