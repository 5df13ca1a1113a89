import { isLanguageTag } from '../../text';
import { isFrenchLanguage } from '../../typography';

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
