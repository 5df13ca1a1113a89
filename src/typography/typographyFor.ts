import { cleanText } from '../text/cleanText';
import { frenchTitleTypography, frenchTypography } from './frenchTypography';

// "fr", "fr-FR", "fr-CA", and the Open Graph spelling "fr_FR".
const FRENCH = /^fr(?:[-_]|$)/i;

/**
 * Whether text in this BCP 47 language takes French typography. No tag (or
 * a blank one) means the library's default language, French.
 */
export function isFrenchLanguage(lang: string | undefined): boolean {
  if (typeof lang !== 'string' || lang.trim() === '') return true;
  return FRENCH.test(lang.trim());
}

// Other languages' conventions are not the library's to impose: their text
// is shown as the writer typed it, less what HTML forbids.
function asTyped(text: string): string {
  return cleanText(text);
}

// Every text a component prints goes through its typography, so this is the
// one place where control characters and non-characters are kept out of the page.
function frenchText(text: string): string {
  return frenchTypography(cleanText(text));
}

/**
 * The typography for text in a language: `frenchTypography` for French
 * (`fr`, `fr-FR`, `fr-CA`…, or no language given), the text as typed for any
 * other language, whose spacing rules differ ("Ready?" keeps its `?` tight).
 * Either way the text is first cleaned by `cleanText`: control characters and
 * Unicode non-characters, which an HTML page may not hold, are dropped.
 *
 * @example
 * typographyFor('fr-FR')('Prêt ?'); // 'Prêt\u202F?'
 * typographyFor('en-GB')('Ready? "Yes"'); // 'Ready? "Yes"'
 */
export function typographyFor(lang?: string): (text: string) => string {
  return isFrenchLanguage(lang) ? frenchText : asTyped;
}

function frenchTitle(text: string): string {
  return frenchTitleTypography(cleanText(text));
}

/**
 * `typographyFor` for a title (a headline, a standfirst, a teaser's title):
 * in French, a one-letter word also stays with the next one
 * (`frenchTitleTypography`).
 */
export function titleTypographyFor(lang?: string): (text: string) => string {
  return isFrenchLanguage(lang) ? frenchTitle : asTyped;
}
