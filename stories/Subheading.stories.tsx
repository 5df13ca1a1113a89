import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Section } from '../src/components/Section';
import { SlugScope, Subheading, type SubheadingProps } from '../src/components/Subheading';

type Args = SubheadingProps & {
  /** Level the surrounding context gives (the article body is at 2). */
  niveau: number;
};

// The intertitle and the paragraphs around it come from seed 001.
const PARAGRAPHE_AVANT =
  'La réunion, qui s’est tenue un mercredi après-midi au niveau des ambassadeurs, avait été demandée par Stoltenberg en réponse à la demande de l’Ukraine.';
const PARAGRAPHE_APRES =
  'Selon les diplomates, la réunion a également abordé les récents bombardements aériens de la Russie, la situation sur le terrain à Donbass et les objectifs opérationnels de l’Ukraine dans la région russe de Kursk.';

const meta = {
  title: 'Composants/Subheading',
  component: Subheading,
  args: { children: 'Umerov remercie les alliés', permalink: true, size: 'auto', niveau: 2 },
  argTypes: {
    children: { control: 'text', description: 'Texte de l’intertitre (l’ancre en est tirée)' },
    niveau: {
      control: { type: 'select' },
      options: [2, 3, 4, 5, 6],
      description: 'Niveau donné par le contexte (le corps d’un article est au niveau 2)',
    },
    size: {
      control: 'inline-radio',
      options: ['auto', 'sm', 'md', 'lg', 'xl'],
      description: 'Taille visuelle, indépendante du niveau',
    },
    permalink: { control: 'boolean', description: 'Afficher l’ancre « # » au survol et au focus' },
    id: { control: 'text', description: 'Identifiant imposé (sinon tiré du texte)' },
    permalinkLabel: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component: [
          'Un intertitre du corps de l’article. Son niveau vient du contexte : `h2` directement dans le corps d’un `ArticleLayout` (ou seul sur la page), `h3` dans une `Section`, et ainsi de suite. La taille visuelle (`size`) se choisit à part et ne change jamais le niveau.',
          '',
          'Son `id` est tiré du texte, accents repliés (« Umerov remercie les alliés » → `umerov-remercie-les-allies`), et reste unique dans l’article : deux intertitres identiques donnent `contexte` et `contexte-2`, de façon identique sur le serveur et dans le navigateur. Hors d’un `ArticleLayout`, enveloppez la page dans `SlugScope` pour la même garantie.',
          '',
          'Avec `permalink`, une ancre « # » apparaît au survol et au focus clavier ; elle est annoncée « Lien permanent vers la section « … » » et disparaît à l’impression.',
        ].join('\n'),
      },
    },
  },
  render: ({ niveau, ...args }) => (
    <SlugScope>
      <Section level={niveau} as="div">
        <p>{PARAGRAPHE_AVANT}</p>
        <Subheading {...args} />
        <p>{PARAGRAPHE_APRES}</p>
      </Section>
    </SlugScope>
  ),
  tags: ['autodocs'],
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const DansLeCorps: Story = {
  name: 'Dans le corps d’un article (h2)',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const heading = canvas.getByRole('heading', { level: 2, name: 'Umerov remercie les alliés' });
    await expect(heading).toHaveAttribute('id', 'umerov-remercie-les-allies');
    await expect(heading).toHaveAttribute('data-level', '2');
    const permalink = canvas.getByRole('link', { name: /^Lien permanent vers la section/ });
    await expect(permalink).toHaveAttribute('href', '#umerov-remercie-les-allies');
    await expect(permalink).toHaveAccessibleName(/Umerov remercie les alliés/);
    // Hidden until hovered or focused; the keyboard brings it up with its focus ring.
    await expect(getComputedStyle(permalink).opacity).toBe('0');
    await userEvent.tab();
    await expect(permalink).toHaveFocus();
    await new Promise((resolve) => setTimeout(resolve, 250));
    await expect(getComputedStyle(permalink).opacity).toBe('1');
    await expect(getComputedStyle(permalink).outlineStyle).toBe('solid');
  },
};

export const DansUneSection: Story = {
  name: 'Dans une section (h3)',
  args: { niveau: 3, children: 'La situation dans le Donbass' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const heading = canvas.getByRole('heading', { level: 3 });
    await expect(heading).toHaveTextContent('La situation dans le Donbass');
    await expect(heading).toHaveAttribute('id', 'la-situation-dans-le-donbass');
    await expect(canvas.getByRole('link')).toHaveAttribute('href', '#la-situation-dans-le-donbass');
  },
};

export const TailleIndependante: Story = {
  name: 'Grande taille, niveau 4',
  args: { niveau: 4, size: 'xl', children: 'Aucun signe d’engagements d’aide particuliers' },
  play: async ({ canvasElement }) => {
    const heading = within(canvasElement).getByRole('heading', { level: 4 });
    await expect(heading).toHaveAttribute('data-size', 'xl');
    await expect(heading).toHaveAttribute('data-level', '4');
  },
};

export const SansAncre: Story = {
  name: 'Sans ancre',
  args: { permalink: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveAttribute(
      'id',
      'umerov-remercie-les-allies',
    );
    await expect(canvas.queryByRole('link')).toBeNull();
  },
};

export const IdentifiantImpose: Story = {
  name: 'Identifiant imposé',
  args: { id: 'remerciements' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveAttribute('id', 'remerciements');
    await expect(canvas.getByRole('link')).toHaveAttribute('href', '#remerciements');
  },
};

export const TextesIdentiques: Story = {
  name: 'Deux intertitres identiques',
  render: ({ niveau, ...args }) => (
    <SlugScope>
      <Section level={niveau} as="div">
        <Subheading {...args}>Contexte</Subheading>
        <p>{PARAGRAPHE_AVANT}</p>
        <Section as="div">
          <Subheading {...args}>Contexte</Subheading>
          <p>{PARAGRAPHE_APRES}</p>
        </Section>
      </Section>
    </SlugScope>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [first, second] = canvas.getAllByRole('heading', { name: 'Contexte' });
    await expect(first).toHaveAttribute('id', 'contexte');
    await expect(first?.tagName).toBe('H2');
    await expect(second).toHaveAttribute('id', 'contexte-2');
    await expect(second?.tagName).toBe('H3');
    const links = canvas.getAllByRole('link').map((link) => link.getAttribute('href'));
    await expect(links).toEqual(['#contexte', '#contexte-2']);
  },
};

export const AuDelaDeH6: Story = {
  name: 'Au-delà de h6 (niveau borné)',
  args: { niveau: 7, children: 'Les objectifs opérationnels de l’Ukraine' },
  play: async ({ canvasElement }) => {
    // Seven levels down is no HTML heading: the level stays at h6 (and a development warning says so).
    const heading = within(canvasElement).getByRole('heading', {
      name: 'Les objectifs opérationnels de l’Ukraine',
    });
    await expect(heading.tagName).toBe('H6');
    await expect(heading).toHaveAttribute('data-level', '6');
  },
};
