import type { Article, Teaser } from '../../src/model';

/**
 * French articles that no component, story or fixture was written against:
 * the judges render them next to the seeds so that a page passing the
 * validators is not just a page tuned to five known texts. The people and
 * places are invented; the shapes are the ones a newsroom CMS produces
 * (several signatures, lists, a phrase in another language, no photo, a
 * headline longer than search engines show, straight apostrophes typed on a
 * keyboard, a paywalled piece).
 */

const SITE = 'https://www.example.fr';

/** The unseen articles' pictures, served at this path next to the seeds' (`tests/judges/images/`). */
export const UNSEEN_IMAGES_PATH = '/images/unseen';

/** Agriculture: two signatures, a bulleted list, an English phrase, a relative section link, a lead photo with crops. */
const sorghoDansLeGers: Article = {
  url: `${SITE}/environnement/2024/08/21/secheresse-gers-agriculteurs-sorgho`,
  headline: 'Sécheresse : dans le Gers, des agriculteurs remplacent le maïs par le sorgho',
  standfirst:
    'Après trois étés sans pluie suffisante, une quarantaine d’exploitations du sud-ouest testent une céréale moins gourmande en eau. Les premiers rendements surprennent.',
  section: { name: 'Environnement', url: '/environnement' },
  tags: ['sécheresse', 'agriculture', 'Gers', 'eau'],
  datePublished: '2024-08-21T06:45:00+02:00',
  dateModified: '2024-08-21T11:20:00+02:00',
  authors: [
    { name: 'Claire Dumoulin', url: '/auteurs/claire-dumoulin', jobTitle: 'journaliste au service Planète' },
    { name: 'Karim Benali', url: '/auteurs/karim-benali', jobTitle: 'correspondant à Toulouse' },
  ],
  image: {
    src: `${UNSEEN_IMAGES_PATH}/sorgho-gers-16x9.jpg`,
    width: 1600,
    height: 900,
    alt: 'Un champ de sorgho aux épis bruns sous un ciel d’été, sur un coteau du Gers.',
    caption: 'Une parcelle de sorgho à Lectoure (Gers), en août 2024.',
    credit: '© Karim Benali',
    crops: [
      { src: `${UNSEEN_IMAGES_PATH}/sorgho-gers-4x3.jpg`, width: 1200, height: 900 },
      { src: `${UNSEEN_IMAGES_PATH}/sorgho-gers-1x1.jpg`, width: 1200, height: 1200 },
    ],
  },
  body: [
    {
      type: 'paragraph',
      text: 'Sur les coteaux de Lectoure, les épis bruns du sorgho ont remplacé cette année le vert profond du maïs. « On n’avait plus le choix », résume Mathieu Casteran, 41 ans, qui cultive 180 hectares avec son frère.',
    },
    {
      type: 'paragraph',
      text: [
        'Comme lui, une quarantaine d’exploitants du département participent à un programme conduit par la chambre d’agriculture. Les agronomes parlent de ',
        { type: 'foreign', lang: 'en', children: ['dry farming'] },
        ' : cultiver sans irrigation, en misant sur des variétés qui supportent la chaleur.',
      ],
    },
    { type: 'subheading', text: 'Moitié moins d’eau qu’un maïs irrigué' },
    {
      type: 'paragraph',
      text: 'Selon les premiers relevés, une parcelle de sorgho consomme environ 45 % d’eau en moins qu’une parcelle de maïs conduite de façon classique. Le rendement, lui, baisse de 15 à 20 %, mais les charges reculent davantage.',
    },
    {
      type: 'list',
      items: [
        'pas de pompage dans la rivière entre juin et septembre ;',
        'des semis plus tardifs, après les dernières gelées ;',
        [
          'une récolte vendue à des fabricants d’aliments pour volailles, sous contrat ',
          { type: 'emphasis', children: ['pluriannuel'] },
          '.',
        ],
      ],
    },
    {
      type: 'quote',
      text: 'Le sorgho ne sauvera pas seul l’agriculture gersoise, mais il nous donne du temps.',
      attribution: { name: 'Hélène Sarraute', role: 'agronome à la chambre d’agriculture du Gers' },
    },
    { type: 'subheading', text: 'Des débouchés encore fragiles' },
    {
      type: 'paragraph',
      text: [
        'Reste à trouver des acheteurs. La coopérative locale a signé pour 12 000 tonnes, loin des volumes de maïs. ',
        {
          type: 'link',
          href: '/environnement/2024/06/02/eau-agriculture-restrictions',
          children: ['Les restrictions d’eau de juin'],
        },
        ' ont toutefois convaincu plusieurs hésitants.',
      ],
    },
  ],
  source: { name: 'Chambre d’agriculture du Gers' },
  language: 'fr-FR',
  isAccessibleForFree: true,
};

/** Culture: a headline longer than 110 characters, three signatures, an ordered list, a quote in English and a Latin motto. */
const moliereATroisVoix: Article = {
  url: `${SITE}/culture/2024/07/12/avignon-moliere-lagos-montreal-marseille`,
  headline:
    'À Avignon, une troupe de jeunes comédiens venus de Lagos, de Montréal et de Marseille réinvente Molière en trois langues et remplit la salle chaque soir',
  standfirst:
    'Leur « Malade imaginaire » passe du français à l’anglais et au yoruba au fil des scènes. Le public du off en redemande.',
  description:
    'Au festival off d’Avignon, une troupe franco-nigériane et québécoise joue « Le Malade imaginaire » en trois langues.',
  section: { name: 'Culture', url: `${SITE}/culture` },
  tags: ['théâtre', 'festival d’Avignon', 'Molière'],
  datePublished: '2024-07-12T18:00:00+02:00',
  authors: [
    { name: 'Nadia Ferreira' },
    { name: 'Paul-Émile Girard', jobTitle: 'critique de théâtre' },
    { name: 'Adaeze Okafor', url: `${SITE}/auteurs/adaeze-okafor` },
  ],
  body: [
    {
      type: 'paragraph',
      text: [
        'Il est 21 h 30 dans la chapelle du Verbe-Incarné et Argan tousse en yoruba. Le rire part du dernier rang, là où une famille venue de Lyon ne comprend pas un mot, puis gagne toute la salle. ',
        { type: 'emphasis', children: ['Le Malade imaginaire'] },
        ' version Compagnie des Trois Rives n’a rien d’une leçon de langues.',
      ],
    },
    {
      type: 'paragraph',
      text: [
        'Le metteur en scène, Tunde Adebayo, assume le mélange : « La vieille devise de la comédie, ',
        { type: 'foreign', lang: 'la', children: ['castigat ridendo mores'] },
        ', se comprend dans toutes les langues : on corrige les mœurs en riant. »',
      ],
    },
    { type: 'subheading', text: 'Trois villes, un seul texte' },
    {
      type: 'paragraph',
      text: 'La troupe s’est formée en 2022 lors d’une résidence à Marseille. Chaque comédien joue dans sa langue, et les scènes de famille basculent d’une langue à l’autre sans surtitres.',
    },
    {
      type: 'list',
      ordered: true,
      items: [
        'Acte I : le français de Molière, presque intact ;',
        'Acte II : l’anglais de Lagos pour les médecins ;',
        'Acte III : le yoruba, quand Toinette prend le pouvoir.',
      ],
    },
    {
      type: 'quote',
      text: 'We did not translate Molière, we let him travel.',
      attribution: { name: 'Chioma Eze', role: 'comédienne, interprète de Toinette' },
      lang: 'en',
      cite: 'https://www.festivaloffavignon.example/spectacles/malade-imaginaire-trois-rives',
    },
    {
      type: 'paragraph',
      text: 'Les représentations affichent complet jusqu’au 21 juillet. Une tournée au Québec est annoncée pour le printemps.',
    },
  ],
  isAccessibleForFree: true,
};

/**
 * Local news, paywalled and corrected: straight apostrophes and plain quotes as typed in a
 * CMS, big numbers, one author without a page, a photo in the body but no lead photo.
 */
const veloLyon: Article = {
  url: `${SITE}/societe/2024/09/30/lyon-velos-libre-service-5000`,
  headline: "Lyon : le réseau de vélos en libre-service passera à 5000 vélos d'ici 2026",
  standfirst:
    "La métropole a voté lundi une extension de 40 % du réseau. Les stations arriveront d'abord à Vénissieux et Villeurbanne.",
  section: { name: 'Société' },
  tags: ['Lyon', 'vélo', 'mobilités'],
  datePublished: '2024-09-30T20:05:00+02:00',
  dateModified: '2024-10-01T08:15:00+02:00',
  authors: [{ name: 'Inès Marchand', jobTitle: 'journaliste au bureau de Lyon' }],
  body: [
    {
      type: 'paragraph',
      text: "Le conseil de la métropole de Lyon a adopté lundi soir, par 96 voix contre 52, le plan d'extension du réseau de vélos en libre-service. Le parc passera de 3600 à 5000 vélos, dont 1500 à assistance électrique.",
    },
    { type: 'subheading', text: "Les communes de l'est d'abord" },
    {
      type: 'paragraph',
      text: 'Les 120 nouvelles stations seront installées en priorité hors de l\'hypercentre. "On ne peut plus avoir un réseau qui s\'arrête au périphérique", a défendu la vice-présidente chargée des mobilités.',
    },
    {
      type: 'list',
      ordered: true,
      items: [
        'Vénissieux et Villeurbanne au printemps 2025 ;',
        'Bron et Vaulx-en-Velin à l’automne ;',
        'le reste en 2026.',
      ],
    },
    {
      type: 'image',
      image: {
        src: `${UNSEEN_IMAGES_PATH}/velos-lyon-station.jpg`,
        width: 1200,
        height: 800,
        alt: 'Une station de vélos en libre-service, une dizaine de vélos rangés le long d’un trottoir.',
        caption: "Une station du réseau à Villeurbanne. L'extension doit en ajouter 120.",
        credit: 'Photo : Inès Marchand',
      },
    },
    { type: 'subheading', text: 'Un coût contesté par l’opposition' },
    {
      type: 'paragraph',
      text: [
        "L'opposition dénonce un contrat de 48 millions d'euros sur huit ans. ",
        { type: 'strong', children: ['Le tarif de l’abonnement annuel ne changera pas'] },
        ", assure l'exécutif : 31 euros, 16,50 euros pour les moins de 26 ans.",
      ],
    },
  ],
  isAccessibleForFree: false,
  corrections: [
    {
      date: '2024-10-01T08:15:00+02:00',
      text: "Une version précédente de cet article indiquait 3000 vélos avant l'extension, au lieu de 3600.",
    },
  ],
};

/** The unseen articles, each with the teasers a site would show next to it. */
export const unseenArticles: ReadonlyArray<{ id: string; article: Article; related: Teaser[] }> = [
  {
    id: 'unseen-sorgho-gers',
    article: sorghoDansLeGers,
    related: [
      {
        url: '/environnement/2024/06/02/eau-agriculture-restrictions',
        headline: 'Restrictions d’eau : 62 départements en alerte, les irrigants en première ligne',
        section: { name: 'Environnement' },
        datePublished: '2024-06-02T07:00:00+02:00',
      },
      {
        url: '/economie/2024/05/14/prix-cereales-export',
        headline: 'Céréales : les prix à l’export reculent pour le troisième mois',
        standfirst: 'La concurrence de la mer Noire pèse sur les cours du blé et du maïs.',
      },
    ],
  },
  { id: 'unseen-moliere-avignon', article: moliereATroisVoix, related: [] },
  {
    id: 'unseen-velos-lyon',
    article: veloLyon,
    related: [
      {
        url: `${SITE}/societe/2024/03/11/lyon-pistes-cyclables-bilan`,
        headline: 'Voies lyonnaises : où en sont les douze lignes cyclables promises ?',
        section: { name: 'Société', url: `${SITE}/societe` },
      },
    ],
  },
];
