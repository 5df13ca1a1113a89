import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { RelatedArticles } from '../src/components/RelatedArticles';
import { Section } from '../src/components/Section';
import type { Teaser } from '../src/model';

// The teasers that seeds 001 ("Dernier") and 002 ("À découvrir également")
// carried under their text, words as scraped. The scrape kept no links or
// dates: the URLs (relative, so Storybook never leaves the page) and dates are
// set here.
const teasers: Teaser[] = [
  {
    url: '/international/telegram-syndicats-criminels-asie-du-sud-est',
    headline:
      "Telegram sert de plateforme pour les opérations commerciales clandestines des syndicats criminels à travers l'Asie du Sud-Est, selon l'affirmation de l'ONU.",
    standfirst:
      "Les syndicats du crime organisé en Asie du Sud-Est utilisent étroitement l'application de messagerie Telegram, ce qui a entraîné un glissement important dans la manière dont ils opèrent dans des activités illicites à grande échelle.",
    section: { name: 'International' },
    datePublished: '2024-10-07T08:15:00+02:00',
  },
  {
    url: '/international/duterte-mairie-davao',
    headline:
      "L'ancien président philippin Duterte a l'intention de se présenter à la présidence de la ville, en ignorant son passé controversé de campagne contre la drogue.",
    standfirst:
      "Dans un coup de théâtre inattendu, l'ancien président philippin Rodrigo Duterte a annoncé son intention de briguer le poste de maire dans le district sud de sa ville natale.",
    section: { name: 'Asie' },
    datePublished: '2024-10-08T17:40:00+02:00',
  },
  {
    url: '/europe/stoltenberg-austin',
    headline: 'Jens Stoltenberg a rencontré le secrétaire à la Défense américain',
    section: { name: 'Europe' },
    datePublished: '2024-06-14T12:00:00+02:00',
  },
  {
    url: '/europe/rutte-otan',
    headline: "Mark Rutte devrait être le prochain chef de l'OTAN après le retrait de Klaus Iohannis",
    section: { name: 'Europe' },
    datePublished: '2024-06-20T09:00:00+02:00',
  },
  {
    url: '/europe/ue-objectif-climatique-2040',
    headline: "La décision de l'UE sur l'objectif climatique 2040 sera retardée, selon des diplomates",
    section: { name: 'Climat' },
    datePublished: '2024-06-21T18:05:00+02:00',
  },
];

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
  args: { teasers, layout: 'list', title: 'À lire aussi', timeZone: 'Europe/Paris' },
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

export const Liste: Story = {
  name: 'Liste',
  play: async ({ canvasElement }) => {
    const { region, items } = await expectHeadings(canvasElement, 'À lire aussi', 2, 5);
    await expect(region).toHaveAttribute('data-layout', 'list');
    const time = items[0]?.querySelector('time');
    await expect(time).toHaveAttribute('datetime', '2024-10-07T08:15:00+02:00');
    await expect(time?.textContent?.replace(/\s/g, ' ')).toBe('7 octobre 2024');
    await expect(within(region).getByRole('link', { name: /^Mark Rutte/ })).toHaveAttribute(
      'href',
      '/europe/rutte-otan',
    );
    // The stretched link covers the whole card.
    const link = within(items[0] as HTMLElement).getByRole('link');
    const overlay = getComputedStyle(link, '::after');
    await expect(overlay.position).toBe('absolute');
  },
};

export const Grille: Story = {
  name: 'Grille',
  args: { layout: 'grid' },
  play: async ({ canvasElement }) => {
    const { region, list } = await expectHeadings(canvasElement, 'À lire aussi', 2, 5);
    await expect(region).toHaveAttribute('data-layout', 'grid');
    await expect(getComputedStyle(list).display).toBe('grid');
  },
};

export const Maximum: Story = {
  name: 'Au plus deux articles (max)',
  args: { max: 2 },
  play: async ({ canvasElement }) => {
    await expectHeadings(canvasElement, 'À lire aussi', 2, 2);
  },
};

export const TitrePersonnalise: Story = {
  name: 'Titre personnalisé',
  args: { title: 'À découvrir également', teasers: teasers.slice(2) },
  play: async ({ canvasElement }) => {
    await expectHeadings(canvasElement, 'À découvrir également', 2, 3);
  },
};

export const NiveauTrois: Story = {
  name: 'Dans une section de niveau 3',
  args: { teasers: teasers.slice(2) },
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
