export { isLanguageTag } from '../../text';
export { frenchPartLang, languageTagOf } from './language';
export type { RichTextProps } from './RichText';
export { RichText } from './RichText';
