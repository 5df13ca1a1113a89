export type { HeadingLevel } from './headingLevel';
export { clampHeadingLevel, DEFAULT_HEADING_LEVEL } from './headingLevel';
export type { SectionProps } from './Section';
export { Section } from './Section';
export { useHeadingLevel } from './useHeadingLevel';
