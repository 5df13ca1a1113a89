import type * as React from 'react';
import { useHeadingLevel } from '../../src/components/Section';

/**
 * A heading of the review panels at the level the surrounding `Section`
 * gives (h2 at the top), so that a panel placed under an article continues
 * its outline instead of breaking it.
 */
export function Heading({ children, ...rest }: React.ComponentPropsWithoutRef<'h2'>) {
  const Tag = `h${useHeadingLevel()}` as const;
  return <Tag {...rest}>{children}</Tag>;
}
