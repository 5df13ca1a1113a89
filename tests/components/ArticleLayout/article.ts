import type { Article, Teaser } from '../../../src/model';

/** An article made from seed 000 (the NATO-Ukraine Council), with every field the layout shows. */
export const otanKiev: Article = {
  url: 'https://www.lequotidien.example/international/2024/04/04/otan-ukraine-kiev',
  headline: 'L’OTAN réitère son soutien à Kiev lors de la réunion du Conseil OTAN-Ukraine',
  standfirst:
    'Le secrétaire général de l’OTAN, Jens Stoltenberg, a réitéré son soutien à l’Ukraine et à ses espoirs de rejoindre l’alliance militaire.',
  section: { name: 'International', url: '/international' },
  tags: ['OTAN', 'Ukraine', 'Jens Stoltenberg'],
  datePublished: '2024-04-04T14:30:00+02:00',
  dateModified: '2024-04-04T18:05:00+02:00',
  authors: [
    { name: 'Shona Murray', url: '/auteurs/shona-murray', jobTitle: 'correspondante à Bruxelles' },
    { name: 'Euronews' },
  ],
  image: {
    src: '/images/otan-conseil.jpg',
    width: 1200,
    height: 675,
    alt: 'Jens Stoltenberg à la tribune du siège de l’OTAN à Bruxelles',
    caption: 'Jens Stoltenberg à Bruxelles, le 4 avril 2024.',
    credit: '© EBU',
  },
  body: [
    {
      type: 'paragraph',
      text: 'Les ministres des Affaires étrangères des pays de l’OTAN ont conclu mercredi deux jours de réunions à Bruxelles.',
    },
    { type: 'subheading', text: 'Umerov remercie les alliés' },
    {
      type: 'paragraph',
      text: [
        'Selon les diplomates, la réunion a abordé ',
        { type: 'link', href: '/international/bombardements', children: ['les récents bombardements'] },
        ' de la Russie.',
      ],
    },
    {
      type: 'quote',
      text: 'Nous restons inébranlables dans notre engagement envers l’Ukraine.',
      attribution: { name: 'Jens Stoltenberg', role: 'secrétaire général de l’OTAN' },
    },
    { type: 'subheading', text: 'Umerov remercie les alliés' },
    {
      type: 'image',
      image: { src: '/images/kuleba.jpg', width: 800, height: 533, alt: 'Dmytro Kuleba', credit: '© OTAN' },
    },
    { type: 'list', items: ['300 000 hommes perdus', 'des centaines d’avions'] },
    { type: 'list', ordered: true, items: ['Washington', 'Vilnius'] },
  ],
  source: { name: 'AA' },
  language: 'fr-FR',
};

export const teasers: Teaser[] = [
  {
    url: '/international/stoltenberg-austin',
    headline: 'Jens Stoltenberg a rencontré le secrétaire à la Défense américain',
    datePublished: '2024-06-13T09:00:00+02:00',
  },
  {
    url: '/international/rutte-otan',
    headline: 'Mark Rutte devrait être le prochain chef de l’OTAN',
  },
];

/**
 * An English article (a wire story published in its language) full of the
 * punctuation French typography would change: `?`, `!`, `;`, `:`, `%`,
 * straight quotes, apostrophes, a five-digit number. One phrase is French,
 * and one quotation is French.
 */
export const natoReady: Article = {
  url: 'https://www.lequotidien.example/en/international/2024/04/04/is-nato-ready',
  headline: 'Is NATO ready? "Yes": it is',
  standfirst: 'Ministers met in Brussels; the answer: "we stand firm!"',
  section: { name: 'World: Europe', url: '/en/world' },
  tags: ['NATO: summit', 'Ukraine?'],
  datePublished: '2024-04-04T14:30:00+02:00',
  dateModified: '2024-04-04T18:05:00+02:00',
  authors: [
    { name: 'Shona Murray', url: '/auteurs/shona-murray', jobTitle: 'EU correspondent: Brussels' },
    { name: 'Euronews' },
  ],
  image: {
    src: '/images/otan-conseil.jpg',
    width: 1200,
    height: 675,
    alt: 'Jens Stoltenberg at NATO headquarters in Brussels',
    caption: 'Jens Stoltenberg in Brussels: "a show of unity".',
    credit: '© EBU',
  },
  body: [
    { type: 'paragraph', text: 'Is it over? "Not yet": 40% of the 300000 troops asked, it\'s said...' },
    {
      type: 'paragraph',
      text: [
        'Paris asks: ',
        { type: 'foreign', lang: 'fr', children: ['"le parapluie" : est-il prêt ?'] },
        ' Really? ',
        { type: 'emphasis', children: ['Yes!'] },
      ],
    },
    { type: 'subheading', text: 'What next? "More aid"' },
    {
      type: 'quote',
      text: 'We stand firm; always!',
      attribution: { name: 'Jens Stoltenberg', role: 'NATO: chief' },
    },
    {
      type: 'quote',
      text: 'Nous restons inébranlables !',
      lang: 'fr',
      attribution: { name: 'Stéphane Séjourné' },
    },
    { type: 'list', items: ['Ready? Yes', 'Funded: no'] },
  ],
  source: { name: 'AA: wire' },
  language: 'en-GB',
};
