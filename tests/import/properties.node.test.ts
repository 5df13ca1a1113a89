import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../src/import';
import type { Article } from '../../src/model';
import { blockToPlainText } from '../../src/text';

// French-like sentences from a small grammar: subject, verb, object,
// complement, and a number that makes each one unique.
const SUBJECTS = [
  'Le ministre de l’Intérieur',
  'La commission des finances',
  'Les députés de la majorité',
  'Le gouvernement',
  'Une délégation européenne',
  'Les syndicats de cheminots',
  'Le conseil municipal de Lyon',
  'La présidente de la région',
  'Les agriculteurs bretons',
  'Le tribunal administratif',
];
const VERBS = [
  'a présenté',
  'examine',
  'a rejeté',
  'prépare',
  'défend',
  'a confirmé',
  'conteste',
  'a voté',
  'réclame',
  'étudie',
];
const OBJECTS = [
  'un nouveau plan de financement',
  'la réforme des retraites',
  'un projet de loi sur l’énergie',
  'des mesures pour les familles',
  'le budget de la sécurité sociale',
  'une hausse des salaires',
  'la fermeture de la ligne ferroviaire',
  'un accord avec les élus locaux',
];
const COMPLEMENTS = [
  'mardi à Paris',
  'après de longues discussions',
  'selon plusieurs sources proches du dossier',
  'pour la deuxième fois cette année',
  'devant la presse',
  'malgré l’opposition des écologistes',
  'lors d’une séance agitée',
  'dans un communiqué publié jeudi',
];
const ENDINGS = ['.', '.', '.', ' ?', ' !'];

const sentence = fc
  .record({
    subject: fc.constantFrom(...SUBJECTS),
    verb: fc.constantFrom(...VERBS),
    object: fc.constantFrom(...OBJECTS),
    complement: fc.constantFrom(...COMPLEMENTS),
    amount: fc.integer({ min: 2, max: 999 }),
    ending: fc.constantFrom(...ENDINGS),
  })
  .map(
    ({ subject, verb, object, complement, amount, ending }) =>
      `${subject} ${verb} ${object} de ${amount} millions d’euros ${complement}${ending}`,
  );

const headline = fc
  .record({
    subject: fc.constantFrom(...SUBJECTS),
    verb: fc.constantFrom(...VERBS),
    object: fc.constantFrom(...OBJECTS),
  })
  .map(({ subject, verb, object }) => `${subject} ${verb} ${object}`);

// Page furniture of every family, and metadata lines that are not body text.
const FURNITURE = [
  'PUBLICITÉ',
  'Publicité',
  'Contenu sponsorisé',
  'La suite après cette publicité',
  'Partager cet article',
  'Partager cet article Close Button',
  'Copier le lien',
  'Lien copié',
  'Tweeter',
  'Facebook Twitter WhatsApp E-mail',
  '12 commentaires',
  'Réagir',
  'Leave A Reply',
  'Laisser un commentaire',
  'Inscrivez-vous à notre newsletter',
  'Abonnez-vous',
  'Accepter les cookies',
  'Paramétrer les cookies',
  'Aller au contenu',
  'Accéder aux raccourcis d’accessibilité',
  'Menu',
  'Rechercher',
  'Se connecter',
  'Suivez-nous',
  'Accueil > Politique > Économie',
  'Membres Publique',
  'Réservé aux abonnés',
  'Il vous reste 64% de cet article à lire.',
  'Écouter cet article',
  'Temps de lecture : 3 min',
  'Source link -57',
  'Spread the love',
  'Social Media Auto Publish Powered By : XYZScripts.com',
  'Loader',
  'a',
  'Tous droits réservés EBU',
  '© AFP',
  'Publié le Mis à jour',
];

interface Generated {
  headline: string;
  paragraphs: string[][];
  furniture: { at: number; line: string }[];
  lineBreak: string;
  paragraphBreak: string;
}

const generated = fc.record({
  headline,
  paragraphs: fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
  furniture: fc.array(fc.record({ at: fc.nat(), line: fc.constantFrom(...FURNITURE) }), { maxLength: 10 }),
  lineBreak: fc.constantFrom('\n', '\r\n', '\r'),
  paragraphBreak: fc.constantFrom('blank', 'single', 'blank-with-spaces'),
});

function render(article: Generated): string {
  const blocks = [article.headline, ...article.paragraphs.map((sentences) => sentences.join(' '))];
  for (const { at, line } of article.furniture) blocks.splice(at % (blocks.length + 1), 0, line);
  const { lineBreak } = article;
  const separator = {
    blank: lineBreak + lineBreak,
    single: lineBreak,
    'blank-with-spaces': `  ${lineBreak}\u00A0${lineBreak}`,
  }[article.paragraphBreak];
  return blocks.join(separator ?? lineBreak);
}

function output(article: Article): string[] {
  return [article.headline, article.standfirst ?? '', ...article.body.map(blockToPlainText)];
}

describe('parseArticleText properties', () => {
  it('never throws, on any string and any options', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc
            .array(
              fc.oneof(fc.constantFrom(...FURNITURE, '«', '»', '"', 'Lire aussi', '- ', '1. ', ''), sentence),
              { maxLength: 20 },
            )
            .map((lines) => lines.join('\n')),
        ),
        fc.record(
          {
            url: fc.oneof(fc.webUrl(), fc.string()),
            datePublished: fc.oneof(
              fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
              fc.string(),
            ),
            language: fc.constantFrom('fr-FR', 'en', 'de', 'xx', ''),
            timeZone: fc.constantFrom('Europe/Paris', 'UTC', 'Not/AZone'),
          },
          { requiredKeys: [] },
        ),
        (raw, options) => {
          const result = parseArticleText(raw, options);
          expect(typeof result.article.headline).toBe('string');
          expect(Array.isArray(result.article.body)).toBe(true);
          // The result is plain data.
          expect(JSON.parse(JSON.stringify(result))).toEqual(result);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every sentence of the text and no line of page furniture', () => {
    fc.assert(
      fc.property(generated, (article) => {
        const { article: parsed } = parseArticleText(render(article));
        const texts = output(parsed);
        const all = texts.join('\n');
        expect(parsed.headline).toBe(article.headline);
        for (const sentences of article.paragraphs) {
          for (const written of sentences) expect(all).toContain(written);
        }
        for (const { line } of article.furniture) {
          expect(texts).not.toContain(line);
          if (line.length > 3) expect(all).not.toContain(line);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the paragraphs as written, in order', () => {
    fc.assert(
      fc.property(generated, (article) => {
        const { article: parsed } = parseArticleText(render(article));
        const paragraphs = [parsed.standfirst, ...parsed.body.map(blockToPlainText)].filter(
          (text): text is string => text !== undefined,
        );
        expect(paragraphs).toEqual(article.paragraphs.map((sentences) => sentences.join(' ')));
      }),
      { numRuns: 200 },
    );
  });
});
