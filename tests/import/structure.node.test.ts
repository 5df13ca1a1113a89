import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../src/import';
import type { Block } from '../../src/model';
import { blockToPlainText } from '../../src/text';

// Passages written for these tests: a small article about a harbour's works.
const HEADLINE = 'Le port de Sète engage trois ans de travaux sur ses quais';
const P1 =
  'La région a voté jeudi un programme de travaux sur les quais du port de Sète, qui doit durer trois ans et coûter près de quarante millions d’euros.';
const P2 =
  'Les pêcheurs craignent de perdre une partie de leurs emplacements pendant le chantier, mais la direction du port promet de les reloger sur le quai voisin.';
const P3 =
  'Les premiers engins arriveront au printemps, après l’avis de l’autorité environnementale sur le dragage du chenal et le traitement des boues.';
const P4 =
  'Le maire a demandé que les travaux s’arrêtent pendant la saison des joutes, en août, pour ne pas gêner les fêtes de la ville.';

const page = (...blocks: string[]) => blocks.join('\n\n');
const texts = (body: Block[]) => body.map(blockToPlainText);

describe('parseArticleText: the structure of pages from other outlets', () => {
  it('drops a form’s small print and a newsletter’s pitch printed after the article, set apart by furniture', () => {
    const smallPrint = [
      'Vos données sont traitées par l’éditeur du site pour vous envoyer la lettre choisie.',
      'Elles sont conservées trois ans à compter de la dernière ouverture de la lettre par son destinataire.',
      'Vous pouvez à tout moment exercer vos droits d’accès et de rectification auprès du délégué.',
    ];
    const { article } = parseArticleText(
      page(HEADLINE, P1, P2, P3, P4, 'Newsletter', 'Je m’abonne', ...smallPrint),
    );
    expect(texts(article.body)).toEqual([P2, P3, P4]);

    const pitch = 'Enquêtes et reportages : recevez chaque vendredi le meilleur de la semaine en mer.';
    const withPitch = parseArticleText(page(HEADLINE, P1, P2, P3, P4, 'Newsletter mer', pitch)).article;
    expect(texts(withPitch.body)).toEqual([P2, P3, P4]);
  });

  it('keeps the closing advice of a service article, after an ad marker', () => {
    const advice = [
      'Vous pouvez demander un badge d’accès au quai auprès de la capitainerie, sur présentation de votre carte.',
      'Si vous stationnez sur le quai pendant les travaux, votre véhicule sera enlevé aux frais du propriétaire.',
    ];
    const { article } = parseArticleText(page(HEADLINE, P1, P2, P3, P4, 'Publicité', ...advice));
    expect(texts(article.body)).toEqual([P2, P3, P4, ...advice]);
  });

  it('keeps a paragraph of the body that speaks to the reader', () => {
    const advice =
      'Si vous devez prendre le bac vers le quai d’Alger pendant les travaux, prévoyez une demi-heure de plus, prévient la direction.';
    const { article } = parseArticleText(page(HEADLINE, P1, P2, advice, P3, P4));
    expect(texts(article.body)).toEqual([P2, advice, P3, P4]);
  });

  it('drops the links to the previous and next articles, and a tag list glued to its label', () => {
    const { article } = parseArticleText(
      page(
        HEADLINE,
        P1,
        P2,
        P3,
        P4,
        'Tagsportsètetravaux',
        'Article précédent Les joutes de Sète : un champion de 17 ans',
        'Article suivant La criée de Sète vend son thon aux enchères en ligne',
      ),
    );
    expect(texts(article.body)).toEqual([P2, P3, P4]);
  });

  it('drops a table of contents: its heading and the short entries under it', () => {
    const { article } = parseArticleText(
      page(
        HEADLINE,
        P1,
        'Sommaire',
        'Le calendrier',
        'Le coût',
        'Les pêcheurs',
        P2,
        'Quel est le calendrier des travaux ?',
        P3,
        'Combien coûtent les travaux ?',
        P4,
      ),
    );
    expect(texts(article.body)).toEqual([
      P2,
      'Quel est le calendrier des travaux ?',
      P3,
      'Combien coûtent les travaux ?',
      P4,
    ]);
    expect(article.body.filter((block) => block.type === 'subheading')).toHaveLength(2);
  });

  it('drops a link in capitals between paragraphs, but keeps an intertitle in capitals', () => {
    const { article } = parseArticleText(
      page(HEADLINE, P1, P2, 'NOTRE DOSSIER « LES PORTS DE LA MÉDITERRANÉE »', P3, 'LE CHANTIER', P4),
    );
    expect(texts(article.body)).toEqual([P2, P3, 'LE CHANTIER', P4]);
  });

  it('takes no chapô from a line of a name and a date under the headline', () => {
    const { article } = parseArticleText(
      page(HEADLINE, 'La Rédaction, Mis à jour le 3 mars 2024 10:31', 'Partager', P1, P2, P3),
    );
    expect(article.standfirst ?? '').not.toContain('Rédaction');
    expect(texts(article.body).join(' ')).not.toContain('Rédaction');
  });

  it('keeps a quotation told in the pluperfect, with where and when it was said, as a paragraph', () => {
    const told =
      '« Le port vivra de la pêche ou ne vivra pas », avait affirmé lundi le maire de Sète sur France Bleu.';
    const { article } = parseArticleText(page(HEADLINE, P1, P2, told, P3));
    expect(article.body).toContainEqual({ type: 'paragraph', text: told });
    expect(article.body.some((block) => block.type === 'quote')).toBe(false);
  });

  it('still sets apart a quotation reported in the present perfect, with its speaker', () => {
    const said = '« Le port vivra de la pêche ou ne vivra pas », a déclaré François Commeinhes.';
    const { article } = parseArticleText(page(HEADLINE, P1, P2, said, P3));
    expect(article.body).toContainEqual({
      type: 'quote',
      text: 'Le port vivra de la pêche ou ne vivra pas',
      attribution: { name: 'François Commeinhes' },
    });
  });

  it('reads two levels of headings: a section, then the names it is about, then the text', () => {
    const { article } = parseArticleText(
      page(
        HEADLINE,
        P1,
        P2,
        'Trois élus en première ligne',
        'Marie Fabre, Paul Roux et Jeanne Vidal',
        P3,
        P4,
      ),
    );
    expect(article.body.filter((block) => block.type === 'subheading')).toEqual([
      { type: 'subheading', text: 'Trois élus en première ligne' },
      { type: 'subheading', text: 'Marie Fabre, Paul Roux et Jeanne Vidal' },
    ]);
  });

  it('keeps a heading that names what the paragraph below repeats, where a pull quote would be a sentence', () => {
    const { article } = parseArticleText(page(HEADLINE, P1, P2, 'Quarante millions', P3, P4));
    expect(article.body).toContainEqual({ type: 'subheading', text: 'Quarante millions' });
    expect(article.body.some((block) => block.type === 'quote')).toBe(false);
  });

  it('ends a "Lire aussi" teaser at a heading of a word or two, which the body resumes with', () => {
    const { article, teasers } = parseArticleText(
      page(
        HEADLINE,
        P1,
        P2,
        'Lire aussi sur notre site',
        '>> Les joutes de Sète, un sport de combat sur l’eau',
        'Calendrier',
        P3,
        P4,
      ),
    );
    expect(teasers.map((teaser) => teaser.headline)).toEqual([
      'Les joutes de Sète, un sport de combat sur l’eau',
    ]);
    expect(article.body).toContainEqual({ type: 'subheading', text: 'Calendrier' });
    expect(texts(article.body)).toContain(P3);
  });

  it('reads a chapô of several sentences set apart from the body by a caption signed with its credit', () => {
    const chapo =
      'Trois ans de chantier attendent le port. Les pêcheurs s’inquiètent. La région promet de les reloger. Le maire veut épargner les joutes.';
    const caption = 'Sète, mars 2024. Un chalutier rentre au port au petit matin. LP/M.R.';
    const { article, captions } = parseArticleText(page(HEADLINE, chapo, caption, P1, P2, P3));
    expect(article.standfirst).toBe(chapo);
    expect(captions).toEqual([caption]);
    expect(texts(article.body)).toEqual([P1, P2, P3]);
  });

  it('reads a quotation in its marks without a full stop inside as a quote block, not as furniture', () => {
    const { article } = parseArticleText(
      page(HEADLINE, P1, P2, '« Le chantier ne coûtera pas un euro de plus aux pêcheurs du port »', P3, P4),
    );
    expect(article.body).toContainEqual(
      expect.objectContaining({
        type: 'quote',
        text: 'Le chantier ne coûtera pas un euro de plus aux pêcheurs du port',
      }),
    );
  });

  it('reads a post printed on two lines of one block, its attribution under it, as one quote block', () => {
    const { article } = parseArticleText(
      page(
        HEADLINE,
        P1,
        P2,
        '⚠️ #Sète | Les quais seront fermés au public dès lundi.\nMerci de suivre les déviations indiquées sur place.',
        '— Port de Sète (@portdesete) March 4, 2024',
        P3,
      ),
    );
    const quotes = article.body.filter((block) => block.type === 'quote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      text: '⚠️ #Sète | Les quais seront fermés au public dès lundi. Merci de suivre les déviations indiquées sur place.',
      attribution: { name: 'Port de Sète' },
    });
  });

  it('reads as pull quotes the paragraphs under which the page prints the name it prints under its pull quotes', () => {
    const said =
      'Le port doit rester un lieu de travail avant d’être un décor, répète la présidente de la prud’homie des pêcheurs.';
    const { article } = parseArticleText(
      page(
        HEADLINE,
        P1,
        P2,
        said,
        'Le port doit rester un lieu de travail avant d’être un décor',
        'Claire Marty',
        P3,
        'Un quai neuf, mais pour qui, et à quel prix pour ceux qui y travaillent chaque nuit ?',
        'Claire Marty',
        P4,
      ),
    );
    const quotes = article.body.filter((block) => block.type === 'quote');
    expect(quotes.map((quote) => quote.type === 'quote' && quote.text)).toEqual([
      'Le port doit rester un lieu de travail avant d’être un décor',
      'Un quai neuf, mais pour qui, et à quel prix pour ceux qui y travaillent chaque nuit ?',
    ]);
    expect(texts(article.body).join(' ')).not.toContain('Claire Marty');
  });

  it('reads "Article mis à jour le …" as a date line, not as the first paragraph', () => {
    const { article } = parseArticleText(
      page(HEADLINE, 'Partager', 'Article mis à jour le 7 janvier 2024.', P1, P2, P3),
    );
    expect(texts(article.body).join(' ')).not.toContain('mis à jour');
    expect(article.dateModified).toBe('2024-01-07');
  });

  it('marks a few English words quoted or glossed in a French sentence, and leaves French ones alone', () => {
    const sentence =
      'Les pêcheurs parlent de « fake news » et craignent les rançongiciels (ou ransomware) qui visent le port, dit « Tout va bien » le maire.';
    const { article } = parseArticleText(page(HEADLINE, P1, P2, sentence, P3));
    const paragraph = article.body.find(
      (block) => block.type === 'paragraph' && typeof block.text !== 'string',
    );
    expect(paragraph).toBeDefined();
    const marked = JSON.stringify(paragraph);
    expect(marked).toContain('{"type":"foreign","lang":"en","children":["fake news"]}');
    expect(marked).toContain('{"type":"foreign","lang":"en","children":["ransomware"]}');
    expect(marked).not.toContain('"children":["Tout va bien"]');
  });

  it('gives a short English post with a link its language', () => {
    const { article } = parseArticleText(
      page(
        HEADLINE,
        P1,
        P2,
        'Maybe worth moving the fishing boats before the works https://t.co/abc123',
        '— Harbour Watch (@harbourwatch) March 4, 2024',
        P3,
      ),
    );
    expect(article.body).toContainEqual(expect.objectContaining({ type: 'quote', lang: 'en' }));
  });

  it('removes the screen-reader note a scraper glued to the next word', () => {
    const { article, teasers } = parseArticleText(
      page(
        HEADLINE,
        P1,
        P2,
        'Partager sur Facebook(Nouvelle fenêtre)',
        'Le maire de Sète (s’ouvre dans un nouvel onglet)a présenté le chantier aux pêcheurs jeudi soir, devant la criée.',
        P3,
      ),
    );
    expect(texts(article.body)).toEqual([
      P2,
      'Le maire de Sète a présenté le chantier aux pêcheurs jeudi soir, devant la criée.',
      P3,
    ]);
    expect(JSON.stringify({ article, teasers })).not.toMatch(/fenêtre|onglet/);
  });
});
