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
import type { Article } from '../src/model';
import { readHeadTags } from '../support/readHeadTags';
import { expectCardImageLoaded, expectCutTitle, expectPreviewToMatchDocument } from './support/checks';
import { SearchAndSocialPreview, type SearchAndSocialPreviewProps } from './support/SeoPreview';
import { DESCRIPTION_LIMIT, GOOGLE_TITLE_BUDGET } from './support/seoPreviewModel';
import { editArticle, type PreviewEdits, previewEditsOf } from './support/storyArgs';

type Args = SearchAndSocialPreviewProps & Partial<PreviewEdits>;

/** The article as the story's controls make it: the one the head and the previews show. */
function shownArticle({ article, titre, description, image, datePublication }: Args): Article {
  return editArticle(article, { titre, description, image, datePublication });
}

/** A story's args for an article: the article as data, its editable fields as controls. */
function previewArgs(article: Article): Pick<Args, 'article'> & PreviewEdits {
  return { article, ...previewEditsOf(article) };
}

const meta = {
  title: 'Aperçus/Recherche et réseaux sociaux',
  component: SearchAndSocialPreview,
  args: { ...previewArgs(otanKievConseil.article), site: exampleSite, noindex: false },
  argTypes: {
    titre: { control: 'text', description: 'Titre de l’article (balise title, og:title)' },
    description: {
      control: 'text',
      description: 'Description (meta description, og:description) ; vide : le chapô la remplace',
    },
    image: { control: 'boolean', description: 'Photo principale (og:image)' },
    datePublication: {
      control: 'date',
      description: 'Date de publication, que Google écrit avant l’extrait',
    },
    article: {
      control: 'object',
      description: 'Le reste de l’article, en données',
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
          'Modifiez le titre, la description, la photo ou la date dans les contrôles pour voir où Google couperait et quelle carte les réseaux montreraient.',
        ].join('\n'),
      },
    },
  },
  render: (args) => {
    const article = shownArticle(args);
    return (
      <>
        <SeoHead article={article} site={args.site} noindex={args.noindex} alternates={args.alternates} />
        <SearchAndSocialPreview
          article={article}
          site={args.site}
          noindex={args.noindex}
          alternates={args.alternates}
          title={args.title}
        />
      </>
    );
  },
  tags: ['autodocs'],
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The checks every seed story shares: the preview agrees with the head, the title is cut, the card loads. */
function seedStory(seed: SeedFixture): Pick<Story, 'args' | 'play'> {
  return {
    args: previewArgs(seed.article),
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
  play: async (context) => {
    await seedStory(otanKievConseil).play?.(context);
    // Google's French results print the day, the short month and the year before the snippet.
    const description = context.canvasElement.querySelector(
      '[data-preview="google"] [data-part="description"]',
    );
    await expect(description?.textContent).toMatch(/^3 avr\. 2024 — /);
  },
};

export const Modifiee: Story = {
  name: 'Titre, description et date modifiés',
  args: {
    ...previewArgs(otanKievConseil.article),
    titre: 'Kiev obtient 40 milliards',
    description: 'Les alliés s’engagent à maintenir leur aide militaire à l’Ukraine au même niveau en 2025.',
    datePublication: Date.parse('2024-07-11T09:30:00+02:00'),
  },
  parameters: {
    docs: {
      description: {
        story:
          'Le titre, la description et la date changés par les contrôles : le titre court tient en entier dans le résultat Google, la date suit.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    await expectPreviewToMatchDocument(canvasElement);
    const google = canvasElement.querySelector('[data-preview="google"]') as HTMLElement;
    const title = google.querySelector('[data-part="title"]');
    await expect(title).toHaveAttribute('data-cut', 'false');
    await expect(title?.textContent).toMatch(/^Kiev obtient 40.milliards \| Le Quotidien d’exemple$/);
    await expect(google.querySelector('[data-part="description"]')?.textContent).toMatch(
      /^11 juil\. 2024 — Les alliés s’engagent/,
    );
    await expect(readHeadTags(document).meta).toContainEqual({
      key: 'article:published_time',
      content: '2024-07-11T07:30:00.000Z',
    });
  },
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
  args: previewArgs(otanCoordinationAide.article),
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
  args: previewArgs({ ...otanKievConseil.article, description: LONG_DESCRIPTION }),
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

export const SansImage: Story = {
  name: 'Sans image',
  args: { ...previewArgs(otanKievConseil.article), image: false },
  play: async ({ canvasElement }) => {
    await expectPreviewToMatchDocument(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('[data-part="og-image"]')).toBeNull();
    await expect(readHeadTags(document).meta).toContainEqual({ key: 'twitter:card', content: 'summary' });
    // Both networks draw a compact card: no picture area, so far shorter than it is wide.
    const cards = Array.from(canvasElement.querySelectorAll<HTMLElement>('[data-preview="social"] figure'));
    await expect(cards.map((card) => card.dataset.size)).toEqual(['compact', 'compact']);
    for (const card of cards) {
      const frame = card.querySelector('[data-part="card"]')?.getBoundingClientRect();
      await expect(frame?.height ?? 0).toBeLessThan((frame?.width ?? 0) / 2.5);
      await expect(
        within(card).getByText(otanKievConseil.article.headline.slice(0, 20), { exact: false }),
      ).toBeVisible();
    }
    await expect(canvas.getByText(/carte réduite/)).toBeVisible();
  },
};

export const ImageSurUnAutreDomaine: Story = {
  name: 'Image sur un autre domaine',
  args: previewArgs({
    ...otanKievConseil.article,
    image: {
      src: 'https://images.example.com/otan/conseil-otan-ukraine.jpg',
      width: 1600,
      height: 900,
      alt: 'Salle du Conseil OTAN-Ukraine',
    },
  }),
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
    // No search result is drawn: the panel says the page will not be shown at all.
    const google = canvasElement.querySelector('[data-preview="google"]') as HTMLElement;
    await expect(google.querySelector('[data-part="title"]')).toBeNull();
    await expect(google.querySelector('[data-part="description"]')).toBeNull();
    await expect(within(google).getByRole('note')).toHaveTextContent(
      /^Cette page n’apparaîtra pas dans les résultats.*robots : noindex, nofollow/,
    );
    await waitFor(() =>
      expect(readHeadTags(document).meta).toContainEqual({ key: 'robots', content: 'noindex, nofollow' }),
    );
  },
};
