// Function words: frequent, short, and (in each list) not words of French,
// so that a French sentence quoting an English title ("The Guardian") is not
// taken for English. Counting them is enough to tell a sentence's language
// among a handful; trigram models (franc and the like) weigh tens of
// kilobytes in every bundle and are unreliable on one sentence.
const FRENCH = new Set(
  'le la les des du un une et est sont dans pour que qui pas sur au aux avec ce cette ces il elle ils elles nous vous été était ont sa son ses leur leurs mais ou où par plus se ne lors selon depuis aussi très entre après avant sans sous comme dont à l d qu c j n s y ainsi donc alors être avoir fait peut'.split(
    ' ',
  ),
);

// Words that French shares with another list count for French only.
function foreignWords(words: string): ReadonlySet<string> {
  return new Set(words.split(' ').filter((word) => !FRENCH.has(word)));
}

const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  fr: FRENCH,
  en: foreignWords(
    'the and of to is are was were be been being has have had with that this these those which who whom would will should could from by for at it its not their they them some such during against beyond using about into than there what when where while after before over under our we you he she his her all also said says include including may might can does did do any each other more most only own same very just',
  ),
  de: foreignWords(
    'der die das und ist nicht mit von zu den dem ein eine einen einem auf für sich auch wir ich sie es wird werden wurde haben hat sind war bei nach aus oder aber noch wie nur dass über unter zwischen durch gegen ohne schon sehr',
  ),
  es: foreignWords(
    'el los las del con para por una uno lo como pero más está están fue ser han ha sus muy también sin sobre entre cuando donde hay ellos este esta estos estas eso porque desde hasta según',
  ),
  it: foreignWords(
    'il lo gli della delle degli dei che è sono con per una uno non come anche nel nella alla alle dal dalla più questo questa essere stato hanno ha sul sulla perché quando però',
  ),
};

const MIN_WORDS = 5;
const MIN_MARKERS = 3;

function tokens(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/** Whether the importer can tell passages in other languages from this base language. */
export function canDetectAgainst(baseLanguage: string): boolean {
  return primarySubtag(baseLanguage) in FUNCTION_WORDS;
}

/** "fr-FR" → "fr". */
function primarySubtag(language: string): string {
  return language.toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The language of a passage when it is clearly not the base language: at
 * least five words, three function words of another language, and more
 * than twice as many of them as of the base language's. Returns undefined
 * when the passage is in the base language or too short to tell.
 */
export function detectForeignLanguage(text: string, baseLanguage: string): string | undefined {
  const base = primarySubtag(baseLanguage);
  const baseWords = FUNCTION_WORDS[base];
  if (!baseWords) return undefined;
  const words = tokens(text);
  if (words.length < MIN_WORDS) return undefined;
  const baseScore = words.filter((word) => baseWords.has(word)).length;
  let best: { language: string; score: number } | undefined;
  for (const [language, list] of Object.entries(FUNCTION_WORDS)) {
    if (language === base) continue;
    const score = words.filter((word) => list.has(word)).length;
    if (!best || score > best.score) best = { language, score };
  }
  if (!best || best.score < MIN_MARKERS || best.score <= 2 * baseScore) return undefined;
  return best.score / words.length >= 0.2 ? best.language : undefined;
}
