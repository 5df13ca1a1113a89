export type { SlugScopeProps } from './SlugScope';
export { SlugScope } from './SlugScope';
export type { SubheadingProps, SubheadingSize } from './Subheading';
export { Subheading, SubheadingContent } from './Subheading';
export type { SlugRegistry } from './slugRegistry';
export { createSlugRegistry } from './slugRegistry';
export { useSubheadingId } from './useSubheadingId';
