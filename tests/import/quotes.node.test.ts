import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../src/import';
import type { Block } from '../../src/model';

const HEADLINE = 'La mairie de Lyon présente son budget pour 2025';
// Two sentences each, so that no paragraph is read as the chapô.
const INTRO =
  'Le maire de Lyon, Grégory Doucet, a présenté lundi le budget de la ville devant le conseil municipal. La séance a duré plus de six heures.';
const OPPOSITION =
  'Pierre Oliver, président du groupe Droite, centre et indépendants, a critiqué la hausse des impôts. Il a demandé un nouveau vote.';
const CLOSING = 'Le vote définitif est prévu le mois prochain. Une nouvelle séance est programmée.';

function bodyOf(...paragraphs: string[]): Block[] {
  return parseArticleText([HEADLINE, INTRO, ...paragraphs, CLOSING].join('\n\n')).article.body;
}

describe('stand-alone quotations', () => {
  it.each([
    [
      '« Ce budget protège les Lyonnais les plus fragiles », a déclaré Grégory Doucet.',
      'Grégory Doucet',
      'maire de Lyon',
    ],
    [
      '« Ce budget protège les Lyonnais les plus fragiles », a-t-il déclaré.',
      'Pierre Oliver',
      'président du groupe Droite',
    ],
    [
      '« Ce budget protège les Lyonnais les plus fragiles », a déclaré Doucet lors de la séance.',
      'Grégory Doucet',
      'maire de Lyon',
    ],
    [
      '« Ce budget protège les Lyonnais les plus fragiles », a estimé le maire de Lyon.',
      'Grégory Doucet',
      'maire de Lyon',
    ],
    [
      '“Ce budget protège les Lyonnais les plus fragiles”, affirme Pierre Oliver.',
      'Pierre Oliver',
      'président du groupe Droite',
    ],
    [
      '"Ce budget protège les Lyonnais les plus fragiles", selon Grégory Doucet.',
      'Grégory Doucet',
      'maire de Lyon',
    ],
    [
      '« Ce budget protège les Lyonnais les plus fragiles », a déclaré mardi la première adjointe, Audrey Hénocque, devant la presse.',
      'Audrey Hénocque',
      'première adjointe',
    ],
  ])('reads %j with its speaker', (paragraph, name, role) => {
    const quote = bodyOf(OPPOSITION, paragraph).find((block) => block.type === 'quote');
    expect(quote).toEqual({
      type: 'quote',
      text: 'Ce budget protège les Lyonnais les plus fragiles',
      attribution: expect.objectContaining({ name }),
    });
    expect(quote?.type === 'quote' && quote.attribution?.role).toBe(role);
  });

  it('finds the speaker of "a-t-il déclaré" in the sentence before', () => {
    const body = bodyOf(OPPOSITION, '« Les Lyonnais paieront la facture », a-t-il déclaré.');
    expect(body.find((block) => block.type === 'quote')).toEqual({
      type: 'quote',
      text: 'Les Lyonnais paieront la facture',
      attribution: { name: 'Pierre Oliver', role: 'président du groupe Droite' },
    });
  });

  it('finds the speaker of "déclare-t-elle" and of a lead-in ending with a colon', () => {
    const inverted = bodyOf(
      'La première adjointe, Audrey Hénocque, défend les choix de la majorité. Elle cite les crèches.',
      '« Nous tenons nos promesses », insiste-t-elle.',
    );
    expect(inverted.find((block) => block.type === 'quote')).toMatchObject({
      attribution: { name: 'Audrey Hénocque' },
    });

    const leadIn = bodyOf('Grégory Doucet a ajouté : « Nous ne toucherons pas aux écoles de la ville. »');
    expect(leadIn.find((block) => block.type === 'quote')).toMatchObject({
      text: 'Nous ne toucherons pas aux écoles de la ville.',
      attribution: { name: 'Grégory Doucet' },
    });

    const colonBefore = bodyOf(
      'Pierre Oliver a répondu sans attendre :',
      '« Vous augmentez les impôts de tous les Lyonnais. »',
    );
    expect(colonBefore.find((block) => block.type === 'quote')).toMatchObject({
      attribution: { name: 'Pierre Oliver' },
    });
  });

  it('keeps a quotation without a named speaker as a quote block, and says so', () => {
    const { article, diagnostics } = parseArticleText(
      [
        HEADLINE,
        INTRO,
        'Les services de la ville ont répondu. Ils restent prudents.',
        '« Nous attendons les chiffres de l’État. »',
        CLOSING,
      ].join('\n\n'),
    );
    expect(article.body.find((block) => block.type === 'quote')).toEqual({
      type: 'quote',
      text: 'Nous attendons les chiffres de l’État.',
    });
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'quote-speaker-missing', severity: 'warning' }),
    );
  });

  it.each([
    '« Ce budget protège les Lyonnais », a déclaré Grégory Doucet, ajoutant que la dette resterait stable.',
    '« Ce budget protège les Lyonnais », a-t-il dit, avant de quitter la salle sous les huées de l’opposition et du public.',
    'Grégory Doucet a défendu un budget qui « protège les Lyonnais » face à la crise.',
    '« Ce budget protège les Lyonnais », a déclaré Grégory Doucet. « Et il prépare l’avenir », a-t-il ajouté.',
    'Selon le maire, « ce budget protège les Lyonnais », mais l’opposition conteste les chiffres.',
  ])('keeps %j, which mixes quotation and narration, as a paragraph', (paragraph) => {
    const body = bodyOf(paragraph);
    expect(body.some((block) => block.type === 'quote')).toBe(false);
    expect(body).toContainEqual({ type: 'paragraph', text: paragraph });
  });

  it('gives a quotation in another language its lang', () => {
    const body = bodyOf(
      '« We will not raise taxes for the families of this city », a déclaré Grégory Doucet.',
    );
    expect(body.find((block) => block.type === 'quote')).toMatchObject({
      lang: 'en',
      attribution: { name: 'Grégory Doucet' },
    });
  });
});
