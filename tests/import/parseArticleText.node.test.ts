import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { resetWarnings } from '../../src/dev';
import { parseArticleText } from '../../src/import';
import type { Block, ForeignMark, Inline } from '../../src/model';
import { blockToPlainText } from '../../src/text';

const HEADLINE = 'La mairie de Lyon présente son budget pour 2025';
// Two sentences: a first paragraph of one short sentence would be read as the chapô.
const P1 =
  'Le conseil municipal a examiné lundi soir le projet de budget présenté par la majorité. Il prévoit une hausse des investissements.';
const P2 = 'Les élus de l’opposition ont dénoncé une hausse des impôts locaux et réclamé un nouveau débat.';
const P3 =
  'Le vote définitif est prévu le mois prochain, après une nouvelle séance de discussions publiques.';

const text = (...blocks: string[]) => blocks.join('\n\n');
const texts = (body: Block[]) => body.map(blockToPlainText);

describe('parseArticleText: the text around the body', () => {
  it.each([
    ['Par Jean Dupont', [{ name: 'Jean Dupont' }]],
    ['Par Jean Dupont et Marie-Claire Durand', [{ name: 'Jean Dupont' }, { name: 'Marie-Claire Durand' }]],
    [
      'Par Shona Murray, correspondante à Bruxelles',
      [{ name: 'Shona Murray', jobTitle: 'correspondante à Bruxelles' }],
    ],
    ['Par\u00A0Euronews avec Shona Murray', [{ name: 'Shona Murray' }]],
    ['Article rédigé par Camille Roussel - franceinfo', [{ name: 'Camille Roussel' }]],
    ['Par Ursula von der Leyen', [{ name: 'Ursula von der Leyen' }]],
    [
      'Par Jean-Pierre Stroobants (Bruxelles, correspondant)',
      [{ name: 'Jean-Pierre Stroobants', jobTitle: 'Bruxelles, correspondant' }],
    ],
  ])('reads the byline %j', (byline, authors) => {
    const { article, diagnostics } = parseArticleText(text(HEADLINE, byline, P1, P2));
    expect(article.authors).toEqual(authors);
    expect(texts(article.body).join(' ')).not.toContain('Par');
    expect(diagnostics.some((d) => d.code === 'byline')).toBe(true);
  });

  it('takes an agency named in the byline as the source, and an outlet as no author', () => {
    const { article, diagnostics } = parseArticleText(text(HEADLINE, 'Par Le Figaro avec AFP', P1, P2));
    expect(article.authors).toBeUndefined();
    expect(article.source).toEqual({ name: 'AFP' });
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'byline-organisation', message: expect.stringContaining('Le Figaro') }),
    );
  });

  it('reads the signature repeated at the end of the text, not the name of a publication', () => {
    const raw = text(HEADLINE, P1, P2, P3, 'Camille Roussel (à Lyon)', 'Services Le Monde');
    const { article } = parseArticleText(raw);
    expect(article.authors).toEqual([{ name: 'Camille Roussel', jobTitle: 'à Lyon' }]);
    expect(texts(article.body)).toEqual([P1, P2, P3, 'Services Le Monde']);
  });

  it('keeps "Par ailleurs, …" as text', () => {
    const sentence =
      'Par ailleurs, le Conseil d’État a rejeté mardi le recours des associations de riverains.';
    const { article } = parseArticleText(text(HEADLINE, P1, sentence, P2));
    expect(article.authors).toBeUndefined();
    expect(texts(article.body)).toContain(sentence);
  });

  it.each([
    ['Publié le 12 juin 2024 à 14h30', '2024-06-12T14:30:00+02:00', undefined],
    [
      'Publié le 12/06/2024 à 14:30, mis à jour le 13/06/2024 à 08:05',
      '2024-06-12T14:30:00+02:00',
      '2024-06-13T08:05:00+02:00',
    ],
    ['Publié le 1er décembre 2023 à 9 h 15', '2023-12-01T09:15:00+01:00', undefined],
    [
      'Mis à jour le 13 juin 2024 à 8h, publié le 12 juin 2024 à 14h',
      '2024-06-12T14:00:00+02:00',
      '2024-06-13T08:00:00+02:00',
    ],
  ])('reads the date line %j in the Paris time zone', (line, published, modified) => {
    const { article, diagnostics } = parseArticleText(text(HEADLINE, line, P1, P2));
    expect(article.datePublished).toBe(published);
    expect(article.dateModified).toBe(modified);
    expect(diagnostics.some((d) => d.code === 'date-from-text')).toBe(true);
    expect(texts(article.body).join(' ')).not.toMatch(/Publié|Mis à jour/);
  });

  it('reads dates in the time zone given, and prefers the dates of the options', () => {
    const line = 'Publié le 12 juin 2024 à 14h30';
    expect(
      parseArticleText(text(HEADLINE, line, P1), { timeZone: 'America/Montreal' }).article.datePublished,
    ).toBe('2024-06-12T14:30:00-04:00');
    // A zone Intl does not know falls back to Paris.
    expect(
      parseArticleText(text(HEADLINE, line, P1), { timeZone: 'Mars/Olympus' }).article.datePublished,
    ).toBe('2024-06-12T14:30:00+02:00');
    expect(
      parseArticleText(text(HEADLINE, line, P1), { datePublished: '2024-06-12T10:00:00Z' }).article
        .datePublished,
    ).toBe('2024-06-12T10:00:00Z');
  });

  it('drops a date line without a date, and a date line without a time gives the day, flagged as such', () => {
    const empty = parseArticleText(text(HEADLINE, 'Publié le Mis à jour', P1, P2));
    expect(empty.article.datePublished).toBe('');
    expect(empty.diagnostics).toContainEqual(expect.objectContaining({ code: 'date-line-empty' }));
    // A date line that prints the day only is the publication day: the model takes a calendar date,
    // which the page and the JSON-LD give as a day, so no hour is made up (midnight would be false).
    const dateOnly = parseArticleText(text(HEADLINE, 'Publié le 12 juin 2024', P1, P2));
    expect(dateOnly.article.datePublished).toBe('2024-06-12');
    expect(dateOnly.diagnostics).toContainEqual(expect.objectContaining({ code: 'date-day-only' }));
    expect(texts(dateOnly.article.body).join(' ')).not.toContain('Publié');
  });

  it.each([
    ['Source : AA', 'AA'],
    ['Source: AA', 'AA'],
    ['Sources : AFP, Reuters', 'AFP, Reuters'],
    ['(ats/nxp)', 'ats/nxp'],
    ['avec AFP', 'AFP'],
    ['Avec Reuters', 'Reuters'],
    ['(AFP)', 'AFP'],
    ['— Avec l’AFP', 'AFP'],
  ])('reads the source line %j', (line, name) => {
    const { article } = parseArticleText(text(HEADLINE, P1, P2, line));
    expect(article.source).toEqual({ name });
    expect(texts(article.body)).toEqual([P1, P2]);
  });

  it('reads an agency signature at the end of the last paragraph', () => {
    const { article } = parseArticleText(text(HEADLINE, P1, `${P2} (ats/nxp)`));
    expect(article.source).toEqual({ name: 'ats/nxp' });
    expect(texts(article.body).at(-1)).toBe(P2);
  });

  it('keeps "(AFP)" inside a sentence', () => {
    const sentence =
      'Selon un décompte de l’Agence France-Presse (AFP) publié mardi, le bilan s’alourdit encore.';
    const { article } = parseArticleText(text(HEADLINE, P1, sentence));
    expect(article.source).toBeUndefined();
    expect(texts(article.body)).toContain(sentence);
  });

  it.each([
    ['Tous droits réservés EBU', 'Tous droits réservés EBU'],
    ['a Tous droits réservés\u00A0 EBU', 'Tous droits réservés EBU'],
    ['© AFP', '© AFP'],
    ['Photo : Ludovic Marin / AFP', 'Photo : Ludovic Marin / AFP'],
    ['Crédit photo : Reuters', 'Crédit photo : Reuters'],
    ['Crédit : Ouest-France', 'Crédit : Ouest-France'],
    ['Ludovic Marin / AFP', 'Ludovic Marin / AFP'],
  ])('returns the credit %j apart from the body', (line, credit) => {
    const { article, credits } = parseArticleText(text(HEADLINE, line, P1, P2));
    expect(credits).toEqual([credit]);
    expect(JSON.stringify(article)).not.toContain(credit);
  });

  it('reads the keywords line', () => {
    const { article } = parseArticleText(text(HEADLINE, P1, P2, 'Mots-clés : Lyon, budget, impôts locaux'));
    expect(article.tags).toEqual(['Lyon', 'budget', 'impôts locaux']);
  });

  it('reads a kicker above the headline as the section', () => {
    const { article } = parseArticleText(text('Politique', HEADLINE, P1, P2));
    expect(article.section).toEqual({ name: 'Politique' });
    expect(article.headline).toBe(HEADLINE);
  });

  it('reads a breadcrumb printed one entry per line above the headline', () => {
    const { article, diagnostics } = parseArticleText(
      ['Accueil', 'Actualité', 'Monde', 'Guerre en Ukraine', HEADLINE, P1, P2].join('\n'),
    );
    expect(article.headline).toBe(HEADLINE);
    expect(article.section).toEqual({ name: 'Guerre en Ukraine' });
    expect(texts(article.body)).toEqual([P1, P2]);
    expect(diagnostics.filter((d) => d.family === 'navigation').map((d) => d.lines[0]?.text)).toEqual([
      'Accueil',
      'Actualité',
      'Monde',
    ]);
  });

  it('reads "20 Minutes avec AFP" as a byline, and a chapô printed in capitals-first without a full stop', () => {
    const raw = [
      HEADLINE,
      'BUDGET La majorité a fait adopter un budget en hausse malgré les critiques de l’opposition',
      '20 Minutes avec AFP',
      P1,
      P2,
    ].join('\n');
    const { article } = parseArticleText(raw);
    expect(article.standfirst).toBe(
      'La majorité a fait adopter un budget en hausse malgré les critiques de l’opposition',
    );
    expect(article.source).toEqual({ name: 'AFP' });
    expect(article.authors).toBeUndefined();
    expect(texts(article.body)).toEqual([P1, P2]);
  });

  it('cuts a prompt or a label glued to the headline', () => {
    expect(parseArticleText(text(`Rewrite this title in French: ${HEADLINE}`, P1)).article.headline).toBe(
      HEADLINE,
    );
    expect(parseArticleText(text(`Titre : ${HEADLINE}`, P1)).article.headline).toBe(HEADLINE);
  });

  it('takes URL and dates from the options, and refuses what parseArticle would refuse', () => {
    const good = parseArticleText(text(HEADLINE, P1), {
      url: 'https://www.example.fr/lyon/budget',
      datePublished: '2024-06-12T14:30:00+02:00',
      dateModified: '2024-06-13T08:00:00+02:00',
      language: 'fr-FR',
    });
    expect(good.article).toMatchObject({
      url: 'https://www.example.fr/lyon/budget',
      datePublished: '2024-06-12T14:30:00+02:00',
      dateModified: '2024-06-13T08:00:00+02:00',
      language: 'fr-FR',
    });
    expect(good.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

    const bad = parseArticleText(text(HEADLINE, P1), {
      url: 'javascript:alert(1)',
      datePublished: '12/06/2024',
      dateModified: '2024-06-13T08:00:00',
    });
    expect(bad.article.url).toBe('');
    expect(bad.article.datePublished).toBe('');
    expect(bad.article.dateModified).toBeUndefined();
    expect(bad.diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(['url-invalid', 'date-invalid']),
    );

    const relative = parseArticleText(text(HEADLINE, P1), { url: '/lyon/budget' });
    expect(relative.article.url).toBe('');
    expect(relative.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'url-invalid', severity: 'error' }),
    );
  });
});

describe('parseArticleText: the body', () => {
  it('reads CRLF, lone CR, no-break spaces, tabs and trailing spaces the same as clean text', () => {
    const clean = parseArticleText(text(HEADLINE, P1, P2, P3)).article;
    const messy = `\uFEFF${HEADLINE}  \r\n\r\n${P1.replace(/ /g, '\u00A0')}\t\r\n \r\n${P2}\u202F \r\r${P3} \u00A0`;
    expect(parseArticleText(messy).article).toEqual(clean);
  });

  it('drops control characters, non-characters and invisible characters from the text', () => {
    const clean = parseArticleText(text(HEADLINE, P1, P2)).article;
    const dirty = text(
      `La mairie de Lyon\u0007 présente son budget\uFFFE pour 2025`,
      P1.replace('conseil', 'con\u00ADseil\u200B').replace('lundi', 'lundi\u0000\uFDD0'),
      P2.replace('opposition', 'oppo\u001Bsition'),
    );
    expect(parseArticleText(dirty).article).toEqual(clean);
  });

  it('reads paragraphs separated by single line breaks', () => {
    expect(texts(parseArticleText([HEADLINE, P1, P2, P3].join('\n')).article.body)).toEqual([P1, P2, P3]);
  });

  it('joins lines cut at a fixed width back into paragraphs', () => {
    const wrapped = [
      'Le conseil municipal a examiné lundi soir le projet de budget',
      'présenté par la majorité. Il prévoit une hausse des',
      'investissements.',
    ].join('\n');
    const { article, diagnostics } = parseArticleText(text(HEADLINE, wrapped, P2));
    expect(texts(article.body)[0]).toBe(P1);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'lines-joined' }));
  });

  it('reads subheadings and lists', () => {
    const raw = text(
      HEADLINE,
      P1,
      'Les réactions de l’opposition',
      P2,
      '- Une hausse des impôts\n- Moins de crèches\n- Un budget opaque',
      P3,
    );
    expect(parseArticleText(raw).article.body).toEqual([
      { type: 'paragraph', text: P1 },
      { type: 'subheading', text: 'Les réactions de l’opposition' },
      { type: 'paragraph', text: P2 },
      { type: 'list', items: ['Une hausse des impôts', 'Moins de crèches', 'Un budget opaque'] },
      { type: 'paragraph', text: P3 },
    ]);
  });

  it('reads a question as a subheading, but not a short sentence', () => {
    const body = parseArticleText(
      text(HEADLINE, P1, 'Quelles conséquences pour les Lyonnais ?', P2, 'Le vote est reporté.', P3),
    ).article.body;
    expect(body[1]).toEqual({ type: 'subheading', text: 'Quelles conséquences pour les Lyonnais ?' });
    expect(body[3]).toEqual({ type: 'paragraph', text: 'Le vote est reporté.' });
  });

  it.each([
    [
      'lire aussi',
      'Lire aussi : Le maire de Lyon veut piétonniser la presqu’île',
      'Le maire de Lyon veut piétonniser la presqu’île',
    ],
    [
      'le monde',
      'Lire aussi | Article réservé à nos abonnés La métropole de Lyon vote son plan climat',
      'La métropole de Lyon vote son plan climat',
    ],
    [
      'le figaro',
      'À lire aussi\nLe maire de Lyon veut piétonniser la presqu’île',
      'Le maire de Lyon veut piétonniser la presqu’île',
    ],
  ])(
    'takes a "%s" teaser out of the middle of the body, and the body goes on',
    (_outlet, teaser, headline) => {
      const long = `${P2} ${P3} Les services de la ville doivent présenter de nouveaux chiffres avant la fin de la semaine.`;
      const { article, teasers } = parseArticleText(text(HEADLINE, P1, P2, teaser, long, P3));
      expect(teasers).toEqual([{ headline }]);
      expect(texts(article.body)).toEqual([P1, P2, long, P3]);
    },
  );

  it('takes every teaser after a closing heading, with their standfirsts, out of the body', () => {
    const raw = text(
      HEADLINE,
      P1,
      P2,
      'Les plus lus',
      'Le maire de Lyon veut piétonniser la presqu’île',
      'La mesure, très attendue, entrera en vigueur au printemps prochain.',
      'Grève des TCL : le trafic perturbé lundi',
    );
    const { article, teasers } = parseArticleText(raw);
    expect(texts(article.body)).toEqual([P1, P2]);
    expect(teasers).toEqual([
      {
        headline: 'Le maire de Lyon veut piétonniser la presqu’île',
        standfirst: 'La mesure, très attendue, entrera en vigueur au printemps prochain.',
      },
      { headline: 'Grève des TCL : le trafic perturbé lundi' },
    ]);
  });

  it('repairs stray punctuation', () => {
    const { article, diagnostics } = parseArticleText(
      text(HEADLINE, P1, 'Le maire a confirmé la hausse. .', 'Les élus ont voté , puis quitté la salle ..'),
    );
    expect(texts(article.body)).toEqual([
      P1,
      'Le maire a confirmé la hausse.',
      'Les élus ont voté, puis quitté la salle.',
    ]);
    expect(diagnostics.filter((d) => d.code === 'punctuation-repaired')).toHaveLength(2);
    // An ellipsis is not stray.
    expect(texts(parseArticleText(text(HEADLINE, P1, 'Et puis... plus rien.')).article.body)).toEqual([
      P1,
      'Et puis... plus rien.',
    ]);
  });

  it.each([
    ['en', 'The council said on Monday that the budget would include new investments for the schools.'],
    ['de', 'Der Bürgermeister sagte, dass die Stadt nicht mit einer Erhöhung der Steuern rechnen wird.'],
    ['es', 'El alcalde dijo que el presupuesto está pensado para los barrios más pobres de la ciudad.'],
    ['it', 'Il sindaco ha detto che questo bilancio non è stato discusso con gli abitanti della città.'],
  ])('marks a sentence in %s with its language', (lang, sentence) => {
    const { article, diagnostics } = parseArticleText(text(HEADLINE, `${P1} ${sentence}`, P2));
    const first = article.body[0];
    expect(first?.type).toBe('paragraph');
    const inlines = (first?.type === 'paragraph' ? first.text : []) as Inline[];
    expect(inlines).toEqual([
      `${P1} `,
      { type: 'foreign', lang, children: [sentence] } satisfies ForeignMark,
    ]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'foreign-passage' }));
  });

  it('marks English words quoted in a French sentence, not an English name', () => {
    const sentence = 'Le maire a cité le slogan « We are all in this together » devant les élus.';
    const { article } = parseArticleText(text(HEADLINE, sentence, P2));
    expect(article.body[0]).toEqual({
      type: 'paragraph',
      text: [
        'Le maire a cité le slogan « ',
        { type: 'foreign', lang: 'en', children: ['We are all in this together'] },
        ' » devant les élus.',
      ],
    });
    const name = 'Le quotidien The New York Times a consacré un long article à la ville de Lyon.';
    expect(parseArticleText(text(HEADLINE, name, P2)).article.body[0]).toEqual({
      type: 'paragraph',
      text: name,
    });
  });

  it('reads a language other than French as the base', () => {
    const english =
      'The city council examined the budget on Monday evening, and the opposition asked for a new debate.';
    const french =
      'Le conseil municipal a examiné le budget lundi soir et l’opposition a demandé un nouveau débat.';
    const { article } = parseArticleText(text('Lyon votes its budget', `${english} ${french}`), {
      language: 'en-GB',
    });
    expect(article.language).toBe('en-GB');
    expect(article.body[0]).toEqual({
      type: 'paragraph',
      text: [`${english} `, { type: 'foreign', lang: 'fr', children: [french] }],
    });
  });

  it('never throws, whatever it is given', () => {
    for (const input of [
      undefined,
      null,
      42,
      {},
      '',
      '\n\n\n',
      '«',
      '« »',
      '"""',
      'Par',
      'Source :',
      '- ',
      '1.',
    ]) {
      expect(() => parseArticleText(input as string)).not.toThrow();
    }
    expect(parseArticleText(undefined as unknown as string).diagnostics.map((d) => d.code)).toContain(
      'input-empty',
    );
    expect(() => parseArticleText(text(HEADLINE, P1), null as never)).not.toThrow();
    expect(() => parseArticleText(text(HEADLINE, P1), { timeZone: 'Mars/Olympus' })).not.toThrow();
  });
});

describe('parseArticleText: the options it cannot use', () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    resetWarnings();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  const ENGLISH =
    'The city council examined the budget on Monday evening, and the opposition asked for a new debate.';
  const withEnglish = text(HEADLINE, P1, `${P2} ${ENGLISH}`);
  const warningsAbout = (fragment: string) =>
    warn.mock.calls.filter(([message]) => String(message).includes(fragment));
  /** The languages marked on passages of the body, as `foreign` marks. */
  const foreignLangs = (body: Block[]) =>
    JSON.stringify(body)
      .match(/"type":"foreign","lang":"[^"]*"/g)
      ?.map((mark) => mark.slice(mark.lastIndexOf(':') + 2, -1)) ?? [];

  it.each([['"><script>'], ['english'], ['fr_FR'], ['en-'], [''], [42], [null]])(
    'reads the text as French when options.language is %j, which is no language tag, and warns',
    (language) => {
      const { article } = parseArticleText(withEnglish, { language: language as string });
      expect(article.language).toBeUndefined();
      // The base language the body is read against is French: the English sentence is marked.
      expect(foreignLangs(article.body)).toEqual(['en']);
      expect(warningsAbout('options.language')).toHaveLength(1);
    },
  );

  it('warns once for the same unusable language, however many texts it reads', () => {
    parseArticleText(withEnglish, { language: 'english' });
    parseArticleText(withEnglish, { language: 'english' });
    expect(warningsAbout('options.language')).toHaveLength(1);
  });

  it('keeps a language tag, trimmed, without a warning', () => {
    const { article } = parseArticleText(withEnglish, { language: ' de-CH ' });
    expect(article.language).toBe('de-CH');
    expect(warn).not.toHaveBeenCalled();
  });

  it('says nothing when no language is given', () => {
    const { article } = parseArticleText(withEnglish, {});
    expect(article.language).toBeUndefined();
    expect(foreignLangs(article.body)).toEqual(['en']);
    expect(warn).not.toHaveBeenCalled();
  });

  it('falls back to Paris for a time zone Intl does not know, and warns', () => {
    parseArticleText(withEnglish, { timeZone: 'Mars/Olympus' });
    expect(warningsAbout('options.timeZone')).toHaveLength(1);
    parseArticleText(withEnglish, { timeZone: 'America/Montreal' });
    expect(warningsAbout('options.timeZone')).toHaveLength(1);
  });

  it('reads the same article silently in production', () => {
    const development = parseArticleText(withEnglish, { language: '"><script>', timeZone: 'Mars/Olympus' });
    vi.stubEnv('NODE_ENV', 'production');
    resetWarnings();
    warn.mockClear();
    const production = parseArticleText(withEnglish, { language: '"><script>', timeZone: 'Mars/Olympus' });
    expect(production).toEqual(development);
    expect(production.article.language).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });
});
