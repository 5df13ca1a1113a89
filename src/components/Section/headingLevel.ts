import { warnOnce } from '../../dev';

/** A heading level from `h1` to `h6`. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The level a heading gets where no `Section` or `ArticleLayout` says
 * otherwise: the host page is assumed to own the `h1`.
 */
export const DEFAULT_HEADING_LEVEL = 2;

/** Clamps any number to a valid heading level, warning in development when it had to. */
export function clampHeadingLevel(level: number): HeadingLevel {
  if (!Number.isFinite(level) || level < 1) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(`heading level ${String(level)} is below 1; h1 is used instead.`);
    }
    return 1;
  }
  if (level > 6) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        `heading level ${level} would pass h6; h6 is used instead. Lower the base level (headingLevel) or nest fewer sections.`,
      );
    }
    return 6;
  }
  return Math.floor(level) as HeadingLevel;
}
