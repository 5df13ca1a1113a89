export { ContextScope } from './ContextScope';
export {
  HeadingLevelContext,
  SlugRegistryContext,
  serverComponentsReact,
  TextLanguageContext,
  useRawHeadingLevel,
  useSlugRegistry,
  useTextLanguage,
} from './contexts';
