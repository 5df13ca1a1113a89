import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../src/import';
import {
  readBylineLine,
  readCreditLine,
  readSignatureLine,
  readSourceLine,
  splitTrailingSource,
} from '../../src/import/metadata';
import type { Block } from '../../src/model';
import { blockToPlainText } from '../../src/text';

// Short passages written for these tests: the metadata lines outlets print around an article.
const HEADLINE = 'La ville de Nantes ouvre trois nouvelles lignes de tramway';
const P1 =
  'Les travaux ont duré quatre ans et coûté près de 300 millions d’euros, selon la métropole. Les premières rames circuleront dès lundi.';
const P2 =
  'Les commerçants du centre, qui avaient protesté pendant le chantier, attendent désormais le retour de leurs clients.';
const P3 = 'Une enquête publique sur une quatrième ligne doit s’ouvrir à l’automne, a précisé la métropole.';

const page = (...blocks: string[]) => blocks.join('\n\n');
const texts = (body: Block[]) => body.map(blockToPlainText);

describe('readSourceLine', () => {
  it.each([
    ['Source AFP', 'AFP'],
    ['Sources AFP et Reuters', 'AFP et Reuters'],
    ['Source : ministère de la Santé', 'ministère de la Santé'],
    ['(ats/xyz)', 'ats/xyz'],
    ['(AFP).', 'AFP'],
    ['— avec Reuters', 'Reuters'],
  ])('reads %j', (line, name) => {
    expect(readSourceLine(line)).toBe(name);
  });

  it.each([
    'Source de revenus pour la ville',
    'Sources proches du dossier',
    '(voir plus bas)',
    'avec les habitants',
  ])('leaves %j alone', (line) => {
    expect(readSourceLine(line)).toBeUndefined();
  });

  it('splits an agency code off the end of a finished sentence only', () => {
    expect(splitTrailingSource('Le tram roulera lundi. (ats/xyz)')).toEqual({
      text: 'Le tram roulera lundi.',
      source: 'ats/xyz',
    });
    expect(splitTrailingSource('Le tram (AFP) roulera lundi')).toBeUndefined();
    expect(splitTrailingSource('Le tram roulera lundi (voir plan)')).toBeUndefined();
  });
});

describe('readCreditLine', () => {
  it.each([
    ['© Marc Durand', '© Marc Durand'],
    ['Crédit photo : Marc Durand', 'Crédit photo : Marc Durand'],
    ['(Photo par Marc Durand)', 'Photo par Marc Durand'],
    ['Marc Durand / Getty Images via AFP', 'Marc Durand / Getty Images via AFP'],
    ['Marc Durand / Studio Iode / AFP', 'Marc Durand / Studio Iode / AFP'],
    ['Le tramway à Nantes. Tous droits réservés Ville', 'Tous droits réservés Ville'],
  ])('reads %j', (line, credit) => {
    expect(readCreditLine(line)).toBe(credit);
  });

  it('leaves a slash between two words that are no picture agency', () => {
    expect(readCreditLine('Nantes / Saint-Nazaire')).toBeUndefined();
  });
});

describe('readBylineLine', () => {
  it.each([
    ['Un texte de Lucie Tremblay', ['Lucie Tremblay'], []],
    ['Article rédigé par Paul Martin', ['Paul Martin'], []],
    ['Par Amira BENSALEM', ['Amira BENSALEM'], []],
    ['Par Yann Le Gall et Sophie Marchand', ['Yann Le Gall', 'Sophie Marchand'], []],
    ['A.B avec AFP', ['A.B'], ['AFP']],
    ['Par J.-P.M. avec Reuters', ['J.-P.M.'], ['Reuters']],
    ['Le Quotidien avec The Conversation', [], ['The Conversation']],
    ['Ouest Matin avec AFP et Reuters', [], ['AFP', 'Reuters']],
  ])('reads %j', (line, authors, sources) => {
    const byline = readBylineLine(line);
    expect(byline?.authors.map((author) => author.name)).toEqual(authors);
    expect(byline?.sources).toEqual(sources);
  });

  it.each([
    ['Accueil | Par Yann Le Gall | 14 mars 2021', ['Yann Le Gall'], [], '14 mars 2021'],
    ['Publié le 2021-03-14 | site.example', [], ['site.example'], 'Publié le 2021-03-14'],
    [
      'Le Quotidien | 14.03.2021 à 09h12 • Mis à jour le 14.03.2021 à 10h40',
      [],
      ['Le Quotidien'],
      '14.03.2021 à 09h12 Mis à jour le 14.03.2021 à 10h40',
    ],
    [
      'La Rédaction, Mis à jour le 14 mars 2021 13:31',
      [],
      ['La Rédaction'],
      'Mis à jour le 14 mars 2021 13:31',
    ],
    ['Lucie Tremblay - 14 mars 2021', ['Lucie Tremblay'], [], '14 mars 2021'],
  ])('reads the names and the date of the composite line %j', (line, authors, organisations, dateText) => {
    const byline = readBylineLine(line);
    expect(byline?.authors.map((author) => author.name)).toEqual(authors);
    expect(byline?.organisations).toEqual(organisations);
    expect(byline?.dateText).toBe(dateText);
  });

  it.each([
    ['Par Paul Martin (avec AFP)', ['Paul Martin'], [], ['AFP']],
    ['Par Paul Martin avec agences', ['Paul Martin'], [], ['agences']],
    ['Par Paul Martin et l’AFP', ['Paul Martin'], [], ['AFP']],
    ['Par Lucie Tremblay, La Presse canadienne', ['Lucie Tremblay'], [], ['La Presse canadienne']],
    ['Par Paul Martin, Le Quotidien', ['Paul Martin'], ['Le Quotidien'], []],
    ['Par PAUL MARTIN', ['PAUL MARTIN'], [], []],
    ['Rédaction : Paul Martin', ['Paul Martin'], [], []],
  ])('reads %j: persons, outlets and agencies', (line, authors, organisations, sources) => {
    const byline = readBylineLine(line);
    expect(byline?.authors.map((author) => author.name)).toEqual(authors);
    expect(byline?.organisations).toEqual(organisations);
    expect(byline?.sources).toEqual(sources);
  });

  it('keeps an « et » inside a job title', () => {
    expect(readBylineLine('Par Paul Martin, envoyé spécial à Lyon et à Grenoble')?.authors).toEqual([
      { name: 'Paul Martin', jobTitle: 'envoyé spécial à Lyon et à Grenoble' },
    ]);
  });

  it('reads a date line followed by the byline', () => {
    expect(readBylineLine('Publié le 14 mars 2021 à 18h05 par Paul Martin')).toEqual({
      authors: [{ name: 'Paul Martin' }],
      organisations: [],
      sources: [],
      dateText: 'Publié le 14 mars 2021 à 18h05',
    });
  });

  it('reads an agency followed by its date line', () => {
    expect(readBylineLine('AFP 14 mars 2021 à 09:12 (Mis à jour : 14 mars 2021 à 10:05)')).toEqual({
      authors: [],
      organisations: [],
      sources: ['AFP'],
      dateText: '14 mars 2021 à 09:12 (Mis à jour : 14 mars 2021 à 10:05)',
    });
  });

  it.each([
    'Par ailleurs, la métropole a voté le budget.',
    'Par Internet, les usagers peuvent désormais déposer leur dossier en ligne.',
    'Par Paul Martin, qui a suivi le dossier depuis des années.',
    'Par Bluetooth, ils échangent leurs fichiers',
    'Un texte de loi sera examiné en juin',
    'Nantes 14 mars 2021',
    'Jean Dupont avec ses voisins',
    'Les habitants | une ligne attendue depuis des années, disent-ils.',
    'Le 14 mars 2021 par la métropole et ses partenaires.',
  ])('leaves %j alone', (line) => {
    expect(readBylineLine(line)).toBeUndefined();
  });
});

describe('readSignatureLine: a name alone must be a person’s', () => {
  it.each([
    ['Lucie Tremblay', { name: 'Lucie Tremblay' }],
    ['Amira BENSALEM', { name: 'Amira BENSALEM' }],
    ['Jean-François LeBlanc', { name: 'Jean-François LeBlanc' }],
    ['Fiona McDonald', { name: 'Fiona McDonald' }],
    ['Siobhan O’Neill', { name: 'Siobhan O’Neill' }],
    ['Ursula von der Leyen', { name: 'Ursula von der Leyen' }],
    ['Paul Martin (à Nantes)', { name: 'Paul Martin', jobTitle: 'à Nantes' }],
    ['Paul Martin, correspondant à Nantes', { name: 'Paul Martin', jobTitle: 'correspondant à Nantes' }],
  ])('reads %j', (line, author) => {
    expect(readSignatureLine(line)).toEqual(author);
  });

  it.each([
    'Home SPORT Football',
    'Source Reuters',
    'Google Actualités',
    'Chroniques Atlantique',
    'Services Le Quotidien',
    'The Conversation',
    'SPORT Nantes',
    'Lucie',
    'Paul Martin, Le Quotidien',
  ])('refuses %j', (line) => {
    expect(readSignatureLine(line)).toBeUndefined();
  });
});

describe('parseArticleText: bylines and sources', () => {
  it('takes a name alone next to a date line as the byline, even inside the first paragraphs', () => {
    const caption =
      'Photo : Marc Durand Archives Les rames neuves attendent au dépôt de la métropole, où elles ont été livrées en janvier dernier.';
    const { article, diagnostics } = parseArticleText(
      page(HEADLINE, caption, 'Lucie Tremblay', 'Publié le 14 mars 2021 à 09h12', P1, P2, P3),
    );
    expect(article.authors).toEqual([{ name: 'Lucie Tremblay' }]);
    expect(texts(article.body)).not.toContain('Lucie Tremblay');
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'byline', lines: [{ number: 5, text: 'Lucie Tremblay' }] }),
    );
  });

  it('takes no author from a navigation line, a source line or a platform name under the headline', () => {
    const { article } = parseArticleText(
      page('Home SPORT Football', HEADLINE, 'Source AFP', 'Google Actualités', P1, P2, P3),
    );
    expect(article.authors).toBeUndefined();
    expect(article.source).toEqual({ name: 'AFP' });
  });

  it('reads a partner outlet as the source, with no author', () => {
    const { article } = parseArticleText(page(HEADLINE, 'Le Quotidien avec The Conversation', P1, P2, P3));
    expect(article.source).toEqual({ name: 'The Conversation' });
    expect(article.authors).toBeUndefined();
  });

  it('reads initials with an agency as the author and the source', () => {
    const { article } = parseArticleText(page(HEADLINE, 'A.B avec AFP', P1, P2, P3));
    expect(article.authors).toEqual([{ name: 'A.B' }]);
    expect(article.source).toEqual({ name: 'AFP' });
  });

  it('reads a byline with a breadcrumb before it and the date after it', () => {
    const { article } = parseArticleText(
      page(HEADLINE, 'Accueil | Par Yann Le Gall | 14 mars 2021 à 18h05', P1, P2, P3),
    );
    expect(article.authors).toEqual([{ name: 'Yann Le Gall' }]);
    expect(article.datePublished).toBe('2021-03-14T18:05:00+01:00');
    expect(texts(article.body)).toEqual([P1, P2, P3]);
  });
});

describe('parseArticleText: date lines in the forms outlets print them', () => {
  it.each([
    ['Publié le 2021-03-14 | site.example', '2021-03-14', undefined],
    [
      'Le Quotidien | 14.03.2021 à 09h12 • Mis à jour le 14.03.2021 à 10h40',
      '2021-03-14T09:12:00+01:00',
      '2021-03-14T10:40:00+01:00',
    ],
    [
      'AFP 14 mars 2021 à 09:12 (Mis à jour : 14 mars 2021 à 10:05)',
      '2021-03-14T09:12:00+01:00',
      '2021-03-14T10:05:00+01:00',
    ],
    ['Créé: 14.03.2021, 09h12', '2021-03-14T09:12:00+01:00', undefined],
    ['Publié sur 14/03/2021', '2021-03-14', undefined],
    ['14 mars 2021', '2021-03-14', undefined],
    ['2021-03-14', '2021-03-14', undefined],
    ['Par Lucie Tremblay | 14 mars 2021', '2021-03-14', undefined],
    // An update time with no day of its own is on the day of publication.
    [
      'Publié le 14 mars 2021 à 09h12, modifié à 10h40',
      '2021-03-14T09:12:00+01:00',
      '2021-03-14T10:40:00+01:00',
    ],
    [
      'Publié le 14/03/2021 à 09:12, mis à jour à 10:40',
      '2021-03-14T09:12:00+01:00',
      '2021-03-14T10:40:00+01:00',
    ],
  ])('reads %j', (line, published, modified) => {
    const { article } = parseArticleText(page(HEADLINE, line, P1, P2, P3));
    expect(article.datePublished).toBe(published);
    expect(article.dateModified).toBe(modified);
    expect(texts(article.body)).toEqual([P1, P2, P3]);
  });

  it('flags a day without a time as such', () => {
    const { diagnostics } = parseArticleText(page(HEADLINE, '14 mars 2021', P1, P2, P3));
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'date-day-only', message: expect.stringContaining('2021-03-14') }),
    );
  });

  it('takes an update date printed alone as the publication date, and warns', () => {
    const { article, diagnostics } = parseArticleText(
      page(HEADLINE, 'La Rédaction, Mis à jour le 14 mars 2021 13:31', P1, P2, P3),
    );
    expect(article.datePublished).toBe('2021-03-14T13:31:00+01:00');
    expect(article.authors).toBeUndefined();
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'date-published-from-update', severity: 'warning' }),
    );
  });

  it('takes no date from a sentence that mentions one', () => {
    const sentence = 'Le tramway avait été inauguré le 14 mars 2021 en présence du maire et des riverains.';
    const { article } = parseArticleText(page(HEADLINE, P1, sentence, P2));
    expect(article.datePublished).toBe('');
    expect(texts(article.body)).toContain(sentence);
  });
});
