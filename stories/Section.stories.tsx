import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Section, useHeadingLevel } from '../src/components/Section';

function Titre({ children }: { children: string }) {
  const level = useHeadingLevel();
  const Tag = `h${level}` as const;
  return <Tag>{children}</Tag>;
}

const meta = {
  title: 'Composants/Section',
  component: Section,
  args: { level: 2 },
  argTypes: {
    level: {
      control: { type: 'select' },
      options: [1, 2, 3, 4, 5, 6],
      description: 'Niveau des titres à l’intérieur',
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Une `Section` fait descendre d’un niveau tous les titres qu’elle contient. Les intertitres, les citations et « À lire aussi » lisent ce niveau : la hiérarchie reste juste quelle que soit l’imbrication.',
      },
    },
  },
  render: (args) => (
    <Section {...args}>
      <Titre>Umerov remercie les alliés</Titre>
      <p>
        Selon les diplomates, la réunion a également abordé les récents bombardements aériens de la Russie.
      </p>
      <Section>
        <Titre>La situation dans le Donbass</Titre>
        <p>Aucun signe d’engagements d’aide particuliers n’a émergé pour l’instant.</p>
      </Section>
    </Section>
  ),
  tags: ['autodocs'],
} satisfies Meta<typeof Section>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Imbriquee: Story = {
  name: 'Sections imbriquées',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Umerov remercie les alliés' }).tagName).toBe('H2');
    await expect(canvas.getByRole('heading', { name: 'La situation dans le Donbass' }).tagName).toBe('H3');
  },
};

export const IntegreeNiveauTrois: Story = {
  name: 'Intégrée au niveau 3',
  args: { level: 3 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 3 })).toHaveTextContent('Umerov remercie les alliés');
    await expect(canvas.getByRole('heading', { level: 4 })).toHaveTextContent('La situation dans le Donbass');
  },
};
