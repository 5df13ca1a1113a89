import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { SlugDemo } from '../support/FunctionDemos';

function ids(canvasElement: HTMLElement): string[] {
  return Array.from(canvasElement.querySelectorAll('[data-part="id"]')).map((id) => id.textContent ?? '');
}

const meta = {
  title: 'Fonctions/slugify',
  component: SlugDemo,
  args: {
    subheadings: [
      'Umerov remercie les alliés',
      'L’OTAN : « soutien » à Kiev !',
      'Contexte',
      'Contexte',
      'Ce qu’il faut retenir',
    ].join('\n'),
  },
  argTypes: { subheadings: { control: 'text', description: 'Les intertitres d’un article, un par ligne' } },
  parameters: {
    docs: {
      description: {
        component: [
          '`slugify(texte)` fait d’un intertitre une ancre stable pour les liens : minuscules, accents repliés, élisions séparées, ponctuation retirée (« Umerov remercie les alliés » → `umerov-remercie-les-allies`).',
          '',
          '`createSlugger()` garantit des ancres uniques dans un article : deux intertitres « Contexte » donnent `contexte` et `contexte-2`. `Subheading` et `ArticleLayout` s’en servent ; une ancre donnée explicitement (`id`) est réservée avant les autres.',
        ].join('\n'),
      },
    },
  },
  tags: ['autodocs'],
} satisfies Meta<typeof SlugDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Intertitres: Story = {
  name: 'Intertitres d’un article',
  play: async ({ canvasElement }) => {
    await expect(ids(canvasElement)).toEqual([
      'umerov-remercie-les-allies',
      'l-otan-soutien-a-kiev',
      'contexte',
      'contexte-2',
      'ce-qu-il-faut-retenir',
    ]);
  },
};
