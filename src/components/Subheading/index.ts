export type { SlugRegistry, SlugScopeProps } from './SlugScope';
export { createSlugRegistry, SlugScope, useSubheadingId } from './SlugScope';
export type { SubheadingProps, SubheadingSize } from './Subheading';
export { Subheading } from './Subheading';
