import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { otanAideMilitaire, stoltenbergLongTerme } from '../fixtures';
import { RelatedArticles } from '../src/components/RelatedArticles';
import { Section } from '../src/components/Section';
import type { Teaser } from '../src/model';

// The teasers that seeds 001 ("Dernier") and 002 ("À découvrir également")
// carried under their text, as curated in the fixtures (fictitious URLs,
// dates and local placeholder pictures served at /images/).
const withImages: Teaser[] = [...otanAideMilitaire.related, ...stoltenbergLongTerme.related];
const withoutImages: Teaser[] = withImages.map(({ image: _image, ...teaser }) => teaser);

function levelOf(element: HTMLElement): number {
  return Number(element.tagName.slice(1));
}

/** The region, its heading at `level`, and every teaser headline one level below (never past h6). */
async function expectHeadings(canvasElement: HTMLElement, title: string, level: number, count: number) {
  const canvas = within(canvasElement);
  const region = canvas.getByRole('complementary', { name: title });
  const heading = within(region).getByRole('heading', { name: title });
  await expect(levelOf(heading)).toBe(level);
  await expect(region).toHaveAttribute('aria-labelledby', heading.id);
  const list = within(region).getByRole('list');
  const items = within(list).getAllByRole('listitem');
  await expect(items).toHaveLength(count);
  for (const headline of within(list).getAllByRole('heading')) {
    await expect(levelOf(headline)).toBe(Math.min(level + 1, 6));
  }
  for (const item of items) {
    await expect(within(item).getAllByRole('link')).toHaveLength(1);
  }
  return { canvas, region, list, items };
}

const meta = {
  title: 'Composants/RelatedArticles',
  component: RelatedArticles,
  args: { teasers: withImages, layout: 'list', title: 'À lire aussi', timeZone: 'Europe/Paris' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'grid'] },
    max: { control: { type: 'number', min: 0, max: 10, step: 1 } },
    title: { control: 'text', description: 'Titre du bloc' },
    timeZone: { control: 'text', description: 'Fuseau horaire des dates (IANA)' },
    headingId: { control: 'text' },
    teasers: { control: 'object' },
  },
  parameters: {
    docs: {
      description: {
        component: [
          '« À lire aussi » : une région complémentaire (`<aside>`) nommée par son propre titre, suivie de la liste des articles liés.',
          '',
          'Le titre prend le niveau du contexte (h2 à côté du corps d’un article ou seul sur la page, h3 dans une `Section` de niveau 3) et les titres des articles liés sont un niveau plus bas, jamais au-delà de h6. Toute la carte est cliquable, mais elle ne contient qu’un seul lien : celui du titre.',
          '',
          'Les dates sont écrites en français dans le fuseau choisi (« 7 octobre 2024 ») dans un `<time datetime>`. Les images des cartes sont décoratives (`alt=""` : le lien du titre dit déjà tout), chargées à la demande, avec largeur et hauteur pour que la page ne saute pas. Un article dont l’URL n’est ni http(s) ni relative est écarté ; une liste vide n’affiche rien.',
        ].join('\n'),
      },
    },
  },
  tags: ['autodocs'],
} satisfies Meta<typeof RelatedArticles>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every teaser picture: sized, lazy, decoded off the main thread, decorative, and a local file. */
async function expectTeaserImages(canvasElement: HTMLElement, count: number) {
  const images = Array.from(canvasElement.querySelectorAll('img'));
  await expect(images).toHaveLength(count);
  for (const image of images) {
    await expect(image).toHaveAttribute('width', '1200');
    await expect(image).toHaveAttribute('height', '675');
    await expect(image).toHaveAttribute('loading', 'lazy');
    await expect(image).toHaveAttribute('decoding', 'async');
    await expect(image).toHaveAttribute('alt', '');
    await expect(image.getAttribute('src')).toMatch(/^\/images\/teaser-[a-z0-9-]+\.jpg$/);
    await expect((await fetch(image.src)).ok).toBe(true);
  }
}

export const Liste: Story = {
  name: 'Liste avec images',
  play: async ({ canvasElement }) => {
    const { region, items } = await expectHeadings(canvasElement, 'À lire aussi', 2, 5);
    await expect(region).toHaveAttribute('data-layout', 'list');
    await expectTeaserImages(canvasElement, 5);
    const time = items[0]?.querySelector('time');
    await expect(time).toHaveAttribute('datetime', '2024-10-07T11:20:00+02:00');
    await expect(time?.textContent?.replace(/\s/g, ' ')).toBe('7 octobre 2024');
    await expect(
      within(region)
        .getByRole('link', { name: /^Mark Rutte/ })
        .getAttribute('href'),
    ).toMatch(/^https:\/\/www\.example\.fr\//);
    // The stretched link covers the whole card: the card is the overlay's containing block.
    const link = within(items[0] as HTMLElement).getByRole('link');
    await expect(getComputedStyle(link, '::after').position).toBe('absolute');
    await expect(getComputedStyle(items[0] as HTMLElement).position).toBe('relative');
    // From the width of a small tablet the image sits at the left of the text, in the card's first column.
    if (matchMedia('(min-width: 36em)').matches) {
      const image = items[0]?.querySelector('img') as HTMLElement;
      const headline = items[0]?.querySelector('[data-part="headline"]') as HTMLElement;
      await expect(getComputedStyle(image).gridColumnStart).toBe('1');
      await expect(headline.getBoundingClientRect().left).toBeGreaterThan(
        image.getBoundingClientRect().right,
      );
    }
  },
};

export const ListeSansImages: Story = {
  name: 'Liste sans images',
  args: { teasers: withoutImages },
  play: async ({ canvasElement }) => {
    await expectHeadings(canvasElement, 'À lire aussi', 2, 5);
    await expectTeaserImages(canvasElement, 0);
  },
};

export const Grille: Story = {
  name: 'Grille avec images',
  args: { layout: 'grid' },
  play: async ({ canvasElement }) => {
    const { region, list } = await expectHeadings(canvasElement, 'À lire aussi', 2, 5);
    await expect(region).toHaveAttribute('data-layout', 'grid');
    await expect(getComputedStyle(list).display).toBe('grid');
    await expectTeaserImages(canvasElement, 5);
  },
};

export const GrilleSansImages: Story = {
  name: 'Grille sans images',
  args: { layout: 'grid', teasers: withoutImages },
  play: async ({ canvasElement }) => {
    const { list } = await expectHeadings(canvasElement, 'À lire aussi', 2, 5);
    await expect(getComputedStyle(list).display).toBe('grid');
    await expectTeaserImages(canvasElement, 0);
  },
};

export const Maximum: Story = {
  name: 'Au plus deux articles (max)',
  args: { max: 2 },
  play: async ({ canvasElement }) => {
    await expectHeadings(canvasElement, 'À lire aussi', 2, 2);
    await expectTeaserImages(canvasElement, 2);
  },
};

export const TitrePersonnalise: Story = {
  name: 'Titre personnalisé',
  args: { title: 'À découvrir également', teasers: stoltenbergLongTerme.related },
  play: async ({ canvasElement }) => {
    await expectHeadings(canvasElement, 'À découvrir également', 2, 3);
  },
};

export const NiveauTrois: Story = {
  name: 'Dans une section de niveau 3',
  args: { teasers: stoltenbergLongTerme.related },
  parameters: {
    docs: {
      description: {
        story:
          'Placé dans une `Section` de niveau 3 (sous un intertitre h2), le bloc a un titre h3 et ses articles des titres h4.',
      },
    },
  },
  render: (args) => (
    <>
      <h2>Umerov remercie les alliés</h2>
      <Section level={3}>
        <RelatedArticles {...args} />
      </Section>
    </>
  ),
  play: async ({ canvasElement }) => {
    await expectHeadings(canvasElement, 'À lire aussi', 3, 3);
  },
};

export const ListeVide: Story = {
  name: 'Liste vide : rien n’est affiché',
  args: { teasers: [] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('complementary')).toBeNull();
    await expect(canvas.queryByRole('heading')).toBeNull();
  },
};
