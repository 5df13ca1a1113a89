export { isLanguageTag } from '../../text';
export type { RichTextProps } from './RichText';
export { RichText } from './RichText';
export { frenchPartLang, languageTagOf, TextLanguageContext, useTextLanguage } from './TextLanguageContext';
