export { cleanText, dropForbiddenCodePoints, isBlank, nonBlankText } from './cleanText';
export type { ReadingTimeOptions } from './countWords';
export { countWords, readingTime } from './countWords';
export { isLanguageTag, isOpenGraphLocale } from './languageTag';
export { blockToPlainText, richTextToPlainText } from './plainText';
export type { Slugger } from './slugify';
export { createSlugger, explicitId, fragmentOf, slugify } from './slugify';
export { trimEndMatching, trimStartMatching } from './trimRun';
