import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import {
  exampleSite,
  otanAideMilitaire,
  otanCoordinationAide,
  otanKievConseil,
  otanReunionBiden,
  type SeedFixture,
  stoltenbergLongTerme,
} from '../fixtures';
import { SeoHead } from '../src/components/SeoHead';
import { readHeadTags } from '../support/readHeadTags';
import { expectCardImageLoaded, expectCutTitle, expectPreviewToMatchDocument } from './support/checks';
import { SearchAndSocialPreview } from './support/SeoPreview';
import { DESCRIPTION_LIMIT, GOOGLE_TITLE_BUDGET } from './support/seoPreviewModel';

const meta = {
  title: 'Aperçus/Recherche et réseaux sociaux',
  component: SearchAndSocialPreview,
  args: { article: otanKievConseil.article, site: exampleSite, noindex: false },
  argTypes: {
    article: {
      control: 'object',
      description: 'L’article (modifiez le titre ou la description pour voir l’effet)',
    },
    site: { control: 'object', description: 'Le site : nom, URL, modèle de titre, compte X' },
    noindex: { control: 'boolean', description: 'Demander aux moteurs de ne pas indexer la page' },
    alternates: { control: 'object', description: 'Versions dans d’autres langues' },
    title: { control: 'text' },
  },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component: [
          'Ce que Google et les réseaux sociaux montreront d’un article, sans ouvrir les outils de développement : un résultat Google (titre et description coupés comme Google les coupe, approximativement), les cartes de partage Facebook, LinkedIn et X, le tableau des balises du `<head>` et le graphe JSON-LD.',
          '',
          'Tout est calculé par `buildArticleMeta` et `buildNewsArticleJsonLd`, les fonctions mêmes qu’utilise `SeoHead` : l’aperçu ne peut pas mentir sur la page. Chaque histoire rend aussi `SeoHead`, et ses tests vérifient que le tableau correspond aux balises réellement écrites dans le document.',
          '',
          'Modifiez `article.headline` ou `article.description` dans les contrôles pour voir où Google couperait.',
        ].join('\n'),
      },
    },
  },
  render: (args) => (
    <>
      <SeoHead article={args.article} site={args.site} noindex={args.noindex} alternates={args.alternates} />
      <SearchAndSocialPreview {...args} />
    </>
  ),
  tags: ['autodocs'],
} satisfies Meta<typeof SearchAndSocialPreview>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The checks every seed story shares: the preview agrees with the head, the title is cut, the card loads. */
function seedStory(seed: SeedFixture): Pick<Story, 'args' | 'play'> {
  return {
    args: { article: seed.article },
    play: async ({ canvasElement }) => {
      await expectPreviewToMatchDocument(canvasElement);
      // Every seed's title, with the site's template, is longer than Google shows.
      await expectCutTitle(canvasElement, GOOGLE_TITLE_BUDGET);
      await expectCardImageLoaded(canvasElement, seed.article.image?.src ?? '');
      const canvas = within(canvasElement);
      await expect(canvas.getByText('EXAMPLE.FR')).toBeVisible();
    },
  };
}

export const OtanKievConseil: Story = {
  name: 'L’OTAN réitère son soutien à Kiev',
  ...seedStory(otanKievConseil),
};

export const OtanAideMilitaire: Story = {
  name: 'Aide militaire supplémentaire à l’Ukraine',
  ...seedStory(otanAideMilitaire),
};

export const StoltenbergLongTerme: Story = {
  name: 'Stoltenberg et l’aide sur le long terme',
  ...seedStory(stoltenbergLongTerme),
};

export const OtanCoordinationAide: Story = {
  name: 'La coordination de l’aide (rubrique)',
  args: { article: otanCoordinationAide.article },
  play: async (context) => {
    await seedStory(otanCoordinationAide).play?.(context);
    // A section with its own page gives Google a breadcrumb instead of the URL's path.
    const url = context.canvasElement.querySelector('[data-preview="google"] [data-part="url"]');
    await expect(url).toHaveTextContent('https://www.example.fr › International');
  },
};

export const OtanReunionBiden: Story = {
  name: 'Stoltenberg à la réunion de Joe Biden',
  ...seedStory(otanReunionBiden),
};

const LONG_DESCRIPTION =
  'Les ministres des Affaires étrangères des pays de l’OTAN ont conclu mercredi deux jours de réunions à Bruxelles, abordant le soutien à l’Ukraine, les préparatifs du sommet de Washington et les défis urgents en matière de sécurité.';

export const DescriptionTropLongue: Story = {
  name: 'Description trop longue',
  args: { article: { ...otanKievConseil.article, description: LONG_DESCRIPTION } },
  play: async ({ canvasElement }) => {
    await expectPreviewToMatchDocument(canvasElement);
    const description = canvasElement.querySelector('[data-preview="google"] [data-part="description"]');
    await expect(description).toHaveAttribute('data-cut', 'true');
    const text = description?.textContent ?? '';
    await expect(text.endsWith('…')).toBe(true);
    // The head keeps the editor's whole description: only the preview is cut.
    const head = readHeadTags(document);
    const content = head.meta.find((tag) => tag.key === 'description')?.content ?? '';
    await expect(content.length).toBeGreaterThan(DESCRIPTION_LIMIT);
    await expect(
      within(canvasElement).getByText(/Description : \d+ caractères sur 160 affichés, coupée/),
    ).toBeVisible();
  },
};

const { image: _leadImage, ...articleWithoutImage } = otanKievConseil.article;

export const SansImage: Story = {
  name: 'Sans image',
  args: { article: articleWithoutImage },
  play: async ({ canvasElement }) => {
    await expectPreviewToMatchDocument(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('[data-part="og-image"]')).toBeNull();
    await expect(canvas.getAllByText(/Pas d’image og:image/)).toHaveLength(2);
    await expect(readHeadTags(document).meta).toContainEqual({ key: 'twitter:card', content: 'summary' });
  },
};

export const ImageSurUnAutreDomaine: Story = {
  name: 'Image sur un autre domaine',
  args: {
    article: {
      ...otanKievConseil.article,
      image: {
        src: 'https://images.example.com/otan/conseil-otan-ukraine.jpg',
        width: 1600,
        height: 900,
        alt: 'Salle du Conseil OTAN-Ukraine',
      },
    },
  },
  play: async ({ canvasElement }) => {
    await expectPreviewToMatchDocument(canvasElement);
    // The preview never loads a picture from another host.
    await expect(canvasElement.querySelector('[data-part="og-image"]')).toBeNull();
    const cards = canvasElement.querySelector<HTMLElement>('[data-preview="social"]');
    await expect(
      within(cards ?? canvasElement).getAllByText(
        /https:\/\/images\.example\.com\/otan\/conseil-otan-ukraine\.jpg/,
      ),
    ).toHaveLength(2);
  },
};

export const NonIndexee: Story = {
  name: 'Page non indexée (noindex)',
  args: { noindex: true },
  play: async ({ canvasElement }) => {
    await expectPreviewToMatchDocument(canvasElement);
    await expect(within(canvasElement).getByRole('note')).toHaveTextContent('ne pas être indexée');
    await waitFor(() =>
      expect(readHeadTags(document).meta).toContainEqual({ key: 'robots', content: 'noindex, nofollow' }),
    );
  },
};
