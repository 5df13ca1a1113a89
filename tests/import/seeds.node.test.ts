import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedFixtures } from '../../fixtures';
import { parseArticleText } from '../../src/import';
import type { Article, Block, ForeignMark, QuoteBlockData } from '../../src/model';
import { parseArticle } from '../../src/model';
import { blockToPlainText, richTextToPlainText } from '../../src/text';

const rawDir = path.resolve(import.meta.dirname, '../../fixtures/raw');
const raw = (name: string) => readFileSync(path.join(rawDir, name), 'utf8');
const parse = (name: string) => parseArticleText(raw(name));

const SEED_000 = '000_e82dbfc24d7f70c7.txt';
const SEED_001 = '001_741738519dd7f807.txt';
const SEED_002 = '002_a76a775972527e78.txt';
const SEED_003 = '003_3053ab0af74e4a7e.txt';
const SEED_004 = '004_00b97caec0369388.txt';

/** Everything a reader of the article would see, as one string. */
function allText(article: Article): string {
  return [
    article.headline,
    article.standfirst ?? '',
    ...article.body.map(blockToPlainText),
    ...article.body.map((block) => (block.type === 'quote' ? (block.attribution?.name ?? '') : '')),
    article.source?.name ?? '',
    ...(article.authors ?? []).map((author) => author.name),
  ].join('\n');
}

// Typography differs between the scraped text and the hand-curated data
// (apostrophes, guillemets, no-break spaces): compare words, not glyphs.
function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00A0\u202F\u2009]/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/[«»“”"]/g, '"')
    .replace(/"\s+/g, '"')
    .replace(/\s+"/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const quotes = (article: Article) =>
  article.body.filter((block): block is QuoteBlockData => block.type === 'quote');
const paragraphs = (article: Article) =>
  article.body.filter((block) => block.type === 'paragraph').map((block) => blockToPlainText(block));

// Lines of each raw seed that are page furniture, teasers or metadata: none
// may be left in the article. Checked by reading the raw files.
const DROPPED: Record<string, string[]> = {
  [SEED_000]: [
    'Customize this title',
    'Make this article seo compatible',
    'PUBLICITÉ',
    'Source link',
    '-57',
    '. .',
  ],
  [SEED_001]: [
    'Aller au contenu',
    '- Engagement',
    'Lire aussi',
    'commentaires',
    'Dernier',
    'Sur cette photo illustrative',
    'Telegram',
    'Membres Publique',
    'Duterte',
  ],
  [SEED_002]: [
    'Newsletter',
    'Africanews',
    'Loader',
    'Suivez-nous',
    'Publicité',
    'PUBLICITÉ',
    'Tous droits réservés',
    'Par Euronews',
    'Publié le',
    'Mis à jour',
    'Partager',
    'Close Button',
    'Copy to clipboard',
    'Lien copié',
    'Accéder aux raccourcis',
    'À découvrir également',
    'Mark Rutte',
    'objectif climatique 2040',
    'a rencontré le secrétaire à la Défense américain',
  ],
  [SEED_003]: ['Source: AA', 'De la même section'],
  [SEED_004]: [
    'Spread the love',
    'Leave A Reply',
    'Social Media Auto Publish',
    'XYZScripts',
    'Source : OTAN',
  ],
};

describe('parseArticleText on the five raw seeds', () => {
  it.each(Object.keys(DROPPED))(
    'leaves no boilerplate, teaser or metadata line of %s in the article',
    (name) => {
      const text = allText(parse(name).article);
      for (const dropped of DROPPED[name] ?? []) expect(text).not.toContain(dropped);
    },
  );

  it('seed 000: cuts the prompt glued to the headline, drops the instructions, finds the chapô and two speakers', () => {
    const { article, diagnostics } = parse(SEED_000);
    expect(article.headline).toBe(
      'L’OTAN réitère son soutien à Kiev lors de la réunion du Conseil OTAN-Ukraine',
    );
    expect(article.standfirst).toBe(
      'Le secrétaire général de l’OTAN, Jens Stoltenberg, a réitéré son soutien à l’Ukraine et à ses espoirs de rejoindre l’alliance militaire.',
    );
    expect(diagnostics.find((d) => d.code === 'headline-prompt-removed')?.lines[0]?.number).toBe(1);
    expect(diagnostics.find((d) => d.code === 'writing-prompt')?.lines[0]?.number).toBe(3);

    const [kuleba, nous, toutCela] = quotes(article);
    expect(kuleba?.text).toMatch(/^Il ne serait pas exagéré .* d’Europe$/);
    expect(kuleba?.attribution).toEqual({
      name: 'Dmytro Kuleba',
      role: 'ministre des Affaires étrangères de Kiev',
    });
    expect(nous?.text).toMatch(/^Nous restons inébranlables/);
    expect(nous?.attribution).toEqual({ name: 'Jens Stoltenberg', role: 'secrétaire général de l’OTAN' });
    expect(toutCela?.attribution?.name).toBe('Jens Stoltenberg');
    expect(quotes(article)).toHaveLength(3);

    // "a-t-il déclaré. ." is repaired inside the quotation's paragraph; mixed paragraphs stay paragraphs.
    expect(JSON.stringify(article)).not.toMatch(/\.\s+\./);
    expect(paragraphs(article)).toContain(
      'Lors de la réunion, les alliés de l’OTAN se sont engagés à « rester fermes dans leur engagement à intensifier davantage leur soutien politique et pratique à l’Ukraine ».',
    );
    expect(paragraphs(article)).toHaveLength(7);
  });

  it('seed 001: drops the navigation and the repeated headline, finds the subheading, the English sentence and the teasers', () => {
    const { article, teasers } = parse(SEED_001);
    expect(article.headline).toBe(
      "Engagement des alliés de l'OTAN: Assurance d'une aide militaire supplémentaire à l'Ukraine",
    );
    expect(article.standfirst).toBe(
      "Les récents assauts de missiles et de drones russes influencent considérablement l'Ukraine. Le Conseil OTAN-Ukraine s'est réuni à Bruxelles.",
    );
    expect(article.body.filter((block) => block.type === 'subheading')).toEqual([
      { type: 'subheading', text: 'Umerov remercie les alliés' },
    ]);
    // The paragraph mixing quotations and narration stays a paragraph.
    expect(quotes(article)).toEqual([]);
    expect(paragraphs(article)[0]).toMatch(/^Au cours d'une réunion du Conseil NATO-Ukraine.*lutte\."$/);

    const mixed = article.body.find(
      (block) =>
        block.type === 'paragraph' && richTextToPlainText(block.text).startsWith("L'Union européenne"),
    );
    expect(mixed?.type === 'paragraph' && Array.isArray(mixed.text)).toBe(true);
    const inlines = mixed?.type === 'paragraph' && Array.isArray(mixed.text) ? mixed.text : [];
    expect(inlines[0]).toBe(
      "L'Union européenne, en tant que partie de la communauté internationale, a été exprimée en solidarité avec l'Ukraine par plusieurs délégués. ",
    );
    const foreign = inlines[1] as ForeignMark;
    expect(foreign.type).toBe('foreign');
    expect(foreign.lang).toBe('en');
    expect(foreign.children).toEqual([
      'During the meeting, some participants suggested considering lifting all restrictions on using Western weapons against Russia, which would include allies beyond NATO, such as the European Union.',
    ]);

    expect(teasers).toEqual([
      {
        headline:
          "Telegram sert de plateforme pour les opérations commerciales clandestines des syndicats criminels à travers l'Asie du Sud-Est, selon l'affirmation de l'ONU",
        standfirst: expect.stringMatching(/^Les syndicats du crime organisé en Asie du Sud-Est .* le\.\.\.$/),
      },
      {
        headline:
          "L'ancien président philippin Duterte a l'intention de se présenter à la présidence de la ville, en ignorant son passé controversé de campagne contre la drogue",
        standfirst: expect.stringMatching(/^Dans un coup de théâtre inattendu, .* que certains\.\.\.$/),
      },
    ]);
  });

  it('seed 002: skips the header menu, reads the byline and the credit, finds the chapô, the quote and the teasers', () => {
    const { article, teasers, credits, diagnostics } = parse(SEED_002);
    expect(article.headline).toBe(
      "Jens Stoltenberg veut s'assurer que les membres de l’OTAN aideront l’Ukraine sur le long terme",
    );
    expect(article.standfirst).toBe(
      "Les ministres de la Défense de l'Alliance se sont réunis à Bruxelles pour évoquer le soutien à Kyiv.",
    );
    expect(article.authors).toEqual([{ name: 'Shona Murray' }]);
    expect(diagnostics.some((d) => d.code === 'byline-organisation' && d.message.includes('Euronews'))).toBe(
      true,
    );
    expect(
      diagnostics.some((d) => d.code === 'date-line-empty' && d.lines[0]?.text === 'Publié le Mis à jour'),
    ).toBe(true);
    expect(credits).toEqual(['Tous droits réservés EBU']);
    expect(quotes(article)).toEqual([
      {
        type: 'quote',
        text: expect.stringMatching(/^Depuis l'invasion de l'Ukraine .* partagent équitablement ce fardeau$/),
        attribution: { name: 'Jens Stoltenberg', role: "secrétaire général de l'OTAN" },
      },
    ]);
    expect(teasers.map((teaser) => teaser.headline)).toEqual([
      'Jens Stoltenberg a rencontré le secrétaire à la Défense américain',
      "Mark Rutte devrait être le prochain chef de l'OTAN après le retrait de Klaus Iohannis",
      "La décision de l'UE sur l'objectif climatique 2040 sera retardée, selon des diplomates",
    ]);
    expect(paragraphs(article)).toHaveLength(4);
  });

  it('seed 003: takes the summary sentence as the chapô, keeps mixed quotations as paragraphs, finds the source AA', () => {
    const { article } = parse(SEED_003);
    expect(article.headline).toBe(
      "Le chef de l'OTAN attend des alliés qu'ils s'accordent sur la coordination de l'aide à l'Ukraine",
    );
    expect(article.standfirst).toMatch(
      /^Le plus haut responsable de l'OTAN a déclaré mercredi .* en Ukraine\.$/,
    );
    expect(article.source).toEqual({ name: 'AA' });
    expect(article.section).toEqual({ name: 'International' });
    expect(quotes(article)).toEqual([]);
    expect(paragraphs(article)).toHaveLength(6);
    expect(paragraphs(article).at(-1)).toMatch(
      /poursuivant: "Les actions de la Russie ne nous empêcheront pas de soutenir l'Ukraine"$/,
    );
  });

  it('seed 004: reports the missing headline, takes the caption out, finds the source OTAN', () => {
    const { article, diagnostics, captions } = parse(SEED_004);
    expect(diagnostics.find((d) => d.code === 'headline-missing')?.severity).toBe('error');
    // A stand-in: the first sentence, until an editor writes a headline.
    expect(article.headline).toMatch(
      /^Le secrétaire général de l’OTAN, Jens Stoltenberg, a participé à une réunion virtuelle/,
    );
    expect(article.standfirst).toBeUndefined();
    expect(article.source).toEqual({ name: 'OTAN' });
    expect(captions).toHaveLength(1);
    expect(captions[0]).toMatch(
      /^Le secrétaire général de l'OTAN Jens Stoltenberg, le président des États-Unis Joe Biden,/,
    );
    expect(paragraphs(article)).toHaveLength(3);
    expect(paragraphs(article)[0]).toMatch(/internationale\. La réunion comprenait également/);
  });

  it('gives data that parseArticle accepts once URL and date are given, and refuses before', () => {
    for (const name of Object.keys(DROPPED)) {
      expect(parseArticle(parse(name).article).success).toBe(false);
      const { article } = parseArticleText(raw(name), {
        url: 'https://www.example.fr/international/article',
        datePublished: '2024-06-13T18:00:00+02:00',
      });
      const checked = parseArticle(article);
      expect(checked.success ? [] : checked.issues).toEqual([]);
    }
  });

  it('never invents a URL or a date, and says so', () => {
    const { article, diagnostics } = parse(SEED_003);
    expect(article.url).toBe('');
    expect(article.datePublished).toBe('');
    expect(
      diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => d.code)
        .sort(),
    ).toEqual(['date-published-missing', 'url-missing']);
  });
});

// What the parser does differently from the hand-curated fixtures, judged
// acceptable:
// - 000: « Tout cela souligne… », a déclaré Stoltenberg lors d’une conférence
//   de presse… is a quotation and its attribution clause, the same shape as
//   the Stoltenberg quotation the fixture does set apart: the parser sets
//   both apart; the fixture keeps the second as a paragraph.
// - 000: quote roles keep the text's words ("ministre des Affaires
//   étrangères de Kiev"), where the curator rewrote them.
// - 002: the fixture signs "Euronews" as an author; an outlet is not a
//   person, so the parser reports it as an organisation.
// - 004: the page had no headline: the fixture's was written by hand.
const ACCEPTED_BLOCK_DIFFERENCES = new Set(['otan-kiev-conseil:body.9']);

function blockKey(block: Block): string {
  return `${block.type}:${normalise(blockToPlainText(block))}`;
}

describe('parseArticleText against the hand-curated seed fixtures', () => {
  it.each(seedFixtures.map((seed) => [seed.id, seed] as const))(
    '%s: same headline, chapô and body texts',
    (_id, seed) => {
      const { article, teasers } = parseArticleText(raw(seed.raw));
      if (seed.id !== 'otan-reunion-biden')
        expect(normalise(article.headline)).toBe(normalise(seed.article.headline));
      expect(normalise(article.standfirst ?? '')).toBe(normalise(seed.article.standfirst ?? ''));
      expect(article.body).toHaveLength(seed.article.body.length);
      seed.article.body.forEach((expected, index) => {
        const got = article.body[index];
        if (!got) throw new Error(`body.${index} is missing`);
        if (ACCEPTED_BLOCK_DIFFERENCES.has(`${seed.id}:body.${index}`)) {
          // The quotation's words are the fixture paragraph's.
          expect(normalise(blockToPlainText(expected))).toContain(normalise(blockToPlainText(got)));
          return;
        }
        expect(blockKey(got)).toBe(blockKey(expected));
        if (expected.type === 'quote' && got.type === 'quote') {
          expect(got.attribution?.name).toBe(expected.attribution?.name);
        }
      });
      expect(teasers.map((teaser) => normalise(teaser.headline))).toEqual(
        seed.related.map((teaser) => normalise(teaser.headline)),
      );
      expect(article.source?.name).toBe(seed.article.source?.name);
    },
  );
});
