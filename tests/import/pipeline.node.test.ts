import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../src/import';
import type { Block } from '../../src/model';
import { blockToPlainText } from '../../src/text';

// Passages written for these tests: a small article about a town budget.
const HEADLINE = 'Le budget de Rennes adopté après une longue séance';
const P1 =
  'Le conseil municipal de Rennes a adopté mardi soir le budget de la ville pour l’année prochaine, après plus de six heures de débats.';
const P2 =
  'La majorité a défendu une hausse des dépenses pour les écoles et les transports, que l’opposition juge trop coûteuse pour les ménages.';
const P3 =
  'Le maire a promis de présenter un premier bilan des investissements au printemps, devant les habitants des quartiers concernés.';
const P4 =
  'Les associations de parents d’élèves ont salué la rénovation de trois groupes scolaires, attendue depuis de nombreuses années.';

const page = (...blocks: string[]) => blocks.join('\n\n');
const texts = (body: Block[]) => body.map(blockToPlainText);

describe('parseArticleText: lines → features → labels → article', () => {
  it('ends the body at a heading of teasers, even when the teasers carry whole sentences', () => {
    const blurb =
      'Dans cet entretien, une urbaniste revient sur la manière dont les villes moyennes financent leurs écoles et leurs lignes de bus.';
    const { article, teasers } = parseArticleText(
      page(
        HEADLINE,
        P1,
        P2,
        P3,
        'Pour approfondir',
        'Entretiens Villes',
        'Les villes moyennes face à leurs écoles',
        'Villes',
        blurb,
      ),
    );
    // One sentence right under the headline sums the article up: the chapô.
    expect(article.standfirst).toBe(P1);
    expect(texts(article.body)).toEqual([P2, P3]);
    expect(JSON.stringify(article)).not.toContain('urbaniste');
    expect(teasers.map((teaser) => teaser.headline)).toContain('Les villes moyennes face à leurs écoles');
  });

  it('reads the headline that a player repeats, skips the breadcrumb that ends with it, and drops the copies', () => {
    const { article } = parseArticleText(
      page(`Accueil Politique ${HEADLINE}`, 'Politique', HEADLINE, 'Play / pause', HEADLINE, P1, P2, P3),
    );
    expect(article.headline).toBe(HEADLINE);
    expect(texts(article.body).join(' ')).not.toContain(HEADLINE);
    expect(texts(article.body)).toContain(P2);
  });

  it('takes a person’s name alone under the headline as the author, and flags the guess', () => {
    const { article, diagnostics } = parseArticleText(page(HEADLINE, 'Claire Lemoine', P1, P2, P3));
    expect(article.authors).toEqual([{ name: 'Claire Lemoine' }]);
    expect(texts(article.body)).not.toContain('Claire Lemoine');
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'byline', lines: [{ number: 3, text: 'Claire Lemoine' }] }),
    );
  });

  it('splits a "Lire aussi" teaser glued to the paragraph after it', () => {
    const { article, teasers } = parseArticleText(
      page(
        HEADLINE,
        P1,
        P2,
        `À lire aussiLes bus gratuits le dimancheLe débat s’est ensuite porté sur les tarifs des cantines, que la majorité veut geler jusqu’en septembre.`,
        P3,
      ),
    );
    expect(teasers).toEqual([{ headline: 'Les bus gratuits le dimanche' }]);
    expect(texts(article.body)).toContain(
      'Le débat s’est ensuite porté sur les tarifs des cantines, que la majorité veut geler jusqu’en septembre.',
    );
  });

  it('reads a pull quote that repeats a paragraph, with the name under it, as a quote block', () => {
    const said =
      'Pour l’adjointe aux finances, Claire Lemoine, il faut d’abord rénover les écoles, puis les gymnases, comme elle l’a répété tout au long de la séance.';
    const { article } = parseArticleText(
      page(HEADLINE, P1, said, 'Il faut d’abord rénover les écoles', 'Claire Lemoine', P3, P4),
    );
    expect(article.body).toContainEqual(
      expect.objectContaining({
        type: 'quote',
        text: 'Il faut d’abord rénover les écoles',
        // Her role comes from the paragraph that names her.
        attribution: { name: 'Claire Lemoine', role: 'adjointe aux finances' },
      }),
    );
    expect(texts(article.body)).toContain(said);
  });

  it('reads a post with its attribution line ("— Name (@handle) date") as a quote block', () => {
    const { article } = parseArticleText(
      page(
        HEADLINE,
        P1,
        P2,
        'Un budget pour les écoles et pour les bus, voté ce soir',
        '— Nathalie Appéré (@nathalieappere) March 16, 2021',
        P3,
      ),
    );
    expect(article.body).toContainEqual(
      expect.objectContaining({
        type: 'quote',
        text: 'Un budget pour les écoles et pour les bus, voté ce soir',
        attribution: { name: 'Nathalie Appéré' },
      }),
    );
    expect(JSON.stringify(article)).not.toContain('@nathalieappere');
  });

  it('keeps a short intertitle between paragraphs, but reads an interview’s questions as text', () => {
    const { article } = parseArticleText(page(HEADLINE, P1, P2, 'Les écoles d’abord', P3, P4));
    expect(article.body.filter((block) => block.type === 'subheading')).toEqual([
      { type: 'subheading', text: 'Les écoles d’abord' },
    ]);

    const questions = [
      'Vous avez voté ce budget après six heures de débat, pourquoi une séance aussi longue cette année ?',
      'Les familles vont-elles voir la différence dans les écoles dès la prochaine rentrée scolaire ?',
      'Comment comptez-vous financer la rénovation des gymnases que réclament les clubs sportifs ?',
    ];
    const interview = parseArticleText(
      page(
        HEADLINE,
        P1,
        questions[0] ?? '',
        P2,
        'Et les bus ?',
        P3,
        questions[1] ?? '',
        P4,
        questions[2] ?? '',
        P2,
      ),
    );
    expect(interview.article.body.filter((block) => block.type === 'subheading')).toEqual([]);
  });

  it('drops newsletter pitches, consent boxes and markers for subscribers by family', () => {
    const lines = [
      'Chaque mardi, recevez le meilleur de l’actualité de votre ville.',
      'J’accepte de recevoir la lettre d’information du journal',
      'Lecture audio réservée aux abonnés',
      '8 min de lecture',
    ];
    const { article, diagnostics } = parseArticleText(
      page(HEADLINE, P1, lines[0] ?? '', P2, lines[1] ?? '', lines[2] ?? '', P3, lines[3] ?? '', P4),
    );
    const all = JSON.stringify(article);
    for (const line of lines) expect(all).not.toContain(line);
    const families = diagnostics.filter((d) => d.code === 'boilerplate').map((d) => d.family);
    expect(families).toEqual(expect.arrayContaining(['subscription', 'paywall', 'article-tools']));
  });

  it('gives a reason for every line it drops, and warns where it is unsure', () => {
    const raw = page(
      HEADLINE,
      P1,
      P2,
      'Partager',
      P3,
      'Voir le plan de la ville',
      'Les plus lus',
      'Un autre titre de la rubrique',
    );
    const { diagnostics, article } = parseArticleText(raw);
    expect(article.standfirst).toBe(P1);
    expect(texts(article.body).slice(0, 2)).toEqual([P2, P3]);
    raw.split('\n').forEach((line, index) => {
      if (line === '' || line === HEADLINE || [P1, P2, P3].includes(line)) return;
      expect(diagnostics.some((d) => d.lines.some((l) => l.number === index + 1))).toBe(true);
    });
    // A short line between the body and the teasers: kept or dropped, it is flagged for an editor.
    const plan = raw.split('\n').indexOf('Voir le plan de la ville') + 1;
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('unsure'),
        lines: [{ number: plan, text: 'Voir le plan de la ville' }],
      }),
    );
  });

  it.each([
    ['Publié hier à 18h05', '2024-03-13T18:05:00+01:00', undefined],
    ['Publié aujourd’hui à 9h12', '2024-03-14T09:12:00+01:00', undefined],
    ['il y a 3 heures', '2024-03-14T07:30:00+01:00', undefined],
    // Only an update date: it is taken as the publication date too (with a warning diagnostic).
    ['Mis à jour il y a 20 min', '2024-03-14T10:10:00+01:00', '2024-03-14T10:10:00+01:00'],
  ])('reads the relative date line %j against referenceDate', (line, published, modified) => {
    const raw = page(HEADLINE, line, P1, P2, P3);
    const { article } = parseArticleText(raw, { referenceDate: '2024-03-14T10:30:00+01:00' });
    expect(article.datePublished).toBe(published);
    expect(article.dateModified).toBe(modified);
    // Without a reference, the line is dropped and gives no date.
    const without = parseArticleText(raw).article;
    expect(without.datePublished).toBe('');
    expect(texts(without.body).join(' ')).not.toContain(line);
  });

  it('refuses a referenceDate without an offset and says so', () => {
    const { article, diagnostics } = parseArticleText(page(HEADLINE, 'il y a 3 heures', P1, P2), {
      referenceDate: '2024-03-14 10:30',
    });
    expect(article.datePublished).toBe('');
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'date-invalid', message: expect.stringContaining('referenceDate') }),
    );
  });
});
