import type { ArgTypes } from '@storybook/react-vite';
import { MAX_TEASERS, NO_SECTION, type PageEdits, SITE_SECTIONS } from '../support/storyArgs';
import type { SeedPageProps } from './PageFrame';

/** A page story's args: the seed, the page's props and what the controls edit. */
export type SeedPageArgs = SeedPageProps & Partial<PageEdits>;

/** The edits among a page story's args. */
export function pageEditsIn({
  titre,
  chapo,
  rubrique,
  image,
  articlesLies,
}: SeedPageArgs): Partial<PageEdits> {
  return { titre, chapo, rubrique, image, articlesLies };
}

/** The controls of a whole-page story: the seed is data, the edits are controls. */
export const pageArgTypes: Partial<ArgTypes<SeedPageArgs>> = {
  fixture: { control: false },
  headingLevel: { control: false },
  articleProps: { control: false },
  titre: { control: 'text', description: 'Titre de l’article', table: { category: 'Contenu' } },
  chapo: {
    control: 'text',
    description: 'Chapô (vide : pas de chapô)',
    table: { category: 'Contenu' },
  },
  rubrique: {
    control: 'select',
    options: [NO_SECTION, ...SITE_SECTIONS.map((section) => section.name)],
    description: 'Rubrique, au-dessus du titre',
    table: { category: 'Contenu' },
  },
  image: { control: 'boolean', description: 'Photo principale affichée', table: { category: 'Contenu' } },
  articlesLies: {
    control: { type: 'range', min: 0, max: MAX_TEASERS, step: 1 },
    description: 'Nombre d’articles dans « À lire aussi » (0 : pas de bloc)',
    table: { category: 'Contenu' },
  },
};
