import { describe, expect, it } from 'vitest';
import { type BoilerplateFamily, matchBoilerplate, parseArticleText } from '../../src/import';
import { blockToPlainText } from '../../src/text';

// Typical page furniture of French news sites (national, regional, Swiss and
// Belgian papers, broadcasters, WordPress blogs), as a scraper leaves it on
// a line of its own. Only the first two of "advertising" come from the seeds.
const FAMILIES: Record<Exclude<BoilerplateFamily, 'teaser-caption'>, string[]> = {
  advertising: [
    'PUBLICITÉ',
    'Publicité',
    '— Publicité —',
    'Annonce',
    'Contenu sponsorisé',
    'Contenus partenaires',
    'Article sponsorisé',
    'Publireportage',
    'La suite après cette publicité',
    'La suite après la publicité',
    'Publicité - Continuez votre lecture ci-dessous',
    'Recommandé par Outbrain',
    'Sponsored Links by Taboola',
  ],
  social: [
    'Partager',
    'Partager cet article',
    'Partager cet article Discussion',
    'Partager cet article Close Button',
    'Partager sur Facebook',
    'Partager sur Messenger',
    'Partager via :',
    "Partager l'article sur les réseaux sociaux : Facebook Twitter Linkedin Email Whatsapp",
    'Share on Facebook Share on Twitter',
    'Facebook Twitter WhatsApp E-mail',
    'Copier le lien',
    'Lien copié',
    'Copier/coller le lien embed de la vidéo de l’article : Copy to clipboard Lien copié',
    'Tweeter',
    'WhatsApp',
    'Envoyer par e-mail',
    'Imprimer',
    'commentaires',
    '12 commentaires',
    '0 commentaire',
    'Commentaires (12)',
    'Réagir',
    'Réagir (3)',
    'Discussion',
    'Leave A Reply',
    'Leave a Reply Cancel reply',
    'Laisser un commentaire',
    'Laisser un commentaire Annuler la réponse',
    'Name *',
    'Website',
    'Post Comment',
    'Save my name, email, and website in this browser for the next time I comment.',
    'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
    'Vous devez être connecté pour publier un commentaire.',
    'Like this:',
    'Like Loading...',
  ],
  subscription: [
    'Inscrivez-vous à notre newsletter',
    'Inscrivez-vous gratuitement à la newsletter Les Débats',
    'Recevez chaque jour notre newsletter',
    'Newsletter L’essentiel du matin',
    'Abonnez-vous',
    'Abonnez-vous à partir de 1 €',
    'Je m’abonne',
    'Accepter les cookies',
    'Accepter et fermer',
    'Tout accepter',
    'Continuer sans accepter',
    'Paramétrer les cookies',
    'Gérer mes choix',
    'Nous et nos partenaires utilisons des cookies pour améliorer votre expérience de navigation.',
    'En poursuivant votre navigation, vous acceptez l’utilisation de cookies.',
    'Téléchargez l’application Ouest-France',
    'Activez les notifications pour ne rien manquer',
    'Politique de confidentialité',
    'Vous avez aimé cet article ? Abonnez-vous à la newsletter Monde',
  ],
  navigation: [
    'Aller au contenu',
    'Aller au contenu principal',
    'Passer au contenu principal',
    'Accéder aux raccourcis d’accessibilité',
    'Skip to content',
    'Menu',
    'Rechercher',
    'Rechercher sur le site',
    'Se connecter',
    'Mon compte',
    'Suivez-nous',
    'Suivez-nous sur Google News',
    'Retour en haut de page',
    'Lire la suite',
    'Accueil > International > Europe',
    'Vous êtes ici : Accueil > Monde',
    'Newsletter Newsletters Events Évènements Podcasts Vidéos Africanews',
    'Politique International Économie Culture Sport',
  ],
  paywall: [
    'Membres Publique',
    'Réservé aux abonnés',
    'Article réservé aux abonnés',
    'Abonnés',
    'Premium',
    'Il vous reste 78.5% de cet article à lire.',
    'La suite est réservée aux abonnés.',
    'Cet article est réservé aux abonnés. Il vous reste 80% à découvrir.',
    'Ce contenu est réservé aux abonnés',
    'Déjà abonné ? Connectez-vous',
    'Vous avez envie de lire la suite ?',
    'Débloquez tous les articles immédiatement.',
    'Sans engagement',
    '1 € le premier mois',
    'Vous pouvez lire Le Monde sur un seul appareil à la fois',
  ],
  'article-tools': [
    'Écouter cet article',
    'Écouter l’article',
    'Temps de lecture : 2 min',
    'Lecture : 3 min.',
    '4 min de lecture',
    'Ajouter à mes favoris',
    'Ajouter à vos sélections',
    'Offrir l’article',
    'Sauvegarder l’article',
    'Lire plus tard',
    'Vous avez trouvé une erreur? Signalez-la maintenant.',
  ],
  scraper: [
    'Source link',
    'Source link -57',
    'Spread the love',
    'Social Media Auto Publish Powered By : XYZScripts.com',
    'Powered by WordPress',
    'Loader',
    'Chargement...',
    'a',
    '•',
    '00:00/03:21',
    '02:35',
    'Image',
    'Voir la vidéo',
    'The post L’OTAN réitère son soutien à Kiev appeared first on Le Quotidien.',
    'L’article L’OTAN réitère son soutien à Kiev est apparu en premier sur Le Quotidien.',
    'Votre navigateur ne prend pas en charge la lecture de vidéos.',
    'googletag.cmd.push(function() { googletag.display("div-gpt-ad-1"); });',
  ],
};

// Sentences that use the same words as the furniture: they are text.
const KEPT = [
  'Il a refusé de partager cet article de loi avec ses collègues du Sénat.',
  'La publicité pour les jeux d’argent sera interdite dès le 1er janvier, a annoncé le gouvernement.',
  'Menu de la cantine : les parents d’élèves dénoncent une hausse des prix de 12 %.',
  'Par ailleurs, le Conseil d’État a rejeté le recours des associations mardi.',
  'Source de tensions, le projet divise la majorité depuis des mois.',
  'Lire aussi le rapport de la Cour des comptes, qui détaille les dépenses de l’État.',
  'Facebook a annoncé mardi le lancement d’un nouveau service en Europe.',
  'Les abonnés de la SNCF pourront se faire rembourser leurs billets dès lundi.',
  'Publié le 12 juin, le rapport a suscité de vives réactions à l’Assemblée.',
  'Commentaires et analyses se multiplient depuis l’annonce du président.',
  'Accepter les cookies ne devrait pas être obligatoire, estime la CNIL dans un avis publié jeudi.',
  'Abonné depuis vingt ans au journal, il a écrit une lettre ouverte à la rédaction.',
];

const HEADLINE = 'La mairie de Lyon présente son budget pour 2025';
const FIRST = 'Le conseil municipal a examiné lundi soir le projet de budget présenté par la majorité.';
const LAST = 'Le vote définitif est prévu le mois prochain, après une nouvelle séance de discussions.';

function articleWith(line: string): string {
  return [HEADLINE, FIRST, line, LAST].join('\n\n');
}

function outputText(raw: string): string {
  const { article } = parseArticleText(raw);
  return [article.headline, article.standfirst ?? '', ...article.body.map(blockToPlainText)].join('\n');
}

describe('boilerplate families', () => {
  for (const [family, lines] of Object.entries(FAMILIES)) {
    describe(family, () => {
      it.each(lines)('recognises %j', (line) => {
        expect(matchBoilerplate(line)?.family).toBe(family);
      });

      it.each(lines)('drops %j from an article and lists it by family', (line) => {
        const { article, diagnostics } = parseArticleText(articleWith(line));
        expect(article.body.map(blockToPlainText)).not.toContain(line);
        if (line.length > 3) expect(JSON.stringify(article)).not.toContain(JSON.stringify(line).slice(1, -1));
        expect(article.headline).toBe(HEADLINE);
        expect(diagnostics).toContainEqual(
          expect.objectContaining({ code: 'boilerplate', family, lines: [{ number: 5, text: line }] }),
        );
        expect(outputText(articleWith(line))).toContain(FIRST);
        expect(outputText(articleWith(line))).toContain(LAST);
      });
    });
  }

  it.each(KEPT)('keeps the sentence %j', (sentence) => {
    expect(matchBoilerplate(sentence)).toBeUndefined();
    const { article } = parseArticleText(articleWith(sentence));
    expect(article.body.map(blockToPlainText)).toContain(sentence);
  });

  it('drops the caption of a teaser picture after a teaser heading', () => {
    const raw = [
      HEADLINE,
      FIRST,
      LAST,
      'Les plus lus',
      'Sur cette photo prise le 3 mars 2024, le maire de Lyon lors d’un conseil...',
      'Le maire de Lyon veut piétonniser la presqu’île',
    ].join('\n\n');
    const { article, diagnostics, teasers } = parseArticleText(raw);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'boilerplate', family: 'teaser-caption' }),
    );
    expect(teasers).toEqual([{ headline: 'Le maire de Lyon veut piétonniser la presqu’île' }]);
    expect(JSON.stringify(article)).not.toContain('Sur cette photo');
  });

  it('drops instructions to a writing tool, in English or in French, but not a French sentence', () => {
    const lines = [
      'Make this article seo compatible,Let there be subheadings for the article, be in french, create at least 700 words',
      'Rewrite this article in French with at least 500 words',
      'Réécris cet article pour le SEO en 800 mots',
      'Voici l’article réécrit :',
      'Sure! Here is the rewritten article:',
    ];
    for (const line of lines) {
      const { article, diagnostics } = parseArticleText(articleWith(line));
      expect(diagnostics).toContainEqual(
        expect.objectContaining({ code: 'writing-prompt', severity: 'warning' }),
      );
      expect(JSON.stringify(article)).not.toContain(line);
    }
    const french = 'Make Our Planet Great Again : le slogan d’Emmanuel Macron revient dans le débat.';
    expect(outputText(articleWith(french))).toContain(french);
  });
});
