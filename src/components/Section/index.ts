export type { HeadingLevel } from './HeadingLevelContext';
export {
  clampHeadingLevel,
  DEFAULT_HEADING_LEVEL,
  HeadingLevelContext,
  useHeadingLevel,
  useRawHeadingLevel,
} from './HeadingLevelContext';
export type { SectionProps } from './Section';
export { Section } from './Section';
