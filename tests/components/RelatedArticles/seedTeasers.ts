import type { Teaser } from '../../../src/model';

/**
 * The teasers that seeds 001 and 002 carried under their text ("Dernier",
 * "À découvrir également"), with their words as scraped (straight
 * apostrophes included, which the component typesets). The scrape kept no
 * links, sizes or dates: the URLs, image sizes and dates here are test data.
 */
export const telegram: Teaser = {
  url: '/international/telegram-syndicats-criminels-asie-du-sud-est',
  headline:
    "Telegram sert de plateforme pour les opérations commerciales clandestines des syndicats criminels à travers l'Asie du Sud-Est, selon l'affirmation de l'ONU.",
  standfirst:
    "Les syndicats du crime organisé en Asie du Sud-Est utilisent étroitement l'application de messagerie Telegram, ce qui a entraîné un glissement important dans la manière dont ils opèrent dans des activités illicites à grande échelle.",
  section: { name: 'International' },
  datePublished: '2024-10-07T08:15:00+02:00',
  image: {
    src: '/images/telegram.jpg',
    width: 1200,
    height: 800,
    alt: "Sur cette photo illustrative prise le 15 septembre 2017, l'icône de l'application Telegram.",
  },
};

export const duterte: Teaser = {
  url: 'https://www.example.fr/international/duterte-mairie-davao',
  headline:
    "L'ancien président philippin Duterte a l'intention de se présenter à la présidence de la ville, en ignorant son passé controversé de campagne contre la drogue.",
  standfirst:
    "Dans un coup de théâtre inattendu, l'ancien président philippin Rodrigo Duterte a annoncé son intention de briguer le poste de maire dans le district sud de sa ville natale.",
  section: { name: 'Asie' },
  datePublished: '2024-10-08T17:40:00+02:00',
};

export const stoltenbergAustin: Teaser = {
  url: '/europe/stoltenberg-austin',
  headline: 'Jens Stoltenberg a rencontré le secrétaire à la Défense américain',
  datePublished: '2024-06-14T12:00:00+02:00',
};

export const rutte: Teaser = {
  url: '/europe/rutte-otan',
  headline: "Mark Rutte devrait être le prochain chef de l'OTAN après le retrait de Klaus Iohannis",
  datePublished: '2024-06-20T09:00:00+02:00',
};

export const climat: Teaser = {
  url: '/europe/ue-objectif-climatique-2040',
  headline: "La décision de l'UE sur l'objectif climatique 2040 sera retardée, selon des diplomates",
};

/** Seed 001's two teasers and seed 002's three, in the order the pages showed them. */
export const seedTeasers: Teaser[] = [telegram, duterte, stoltenbergAustin, rutte, climat];
