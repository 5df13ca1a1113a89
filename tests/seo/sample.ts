import type { Article, SiteConfig } from '../../src/model';

/** A site as the tests know it: absolute URL, sized logo, title template, Twitter handle. */
export const site: SiteConfig = {
  name: 'Le Quotidien',
  url: 'https://www.lequotidien.example',
  logo: { src: '/images/logo-le-quotidien.png', width: 600, height: 60 },
  locale: 'fr_FR',
  titleTemplate: '%s | Le Quotidien',
  twitter: '@lequotidien',
  timeZone: 'Europe/Paris',
};

/** A complete article, with relative URLs wherever the model allows them, and straight apostrophes to typeset. */
export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://www.lequotidien.example/international/2024/04/04/otan-ukraine',
    headline: "L'OTAN réitère son soutien à Kiev lors de la réunion du Conseil OTAN-Ukraine",
    standfirst:
      "Le secrétaire général de l'OTAN, Jens Stoltenberg, a réitéré son soutien à l’Ukraine et à ses espoirs de rejoindre l’alliance militaire.",
    section: { name: 'International', url: '/international' },
    tags: ['OTAN', 'Ukraine', 'Diplomatie'],
    datePublished: '2024-04-04T18:30:00+02:00',
    dateModified: '2024-04-05T09:15:00+02:00',
    authors: [
      { name: 'Shona Murray', url: '/auteurs/shona-murray', jobTitle: 'correspondante à Bruxelles' },
      { name: 'Jean Dupont', url: 'https://www.lequotidien.example/auteurs/jean-dupont' },
    ],
    image: {
      src: '/images/otan-bruxelles-16x9.jpg?w=1200&h=675',
      width: 1200,
      height: 675,
      alt: 'Jens Stoltenberg au siège de l’OTAN à Bruxelles',
      credit: '© EBU',
      crops: [
        { src: '/images/otan-bruxelles-4x3.jpg', width: 1200, height: 900 },
        { src: '/images/otan-bruxelles-1x1.jpg', width: 1200, height: 1200 },
      ],
    },
    body: [
      {
        type: 'paragraph',
        text: 'Les ministres des Affaires étrangères des pays de l’OTAN ont conclu mercredi deux jours de réunions à Bruxelles.',
      },
      { type: 'subheading', text: 'Kuleba remercie les alliés' },
      {
        type: 'paragraph',
        text: [
          'Il a remercié les alliés de l’OTAN pour leur ',
          { type: 'emphasis', children: ['soutien continu'] },
          '.',
        ],
      },
    ],
    source: { name: 'AA' },
    ...overrides,
  };
}
