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

// Letter patterns of English spelling that French words rarely have:
// "news", "ransomware", "going", "health", "street", "book", "maybe".
const ENGLISH_SPELLING = /w|k|th|sh|ee|oo|ck|ing$|(?<!e)ea|[^aeiouy]y$/u;
const ACCENTED = /[àâäçéèêëîïôöùûüÿœæ]/u;
const MAX_SHORT_WORDS = 12;

/**
 * The language of a few words ("fake news", « Going native », "Maybe worth
 * considering chloroquine for C19 https://…") too short for
 * `detectForeignLanguage`: English when no word is French (no accent, no
 * French function word) and an English function word or English spelling
 * marks half of the words (a third, with a function word, past four words); links, handles, hashtags and figures are left
 * out. Only English is told this way; undefined otherwise.
 */
export function detectForeignWords(text: string, baseLanguage: string): string | undefined {
  if (primarySubtag(baseLanguage) === 'en' || !canDetectAgainst(baseLanguage)) return undefined;
  const kept = text
    .split(/\s+/u)
    .filter((word) => word !== '' && !/^(?:https?:|www\.|[@#])/iu.test(word) && !/\d/u.test(word))
    .join(' ');
  const words = tokens(kept);
  if (words.length === 0 || words.length > MAX_SHORT_WORDS) return undefined;
  // One word alone must be long enough for its spelling to say something ("Ikal" does not).
  if (words.length === 1 && (words[0]?.length ?? 0) < 6) return undefined;
  if (words.some((word) => ACCENTED.test(word) || FRENCH.has(word))) return undefined;
  const english = FUNCTION_WORDS.en;
  const marked = words.filter((word) => word.length >= 3 && ENGLISH_SPELLING.test(word)).length;
  const hasFunctionWord = words.some((word) => english?.has(word));
  if (words.length <= 4) return hasFunctionWord || marked * 2 >= words.length ? 'en' : undefined;
  return hasFunctionWord && marked * 3 >= words.length ? 'en' : undefined;
}
