import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regExpsInSources, type SourceRegExp } from '../support/source-regexps';

/**
 * Every regular expression of src/ through recheck, a ReDoS checker that
 * runs offline (its Linux binary, or its JavaScript build where there is
 * none): none may backtrack super-linearly, apart from the few listed below
 * with the reason each one is bounded. Literals are read from the sources;
 * patterns built with `new RegExp` are caught as the library builds them,
 * while it imports every module and reads the seed articles.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Patterns that recheck finds super-linear, not rewritten yet: the importer's
 * line classifiers (metadata, quotes, dates, teasers), which each read one
 * line of a scraped text, and one typography rule. Each can still be slow on
 * a long crafted line; they are the next to rewrite as bareKey and the
 * sentence boundary were. A pattern listed here that recheck finds safe fails
 * nothing; any other pattern that it finds unsafe fails the test, so the
 * list can only shrink. Those marked "unknown (timeout)" are ones recheck
 * could not decide within its time limit in one run; a pattern it cannot
 * decide is printed, not failed.
 */
const KNOWN: readonly { file: string; source: string; flags: string }[] = [
  { file: 'src/import/body.ts', source: String.raw`«\s*([^«»]+?)\s*»|“([^“”]+)”|"([^"]+)"`, flags: 'gu' }, // 3rd degree polynomial
  {
    file: 'src/import/boilerplate.ts',
    source: String.raw`^newsletters? (?:[\p{L}\p{N}'’-]+ ?){1,6}$`,
    flags: 'u',
  }, // 6th degree polynomial
  {
    file: 'src/import/frenchDates.ts',
    source: String.raw`\b(?:il y a \d+\s*(?:s|sec|secondes?|min|minutes?|h|heures?|j|jours?)|aujourd'hui|hier|a l'instant)\b`,
    flags: '',
  }, // unknown (timeout)
  {
    file: 'src/import/frenchDates.ts',
    source: String.raw`\b(\d{1,2})(?:er)?\s+(septembre|novembre|decembre|janvier|fevrier|juillet|octobre|avril|janv|fevr|mars|juin|juil|aout|sept|jan|fev|avr|mai|sep|oct|nov|dec)\.?\s+(\d{4})(?:\s*(?:a|,|-|–)?\s*(\d{1,2})\s*(?:h|:)\s*(\d{2})?(?:\s*min)?)?`,
    flags: 'g',
  }, // 2nd degree polynomial (fuzz)
  {
    file: 'src/import/frenchDates.ts',
    source: String.raw`\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b(?:\s*(?:a|,|-|–)?\s*(\d{1,2})\s*(?:h|:)\s*(\d{2})?(?:\s*min)?)?`,
    flags: 'g',
  }, // 2nd degree polynomial
  {
    file: 'src/import/frenchDates.ts',
    source: String.raw`\b(\d{4})-(\d{2})-(\d{2})(?:t|\s)?(?:\s*(?:a|,|-|–)?\s*(\d{1,2})\s*(?:h|:)\s*(\d{2})?(?:\s*min)?)?`,
    flags: 'g',
  }, // 2nd degree polynomial
  {
    file: 'src/import/prompts.ts',
    source: String.raw`^(?:please\s+)?(?:make|write|rewrite|re-write|create|generate|customi[sz]e|translate|paraphrase|rephrase|reword|summari[sz]e|add|use|include|optimi[sz]e|improve|expand|let there be|ensure|do not|don't|keep|give|provide|avoid)\b`,
    flags: 'i',
  }, // unknown (timeout)
  {
    file: 'src/import/quotes.ts',
    source: String.raw`\s(?:lors|dans|devant|pendant|durant|au cours|à l['’]issue|en marge|après|avant|depuis|sur|via|au micro|à la tribune|à la fin|en conférence|en réponse|au terme|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce matin|ce soir|à\s+(?:l['’]AFP|la presse|des journalistes|Bruxelles|Paris|Kiev|Kyiv|Washington))(?![\p{L}\p{N}]).*$`,
    flags: 'u',
  }, // 2nd degree polynomial (fuzz)
  {
    file: 'src/import/quotes.ts',
    source: String.raw`^(.+?)\s+(?:a|ont|avait|avaient|aurait|auraient)\s+(?:(?:encore|également|aussi|ensuite|alors|d['’]abord|enfin|même|notamment|plus tard|toutefois|cependant|néanmoins|ainsi|aussitôt|simplement|récemment|déjà|pourtant|lui-même|elle-même|pour sa part|de son côté|quant à lui|quant à elle|plus tôt|immédiatement|clairement|fermement)\s+)*(?:déclaré|dit|affirmé|souligné|ajouté|expliqué|estimé|indiqué|assuré|insisté|lancé|poursuivi|confié|prévenu|averti|martelé|rappelé|précisé|réagi|conclu|résumé|commenté|répondu|tweeté|écrit|reconnu|admis|promis|noté|observé|jugé|regretté|dénoncé|déploré|annoncé|confirmé|avoué|raconté|témoigné|relevé|remarqué|soutenu|ironisé|demandé|détaillé|glissé|soufflé|lâché|tranché|critiqué|salué|exhorté|plaidé|argué|fait valoir|fait savoir|tonné|fustigé|analysé|développé|rétorqué|objecté|répliqué|protesté|plaisanté|avancé|mis en garde|nuancé|complété|renchéri|enchaîné|signalé|constaté|garanti|proclamé|clamé|confessé|asséné|souri|interrogé|prédit|décrit|redit|souhaité|espéré)(?![\p{L}\p{N}])(.*)$`,
    flags: 'iu',
  }, // 2nd degree polynomial (fuzz)
  {
    file: 'src/import/quotes.ts',
    source: String.raw`^(.+?)\s+(?:déclare|dit|affirme|souligne|ajoute|explique|estime|indique|assure|insiste|lance|poursuit|confie|prévient|avertit|martèle|rappelle|précise|réagit|conclut|résume|commente|répond|tweete|écrit|reconnaît|reconnait|admet|promet|note|observe|juge|regrette|dénonce|déplore|annonce|confirme|avoue|raconte|témoigne|relève|remarque|soutient|ironise|demande|détaille|glisse|souffle|lâche|tranche|critique|salue|exhorte|plaide|argue|fait valoir|fait savoir|tonne|fustige|analyse|développe|rétorque|objecte|réplique|proteste|plaisante|avance|met en garde|sourit|nuance|complète|renchérit|enchaîne|signale|constate|garantit|proclame|clame|interroge|prédit|décrit|souhaite|espère|s[’']exclame|s[’']insurge|s[’']inquiète|s[’']interroge|se félicite|se réjouit|s[’']emporte|s[’']agace|disent|écrivent|préviennent|soutiennent|concluent|poursuivent|réagissent|reconnaissent|admettent|promettent|répondent|avertissent)(?:nt)?(?![\p{L}\p{N}])(.*)$`,
    flags: 'iu',
  }, // 2nd degree polynomial (fuzz)
  {
    file: 'src/import/quotes.ts',
    source: String.raw`^(?:a|ont|avait|avaient|aurait|auraient)\s+(?:(?:encore|également|aussi|ensuite|alors|d['’]abord|enfin|même|notamment|plus tard|toutefois|cependant|néanmoins|ainsi|aussitôt|simplement|récemment|déjà|pourtant|lui-même|elle-même|pour sa part|de son côté|quant à lui|quant à elle|plus tôt|immédiatement|clairement|fermement)\s+)*(?:déclaré|dit|affirmé|souligné|ajouté|expliqué|estimé|indiqué|assuré|insisté|lancé|poursuivi|confié|prévenu|averti|martelé|rappelé|précisé|réagi|conclu|résumé|commenté|répondu|tweeté|écrit|reconnu|admis|promis|noté|observé|jugé|regretté|dénoncé|déploré|annoncé|confirmé|avoué|raconté|témoigné|relevé|remarqué|soutenu|ironisé|demandé|détaillé|glissé|soufflé|lâché|tranché|critiqué|salué|exhorté|plaidé|argué|fait valoir|fait savoir|tonné|fustigé|analysé|développé|rétorqué|objecté|répliqué|protesté|plaisanté|avancé|mis en garde|nuancé|complété|renchéri|enchaîné|signalé|constaté|garanti|proclamé|clamé|confessé|asséné|souri|interrogé|prédit|décrit|redit|souhaité|espéré)\s+(.+)$`,
    flags: 'iu',
  }, // 2nd degree polynomial (fuzz)
  {
    file: 'src/import/quotes.ts',
    source: String.raw`^(?:déclare|dit|affirme|souligne|ajoute|explique|estime|indique|assure|insiste|lance|poursuit|confie|prévient|avertit|martèle|rappelle|précise|réagit|conclut|résume|commente|répond|tweete|écrit|reconnaît|reconnait|admet|promet|note|observe|juge|regrette|dénonce|déplore|annonce|confirme|avoue|raconte|témoigne|relève|remarque|soutient|ironise|demande|détaille|glisse|souffle|lâche|tranche|critique|salue|exhorte|plaide|argue|fait valoir|fait savoir|tonne|fustige|analyse|développe|rétorque|objecte|réplique|proteste|plaisante|avance|met en garde|sourit|nuance|complète|renchérit|enchaîne|signale|constate|garantit|proclame|clame|interroge|prédit|décrit|souhaite|espère|s[’']exclame|s[’']insurge|s[’']inquiète|s[’']interroge|se félicite|se réjouit|s[’']emporte|s[’']agace|disent|écrivent|préviennent|soutiennent|concluent|poursuivent|réagissent|reconnaissent|admettent|promettent|répondent|avertissent)(?:nt)?\s+(?:(?:encore|également|aussi|ensuite|alors|d['’]abord|enfin|même|notamment|plus tard|toutefois|cependant|néanmoins|ainsi|aussitôt|simplement|récemment|déjà|pourtant|lui-même|elle-même|pour sa part|de son côté|quant à lui|quant à elle|plus tôt|immédiatement|clairement|fermement)\s+)*(.+)$`,
    flags: 'iu',
  }, // 2nd degree polynomial (fuzz)
  { file: 'src/import/quotes.ts', source: String.raw`^(?:selon|d['’]après|pour)\s+(.+)$`, flags: 'iu' }, // 2nd degree polynomial
  {
    file: 'src/import/teasers.ts',
    source: String.raw`^(?:article réservé à nos abonnés|réservé aux abonnés|article abonné|abonnés?|premium|exclusif|membres(?: publique)?|publique|vidéo|video|podcast|direct|en direct|live|infographie|diaporama|témoignages?|enquête|analyse|décryptage|tribune|chronique|entretien|récit|reportage|portrait)\s*[:|\-–—]?\s*(?=\S)`,
    flags: 'iu',
  }, // 2nd degree polynomial (fuzz)
  { file: 'src/import/teasers.ts', source: String.raw`^[«"“]\s*(.*?)\s*[»"”]$`, flags: 'u' }, // 3rd degree polynomial
  {
    file: 'src/typography/frenchTypography.ts',
    source: String.raw`(?<=[^\s?!;:])(?<!&#?[a-zA-Z0-9]{1,32})[ \t\u00A0\u2009\u202F]*([;!?])(?=$|[\s?!;:»)\]"”’…])`,
    flags: 'gu',
  }, // 3rd degree polynomial (fuzz)
  {
    file: 'src/import/prompts.ts',
    source: String.raw`^(?:personnalise[rz]?|réécri[rst]z?|réécrivez|reformule[rz]?|tradui[rst]|traduisez|optimise[rz]?)\s+(?:ce|le|cet|l['’])\s*(?:titre|article|texte)(?:\s+en\s+(?:français|anglais))?\s*[:\-–—.]?\s*`,
    flags: 'iu',
  }, // unknown (timeout)
  {
    file: 'src/import/prompts.ts',
    source: String.raw`^(?:sure|certainly|of course|absolutely)\b[!,.]?.{0,120}\b(?:here(?:'s| is)|article|title|version)\b.{0,80}$`,
    flags: 'i',
  }, // unknown (timeout) in another run
  {
    file: 'src/import/teasers.ts',
    source: String.raw`^[\s»>•|\-–—▶►]*(?:[eéèêëEÉÈÊË][nN]\s+[lL][iîïIÎÏ][eéèêëEÉÈÊË][nN]\s+[aàâäAÀÂÄ][vV][eéèêëEÉÈÊË][cçCÇ]\s+[cçCÇ][eéèêëEÉÈÊË][tT]\s+[aàâäAÀÂÄ][rR][tT][iîïIÎÏ][cçCÇ][lL][eéèêëEÉÈÊË]|[aàâäAÀÂÄ]\s+[dD][eéèêëEÉÈÊË][cçCÇ][oôöOÔÖ][uùûüUÙÛÜ][vV][rR][iîïIÎÏ][rR]\s+[eéèêëEÉÈÊË][gG][aàâäAÀÂÄ][lL][eéèêëEÉÈÊË][mM][eéèêëEÉÈÊË][nN][tT]|[pP][oôöOÔÖ][uùûüUÙÛÜ][rR]\s+[aàâäAÀÂÄ][lL][lL][eéèêëEÉÈÊË][rR]\s+[pP][lL][uùûüUÙÛÜ][sS]\s+[lL][oôöOÔÖ][iîïIÎÏ][nN]|[aàâäAÀÂÄ]\s+[dD][eéèêëEÉÈÊË][cçCÇ][oôöOÔÖ][uùûüUÙÛÜ][vV][rR][iîïIÎÏ][rR]\s+[aàâäAÀÂÄ][uùûüUÙÛÜ][sS][sS][iîïIÎÏ]|[sS][uùûüUÙÛÜ][rR]\s+[lL][eéèêëEÉÈÊË]\s+[mM][eéèêëEÉÈÊË][mM][eéèêëEÉÈÊË]\s+[sS][uùûüUÙÛÜ][jJ][eéèêëEÉÈÊË][tT]|[sS][uùûüUÙÛÜ][rR]\s+[lL][eéèêëEÉÈÊË]\s+[mM][eéèêëEÉÈÊË][mM][eéèêëEÉÈÊË]\s+[tT][hH][eéèêëEÉÈÊË][mM][eéèêëEÉÈÊË]|[aàâäAÀÂÄ]\s+[lL][iîïIÎÏ][rR][eéèêëEÉÈÊË]\s+[eéèêëEÉÈÊË][gG][aàâäAÀÂÄ][lL][eéèêëEÉÈÊË][mM][eéèêëEÉÈÊË][nN][tT]|[aàâäAÀÂÄ]\s+[vV][oôöOÔÖ][iîïIÎÏ][rR]\s+[eéèêëEÉÈÊË][gG][aàâäAÀÂÄ][lL][eéèêëEÉÈÊË][mM][eéèêëEÉÈÊË][nN][tT]|[lL][iîïIÎÏ][sS][eéèêëEÉÈÊË][zZ]\s+[eéèêëEÉÈÊË][gG][aàâäAÀÂÄ][lL][eéèêëEÉÈÊË][mM][eéèêëEÉÈÊË][nN][tT]|[dD][eéèêëEÉÈÊË][cçCÇ][oôöOÔÖ][uùûüUÙÛÜ][vV][rR][iîïIÎÏ][rR]\s+[aàâäAÀÂÄ][uùûüUÙÛÜ][sS][sS][iîïIÎÏ]|[lL][iîïIÎÏ][rR][eéèêëEÉÈÊË]\s+[eéèêëEÉÈÊË][gG][aàâäAÀÂÄ][lL][eéèêëEÉÈÊË][mM][eéèêëEÉÈÊË][nN][tT]|[vV][oôöOÔÖ][iîïIÎÏ][rR]\s+[eéèêëEÉÈÊË][gG][aàâäAÀÂÄ][lL][eéèêëEÉÈÊË][mM][eéèêëEÉÈÊË][nN][tT]|[aàâäAÀÂÄ]\s+[lL][iîïIÎÏ][rR][eéèêëEÉÈÊË]\s+[aàâäAÀÂÄ][uùûüUÙÛÜ][sS][sS][iîïIÎÏ]|[aàâäAÀÂÄ]\s+[vV][oôöOÔÖ][iîïIÎÏ][rR]\s+[aàâäAÀÂÄ][uùûüUÙÛÜ][sS][sS][iîïIÎÏ]|[lL][iîïIÎÏ][sS][eéèêëEÉÈÊË][zZ]\s+[aàâäAÀÂÄ][uùûüUÙÛÜ][sS][sS][iîïIÎÏ]|[aàâäAÀÂÄ]\s+[dD][eéèêëEÉÈÊË][cçCÇ][oôöOÔÖ][uùûüUÙÛÜ][vV][rR][iîïIÎÏ][rR]|[lL][iîïIÎÏ][rR][eéèêëEÉÈÊË]\s+[aàâäAÀÂÄ][uùûüUÙÛÜ][sS][sS][iîïIÎÏ]|[vV][oôöOÔÖ][iîïIÎÏ][rR]\s+[aàâäAÀÂÄ][uùûüUÙÛÜ][sS][sS][iîïIÎÏ]|[rR][eéèêëEÉÈÊË][aàâäAÀÂÄ][dD]\s+[aàâäAÀÂÄ][lL][sS][oôöOÔÖ]|[rR][eéèêëEÉÈÊË][aàâäAÀÂÄ][dD]\s+[mM][oôöOÔÖ][rR][eéèêëEÉÈÊË]|[aàâäAÀÂÄ]\s+[rR][eéèêëEÉÈÊË][lL][iîïIÎÏ][rR][eéèêëEÉÈÊË]|[sS][eéèêëEÉÈÊË][eéèêëEÉÈÊË]\s+[aàâäAÀÂÄ][lL][sS][oôöOÔÖ]|[aàâäAÀÂÄ]\s+[lL][iîïIÎÏ][rR][eéèêëEÉÈÊË]|[rR][eéèêëEÉÈÊË][lL][iîïIÎÏ][rR][eéèêëEÉÈÊË])(?:\s*[:|>»\-–—.]+\s*|\s+(?=[\p{Lu}\p{N}«"“])|(?=\p{Lu}\p{Ll}))(.+)$`,
    flags: 'u',
  }, // 2nd degree polynomial (fuzz)
  { file: 'src/import/punctuation.ts', source: String.raw`([.!?…])(?:\s+\.(?!\.))+`, flags: 'g' }, // 2nd degree polynomial (fuzz)
];
const isKnown = (pattern: SourceRegExp) =>
  KNOWN.some(
    (known) =>
      pattern.where.startsWith(`${known.file}:`) &&
      known.source === pattern.source &&
      known.flags === pattern.flags,
  );

const { literals, constructed } = regExpsInSources();
const built = new Map<string, SourceRegExp>();

beforeAll(async () => {
  const Original = RegExp;
  // Catches `new RegExp(…)` and `RegExp(…)` in the library's modules; literals do not call the constructor.
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(target, args, newTarget) as RegExp;
      const frame = new Error().stack?.split('\n').find((line) => line.includes(`${path.sep}src${path.sep}`));
      const where = frame ? /(src\/[^:)]+):(\d+)/.exec(frame.replaceAll(path.sep, '/')) : null;
      if (where)
        built.set(`${made.source}/${made.flags}`, {
          where: `${where[1]}:${where[2]}`,
          source: made.source,
          flags: made.flags,
        });
      return made;
    },
    apply(target, _this, args) {
      return Reflect.construct(target, args) as RegExp;
    },
  });
  try {
    const modules = await Promise.all([
      import('../../src/index'),
      import('../../src/server'),
      import('../../src/import'),
    ]);
    const [library, server, importer] = modules;
    const { exampleSite, seedFixtures } = await import('../../fixtures');
    for (const file of readdirSync(path.join(ROOT, 'fixtures/raw'))) {
      importer.parseArticleText(readFileSync(path.join(ROOT, 'fixtures/raw', file), 'utf8'), {
        url: 'https://www.lequotidien.example/a',
      });
    }
    for (const seed of seedFixtures) {
      server.renderArticleDocument({ article: seed.article, site: exampleSite, related: [...seed.related] });
      library.auditArticle(seed.article, exampleSite);
      library.frenchTypography(
        '« Bonjour » : 300000 € et 300 000 habitants et 3 500 euros ; 75001 Paris, voir https://exemple.fr !',
      );
    }
  } finally {
    globalThis.RegExp = Original;
  }
}, 120_000);

afterAll(() => {
  process.stdout.write(
    `regular expressions checked by recheck: ${literals.length} literals, ${built.size} built; ${undecided.length} undecided (its automaton checker does not take lookarounds or back-references, or ran out of time): ${undecided.join(', ')}\n`,
  );
});

const undecided: string[] = [];

/** recheck's verdict on a pattern: a description when it is super-linear, undefined when safe. */
function verdict(pattern: SourceRegExp): string | undefined {
  const result = checkSync(pattern.source, pattern.flags, { checker: 'automaton', timeout: 5000 });
  if (result.status === 'safe') return undefined;
  if (result.status === 'unknown') {
    // A lookaround or back-reference, which the automaton checker does not take, or out of time on a
    // busy machine: said, not failed. The fuzzing checker decides more but not the same way twice.
    undecided.push(`${pattern.where} (${result.error.kind})`);
    return undefined;
  }
  return `${pattern.where} /${pattern.source}/${pattern.flags}: ${result.complexity.summary}`;
}

describe('every regular expression in src/ runs in linear time', () => {
  it('recheck tells the end-anchored trim the importer had from its loop-free replacement', () => {
    expect(verdict({ where: 'example', source: '[^\\p{L}\\p{N}+]+$', flags: 'u' })).toMatch(/polynomial/);
    expect(verdict({ where: 'example', source: '^[^\\p{L}\\p{N}]+', flags: 'u' })).toBeUndefined();
  }, 60_000);

  it('lists as known only patterns that are in the sources', () => {
    const all = [...literals, ...built.values()];
    expect(
      KNOWN.filter((known) => !all.some((pattern) => isKnown(pattern) && pattern.source === known.source)),
    ).toEqual([]);
  });

  it('sees every place that builds one with new RegExp', () => {
    const seen = new Set([...built.values()].map((pattern) => pattern.where));
    expect(constructed.filter((where) => !seen.has(where))).toEqual([]);
  });

  const CHUNKS = 6;
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    it(`recheck finds no super-linear pattern (part ${chunk + 1} of ${CHUNKS})`, () => {
      const all = [...literals, ...built.values()];
      const part = all.filter((_, index) => index % CHUNKS === chunk);
      const found = part
        .filter((pattern) => !isKnown(pattern))
        .map(verdict)
        .filter((problem) => problem !== undefined);
      expect(found).toEqual([]);
    }, 300_000);
  }
});
