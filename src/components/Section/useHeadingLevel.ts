'use client';

import { useRawHeadingLevel } from '../context/contexts';
import { clampHeadingLevel, DEFAULT_HEADING_LEVEL, type HeadingLevel } from './headingLevel';

/**
 * The level a heading rendered here should use: `2` outside any `Section`,
 * one more for each `Section` around it, clamped to 1..6. A hook, so for
 * client components; a Server Component passes levels as props.
 */
export function useHeadingLevel(): HeadingLevel {
  return clampHeadingLevel(useRawHeadingLevel() ?? DEFAULT_HEADING_LEVEL);
}
