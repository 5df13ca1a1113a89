import { createContext, useContext } from 'react';
import { isLanguageTag } from '../../text';
import { isFrenchLanguage } from '../../typography';

// The language of the text being rendered, as ArticleLayout sets it from the
// article; undefined outside one, where the library's default, French, applies.
const TextLanguageContext = createContext<string | undefined>(undefined);
TextLanguageContext.displayName = 'TextLanguageContext';

/** The BCP 47 language of the text around, `undefined` (French) outside any ArticleLayout. */
export function useTextLanguage(): string | undefined {
  return useContext(TextLanguageContext);
}

/** The trimmed language tag, or undefined when the value cannot be a `lang`. */
export function languageTagOf(value: unknown): string | undefined {
  const tag = typeof value === 'string' ? value.trim() : value;
  return isLanguageTag(tag) ? tag : undefined;
}

/**
 * The `lang` that the library's own French words (« Publié le », a date)
 * need where the text around is in another language; none inside French.
 */
export function frenchPartLang(languageAround: string | undefined): 'fr' | undefined {
  return isFrenchLanguage(languageAround) ? undefined : 'fr';
}

export { TextLanguageContext };
