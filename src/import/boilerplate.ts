import type { BoilerplateFamily } from './diagnostics';
import { bareKey, endsWithTerminalPunctuation, foldKey, wordCount } from './normalise';

/** Why a line was recognised as page furniture. */
export interface BoilerplateMatch {
  family: BoilerplateFamily;
}

interface Rule {
  family: BoilerplateFamily;
  /** Matched against the line's bare key: folded (no accents, lower case), decoration stripped. */
  pattern: RegExp;
}

// Rules on whole lines only: a widget's label is a line of its own on a
// scraped page, while the same words inside a sentence are text. Patterns are
// written against the folded key ("publicite", not "PUBLICITÉ").
const RULES: Rule[] = [
  // Advertising and sponsored content.
  {
    family: 'advertising',
    pattern:
      /^(?:publicite|pub|annonces?|advertisements?|advertising|ads?|sponsored|sponsorises?|sponsorisees?|publi-?redactionnel|publireportage|publi-?reportage|espace publicitaire|votre publicite ici|annonce publicitaire)$/,
  },
  {
    family: 'advertising',
    pattern:
      /^(?:contenus? (?:sponsorises?|partenaires?|de marque|promotionnels?|proposes? par .{1,40})|articles? sponsorises?|liens? (?:sponsorises?|commerciaux)|sponsored (?:content|links?|stories|by .{1,40})|en partenariat avec .{1,40}|contenu sponsorise par .{1,40}|communique de presse sponsorise)$/,
  },
  {
    family: 'advertising',
    pattern:
      /^(?:(?:la )?suite (?:de l'article |de votre article )?(?:apres|sous) (?:cette|la|l'|les) ?(?:publicites?|annonces?)|publicite[ ,.:-]+(?:continuez|poursuivez|lire la suite|la suite)\b.{0,40})$/,
  },
  {
    family: 'advertising',
    pattern:
      /^(?:(?:recommande|recommandes|propose|proposes|sponsored links|promoted|promoted links|sponsorise) (?:par|by) )?(?:taboola|outbrain|ligatus|plista|mgid)(?: .{0,40})?$/,
  },

  // Share and comment widgets.
  {
    family: 'social',
    pattern:
      /^(?:partager|partagez|partage|partages|share|shares|partager (?:cet|l') ?article|partagez (?:cet|l') ?article|partager (?:la|cette) (?:video|page|publication|photo|infographie)|(?:partager|partagez|share)(?: (?:cet|l') ?article)? (?:sur|on|via)(?: .{1,80})?|share (?:this|this article|this story)|(?:click|cliquez) (?:to share|pour partager) (?:on|sur) .{1,40}|copier (?:le lien|l'url|l'adresse|le lien de l'article)|copier|lien copie|copy (?:the )?link|link copied|copy to clipboard|copie dans le presse-papiers|copier\/coller .{0,120}|close button|tweeter|tweet|facebook|twitter|x \(ex-twitter\)|whatsapp|linkedin|messenger|telegram|pinterest|reddit|flipboard|bluesky|threads|mastodon|e-?mail|courriel|mail|sms|imprimer|imprimer (?:cet|l') ?article|print|envoyer|envoyer par (?:e-?mail|mail|courriel)|envoyer (?:a|cet article a) un ami)$/,
  },
  {
    family: 'social',
    pattern:
      /^(?:(?:\d+ )?(?:commentaires?|comments?|reactions?)|aucun commentaire|0 commentaire|reagir|reagissez|reagissez a cet article|commenter|commentez|discussion|discussions|discuter|leave a (?:reply|comment)(?: cancel reply)?|post a comment|(?:laisser|laissez) un commentaire(?: annuler la reponse)?|laisser une reponse(?: annuler la reponse)?|publier (?:le|un|votre) commentaire|ajouter un commentaire|poster un commentaire|publier un commentaire|(?:voir|lire|afficher|masquer) (?:les|tous les) (?:\d+ )?(?:commentaires|reactions)|signaler (?:un abus|ce commentaire|un contenu|un probleme)|repondre|cancel reply|annuler la reponse|j'aime|like|likes|like this|j'aime chargement.*|like loading.*|chargement des commentaires.*)$/,
  },
  // A comment form's fields, as a scraper reads them ("Name *", "Website", "Post Comment").
  {
    family: 'social',
    pattern:
      /^(?:comment|comments|commentaire|votre commentaire|name|nom|prenom|email|e-mail|website|site web|site internet|post comment|submit comment|publier le commentaire|envoyer le commentaire|envoyer mon commentaire)$/,
  },
  {
    family: 'social',
    pattern:
      /^(?:vous devez etre (?:connecte|inscrit|abonne|identifie).{0,60}(?:commenter|commentaire|reagir).*|votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publiee.*|your email address will not be published.*|les champs obligatoires sont (?:indiques|marques).*|required fields are marked.*|save my name, email,? and website.{0,80}|enregistrer mon nom, mon e-?mail et mon site.{0,100}|(?:connectez-vous|identifiez-vous) pour (?:commenter|reagir).*)$/,
  },

  // Newsletter, app and cookie prompts.
  {
    family: 'subscription',
    pattern:
      /^(?:newsletters?|la newsletter|nos newsletters|inscription|inscrivez-vous|s'inscrire|je m'inscris|s'abonner|abonnez-vous|je m'abonne|abonnement|offre d'abonnement|s'abonner a la newsletter|inscription a la newsletter|recevoir la newsletter|votre (?:adresse )?e-?mail|adresse e-?mail|e-?mail address|subscribe|sign up)$/,
  },
  {
    family: 'subscription',
    pattern:
      /^(?:inscrivez-vous|abonnez-vous|recevez|recevoir|decouvrez|inscription|s'inscrire|s'abonner|rejoignez|ne manquez)\b.{0,90}\b(?:newsletters?|lettres? d'information|alertes?|notifications?|gratuitement|offres?|abonnement|essentiel de l'actualite|aucune (?:info|actualite))\b.{0,60}$/,
  },
  {
    family: 'subscription',
    pattern: /^abonnez-vous\b.{0,120}$/,
  },
  // "Vous avez aimé cet article ? Abonnez-vous à la newsletter Monde".
  {
    family: 'subscription',
    pattern: /^.{0,80}[?!.] (?:abonnez-vous|inscrivez-vous|recevez|telechargez)\b.{0,100}$/,
  },
  {
    family: 'subscription',
    pattern:
      /^(?:accepter|accepter (?:les cookies|et fermer|et continuer|tout|tous les cookies)|tout accepter|j'accepte(?: les cookies)?|tout refuser|refuser(?: tout| les cookies)?|continuer sans accepter|parametrer(?: les cookies)?|parametres (?:des )?cookies|gerer (?:mes|les|vos) (?:choix|cookies|preferences|parametres)|personnaliser(?: mes choix| les cookies| vos choix)?|en savoir plus et parametrer|cookies?|preferences (?:de )?cookies)$/,
  },
  {
    family: 'subscription',
    pattern:
      /^(?:(?:nous|ce site|ce site web|notre site|nos partenaires et nous|avec nos partenaires,? nous)\b.{0,60}\b(?:utilisons|utilise|deposons|deposent|stockons)\b.{0,80}\bcookies?\b.{0,200}|en (?:poursuivant|continuant) (?:votre|la) navigation.{0,200}|we use cookies.{0,200})$/,
  },
  {
    family: 'subscription',
    pattern:
      /^(?:politique de (?:confidentialite|cookies)|gestion des cookies|mentions legales|cgu|cgv|conditions generales(?: d'utilisation| de vente)?|donnees personnelles|protection des donnees)$/,
  },
  {
    family: 'subscription',
    pattern:
      /^(?:(?:telechargez|telecharger|installez|installer) (?:gratuitement )?(?:l'|notre |nos )?appli(?:cation)?s?\b.{0,80}|(?:activez|activer|recevez|recevoir) (?:les |nos )?(?:notifications|alertes)\b.{0,80}|suivez (?:toute )?l'actualite\b.{0,60}\b(?:newsletter|google news|alertes?|notifications?|whatsapp|telegram|appli(?:cation)?)\b.{0,40}|disponible sur (?:l'app store|google play).{0,40})$/,
  },

  // Navigation.
  {
    family: 'navigation',
    pattern:
      /^(?:(?:aller|passer|acceder|sauter|retour|retourner) (?:directement )?(?:au|a la|aux) (?:contenu|contenus|navigation|recherche|menu|pied de page|article)(?: principale?)?|acceder aux raccourcis d'accessibilite|raccourcis d'accessibilite|skip to (?:main )?(?:content|navigation)|skip navigation)$/,
  },
  {
    family: 'navigation',
    pattern:
      /^(?:menu|ouvrir le menu|fermer le menu|main menu|menu principal|navigation|rechercher|recherche|search|lancer la recherche|se connecter|connexion|s'identifier|identifiez-vous|se deconnecter|deconnexion|mon compte|mon espace|mon profil|login|log in|sign in|suivez-nous|suivez nous|nous suivre|follow us|accueil|page d'accueil|home|retour|retour a l'accueil|retour en haut(?: de (?:la )?page)?|haut de page|revenir en haut(?: de (?:la )?page)?|back to top|plan du site|fil d'ariane|vous etes ici|fermer|close|ouvrir|precedent|suivant|article precedent|article suivant|page precedente|page suivante|voir plus|voir tout|tout voir|afficher plus|charger plus|plus d'infos|lire la suite|read more|continue reading|continuer la lecture|en savoir plus|vous etes ici.{0,120}|rechercher (?:sur|dans) le site|contact|contactez-nous|nous contacter|a propos|qui sommes-nous)$/,
  },
  // Links to the previous and next articles, with their titles: "Article précédent Titre…".
  {
    family: 'navigation',
    pattern:
      /^(?:(?:article|page|billet|post|sujet|story) )?(?:precedente?|suivante?|previous|next)(?: (?:article|page|billet|post|story))? ?:? [\p{L}\p{N}«"].{0,240}$/u,
  },
  // A label glued to the words it labels, as a scraper joins a tag list: "Tagsfemmehommeparite".
  {
    family: 'navigation',
    pattern: /^(?:tags|mots-cles|themes|sujets|keywords)\p{Ll}[^.!?]{0,200}$/u,
  },
  {
    family: 'navigation',
    pattern:
      /^(?:(?:suivez|retrouvez|rejoignez)[- ]nous|follow us) (?:sur|on|aussi sur|egalement sur) .{1,80}$/,
  },

  // Paywall and membership markers.
  {
    family: 'paywall',
    pattern:
      /^(?:membres?(?: publique)?|publique|abonnes?|premium|exclusif|exclusivite|reserve aux (?:abonnes|membres)|(?:article|contenu) reserve aux (?:abonnes|membres)(?: .{1,80})?|(?:exclusif|exclusivite|article|contenu) (?:abonnes?|premium)|article offert|cet article vous est offert|sans engagement|acces illimite.{0,80}|offre (?:speciale|decouverte|d'essai|limitee|de bienvenue)\b.{0,80}|deja abonne.{0,80}|pas encore abonne.{0,80}|pour (?:lire|continuer a lire|acceder a) (?:la suite|cet article|l'integralite).{0,80}|la suite (?:de cet article )?est reservee aux (?:abonnes|membres).{0,80}|il vous reste \d+(?:[.,]\d+)? ?% (?:de (?:cet|l') article )?a (?:lire|decouvrir).{0,80}|vous avez envie de lire la suite.{0,40}|(?:ce|cet) (?:contenu|article) est reserve aux (?:abonnes|membres).{0,120}|abonnez-vous pour lire la suite.{0,80}|debloquez (?:cet |l'|tous les )articles?.{0,80}|\d+(?:[.,]\d+)? ?(?:€|euros?) (?:le|par|pour le|les) (?:premiers? )?(?:\d+ )?mois.{0,80}|vous pouvez lire .{1,40} sur un seul appareil.{0,120}|ce message s'affichera sur l'autre appareil.{0,200})$/,
  },

  // Article tools.
  {
    family: 'article-tools',
    pattern:
      /^(?:ecouter(?: cet| l'| le present)? ?article(?: \d+ ?(?:min|minutes?|mn))?|ecouter|lire l'article a voix haute|(?:temps de )?lecture ?:? ?\d+ ?(?:min|minutes?|mn)|\d+ ?(?:min|minutes?|mn) (?:de lecture|read)|taille du texte|a\+? ?a-|a- ?a\+|ajouter a (?:mes|vos) (?:favoris|articles|listes?|selections)|(?:mes )?favoris|sauvegarder(?: (?:cet |l')article)?|enregistrer(?: (?:cet |l')article)?|lire plus tard|offrir(?: (?:cet |l')article)?|suivre(?: ce sujet| cet auteur| ce theme)?|ajouter a ma liste|mode sombre|plein ecran|traduire(?: (?:cet |l')article)?|vous avez (?:trouve|remarque|repere) une (?:erreur|faute).{0,80}|signaler une (?:erreur|faute).{0,40}|resume(?: de l'article)? genere par .{1,40})$/,
  },

  // Plugin credits and scraper artefacts.
  {
    family: 'scraper',
    pattern:
      /^(?:source link(?: ?-?\d+)?|spread the love|share the love|(?:social media auto publish )?powered by\b.{0,80}|share this|(?:the post|l'article|cet article|le post) .{3,240} (?:appeared first on|est apparu en premier sur) .{2,100}|loader|loading|chargement|chargement en cours|veuillez patienter|please wait|image|images|photo|photos|video|videos|voir la video|regarder la video|audio|play|lecture|pause|replay|embed|fullscreen|diaporama|galerie|slideshow|infographie|advertisement|votre navigateur ne (?:supporte|prend|permet|peut) .{0,140}|your browser does not support.{0,120}|(?:activez|veuillez activer) (?:le )?javascript.{0,120}|javascript (?:is )?(?:disabled|required|desactive).{0,120})$/,
  },
  // A video player's duration ("02:35").
  { family: 'scraper', pattern: /^(?:\d{1,2}:)?\d{1,2}:\d{2}$/ },
  // A newsletter's pitch: "Chaque mardi, recevez le meilleur de l'actualité…", "Recevez chaque mercredi…".
  {
    family: 'subscription',
    pattern:
      /^(?:(?:chaque|tous les) (?:jour|matin|soir|semaine|mois|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?,? (?:recevez|retrouvez|decouvrez)|(?:recevez|retrouvez|decouvrez),? (?:chaque|tous les) (?:jour|matin|soir|semaine|mois|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?|du lundi au (?:vendredi|samedi|dimanche),? (?:recevez|retrouvez|decouvrez))\b.{0,200}$/,
  },
  // Consent boxes of forms: "J'accepte de recevoir la newsletter…", "Oui Non".
  {
    family: 'subscription',
    pattern:
      /^(?:j'accepte (?:de recevoir|les conditions|que mes donnees)\b.{0,160}|oui non|envoyer (?:cet article|l'article) par (?:e-?mail|mail|courriel).{0,40}|envoyer a :.{0,200})$/,
  },
  // A marker of content for subscribers, wherever it stands in a short line: "Lecture audio réservée aux abonnés".
  {
    family: 'paywall',
    pattern:
      /^(?:[\p{L}\p{N}'-]+ ){0,4}reserve(?:e|s|es)? aux (?:abonnes|membres)(?: [\p{L}\p{N}'-]+){0,4}$/u,
  },
  // Read times and bare counters of a teaser or a share bar: "8 min lues", "5 abonnés", "0 partage".
  {
    family: 'article-tools',
    pattern:
      /^\d+ (?:min(?:utes?)? (?:de lecture|lues?)|abonnes?|partages?|vues?|lectures?)(?: \d+ (?:commentaires?|partages?))?$/,
  },
];

// A table of contents' heading: its entries follow, one a line.
const CONTENTS_HEADING =
  /^(?:sommaire|au sommaire|table des matieres|dans cet article|contents|table of contents)$/;

/** Whether a line heads a table of contents ("Sommaire"): the short lines under it are its entries. */
export function isContentsHeading(text: string): boolean {
  return CONTENTS_HEADING.test(bareKey(text));
}

// Lines made only of widget labels, as a page's toolbar comes out of a
// scraper: "Partager cet article Discussion", "Facebook Twitter E-mail".
// One strong label is enough when nothing else is on the line.
const STRONG_LABELS: Record<string, BoilerplateFamily> = {
  'partager cet article': 'social',
  "partager l'article": 'social',
  partager: 'social',
  partagez: 'social',
  'copier le lien': 'social',
  'lien copie': 'social',
  'copy to clipboard': 'social',
  'copy link': 'social',
  'close button': 'social',
  tweeter: 'social',
  tweet: 'social',
  facebook: 'social',
  twitter: 'social',
  whatsapp: 'social',
  linkedin: 'social',
  messenger: 'social',
  telegram: 'social',
  pinterest: 'social',
  reddit: 'social',
  flipboard: 'social',
  bluesky: 'social',
  'e-mail': 'social',
  email: 'social',
  imprimer: 'social',
  commentaires: 'social',
  commentaire: 'social',
  commenter: 'social',
  discussion: 'social',
  reagir: 'social',
  envoyer: 'social',
  embed: 'social',
  newsletter: 'subscription',
  newsletters: 'subscription',
  "s'abonner": 'subscription',
  'abonnez-vous': 'subscription',
  "je m'abonne": 'subscription',
  menu: 'navigation',
  rechercher: 'navigation',
  recherche: 'navigation',
  'se connecter': 'navigation',
  connexion: 'navigation',
  'mon compte': 'navigation',
  'suivez-nous': 'navigation',
  accueil: 'navigation',
  fermer: 'navigation',
  close: 'navigation',
  publicite: 'advertising',
  ecouter: 'article-tools',
  favoris: 'article-tools',
};

// Section names and menu entries: only a run of several of them is a menu bar
// ("Newsletter Newsletters Events Évènements Podcasts Vidéos"); one alone may
// be a kicker ("International").
const WEAK_LABELS = [
  'events',
  'evenements',
  'evenement',
  'podcasts',
  'podcast',
  'videos',
  'video',
  'en direct',
  'direct',
  'live',
  'replay',
  'meteo',
  'sports',
  'sport',
  'culture',
  'economie',
  'politique',
  'international',
  'monde',
  'france',
  'societe',
  'sciences',
  'science',
  'tech',
  'high-tech',
  'planete',
  'idees',
  'opinions',
  'debats',
  'regions',
  'faits divers',
  'people',
  'sante',
  'education',
  'services',
  'jeux',
  'horoscope',
  'emploi',
  'immobilier',
  'voyages',
  'voyage',
  'programmes tv',
  'tele',
  'tv',
  'boutique',
  'abonnement',
  'a la une',
  'la une',
  'actualites',
  'actualite',
  'infos',
  'info',
  'europe',
  'afrique',
  'asie',
  'ameriques',
  'moyen-orient',
  'business',
  'lifestyle',
  'travel',
  'green',
  'next',
  'world',
  'news',
  'radio',
  'magazine',
  'dossiers',
  'enquetes',
  'editions',
  'archives',
  'galeries',
  'photos',
  'diaporamas',
  'my europe',
  'programmes',
  'emissions',
  'chroniques',
];

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const LABELS = [...Object.keys(STRONG_LABELS), ...WEAK_LABELS].sort((a, b) => b.length - a.length);
const LABEL_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}'-])(?:${LABELS.map(escapeForRegExp).join('|')})(?![\\p{L}\\p{N}'-])`,
  'gu',
);
const SEPARATORS = /[|•·,;:/\\>›»«()[\]{}\-–—_+*#=~^]+|\d+/g;

function matchLabelLine(key: string): BoilerplateMatch | undefined {
  const words = key.split(' ').length;
  if (words > 20) return undefined;
  const families = new Map<BoilerplateFamily, number>();
  let labels = 0;
  let strong = 0;
  const rest = key.replace(LABEL_PATTERN, (label) => {
    labels += 1;
    const family = STRONG_LABELS[label];
    if (family) strong += 1;
    // Section names count as navigation: they make a menu bar.
    const counted = family ?? 'navigation';
    families.set(counted, (families.get(counted) ?? 0) + 1);
    return ' ';
  });
  if (labels === 0) return undefined;
  const leftover = rest.replace(SEPARATORS, ' ').trim();
  const leftoverWords = leftover === '' ? 0 : leftover.split(/\s+/).length;
  const family = [...families.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'navigation';
  if (strong > 0 && leftoverWords === 0) return { family };
  // A menu bar: several entries, at most one word (the brand) not in the vocabulary.
  if (labels >= 3 && leftoverWords <= 1) return { family };
  return undefined;
}

// "Accueil > Monde > Europe", "Accueil / International".
function isBreadcrumb(key: string): boolean {
  const parts = key.split(/(?<!\s)\s*[>›»/|]\s*/);
  if (parts.length < 2) return false;
  if (parts.some((part) => part === '' || part.split(' ').length > 5)) return false;
  return /^(?:accueil|home|une|actualites?|infos?)$/.test(parts[0] ?? '') || parts.length >= 4;
}

// Script and markup that a scraper kept as text.
const CODE =
  /^(?:function\s*\(|\(function\b|var\s|let\s|const\s|window\.|document\.|googletag\b|<\/?[a-z][^>]*>|[{}]|\/\/|\/\*|\*\/|@media\b|\.[a-z-]+\s*\{)/i;

// "newsletter l'essentiel du matin": the word, then one to six words of a name.
function isNewsletterName(key: string): boolean {
  const [first, ...name] = key.split(' ');
  return (
    (first === 'newsletter' || first === 'newsletters') &&
    name.length >= 1 &&
    name.length <= 6 &&
    name.every((word) => /^[\p{L}\p{N}'’-]+$/u.test(word))
  );
}

/**
 * Recognises a line of page furniture: ad markers, share and comment widgets,
 * newsletter and cookie prompts, navigation, paywall markers, article tools,
 * plugin credits and scraper artefacts. Only whole lines are judged, and a
 * line that reads like a sentence (eight words or more ending with a full
 * stop) is never taken for a menu bar, so the same words inside the text are
 * kept.
 */
export function matchBoilerplate(text: string): BoilerplateMatch | undefined {
  const line = text.trim();
  if (line === '') return undefined;
  if (CODE.test(line)) return { family: 'scraper' };
  // Stray letters, bullets or numbers with nothing around them ("a", "•", "57").
  if (!/\p{L}/u.test(line) || line.replace(/[^\p{L}\p{N}]/gu, '').length <= 2) return { family: 'scraper' };

  const key = bareKey(line);
  if (CONTENTS_HEADING.test(key)) return { family: 'navigation' };
  for (const rule of RULES) {
    if (rule.pattern.test(key)) return { family: rule.family };
  }
  const proseLike = wordCount(line) >= 8 && endsWithTerminalPunctuation(line);
  if (proseLike) return undefined;
  if (isBreadcrumb(foldKey(line))) return { family: 'navigation' };
  const labels = matchLabelLine(key);
  if (labels) return labels;
  // A newsletter's promotion with its name: "Newsletter L’essentiel du matin".
  if (isNewsletterName(key)) return { family: 'subscription' };
  return undefined;
}
