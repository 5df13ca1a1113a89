import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { TypographyDemo } from '../support/FunctionDemos';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

function part(canvasElement: HTMLElement, name: string): string {
  return canvasElement.querySelector(`[data-part="${name}"]`)?.textContent ?? '';
}

const meta = {
  title: 'Fonctions/frenchTypography',
  component: TypographyDemo,
  args: { text: 'Qu\'a-t-il dit ? "Rien" : c\'est tout ; vraiment !' },
  argTypes: { text: { control: 'text', description: 'Le texte tel qu’il a été saisi ou récupéré' } },
  parameters: {
    docs: {
      description: {
        component: [
          '`frenchTypography(texte)` applique la typographie française : apostrophes courbes ’, guillemets « » avec espaces fines insécables, espace fine insécable avant `; ! ?`, espace insécable avant `:` et `%`, milliers groupés par des espaces fines (« 300 000 »), espace insécable entre un nombre et ce qu’il compte (« 40 milliards », « 300 000 hommes »). Les URL et les adresses électroniques ne sont pas touchées.',
          '',
          'Elle est idempotente : l’appliquer deux fois donne le même texte. Les composants l’appliquent d’eux-mêmes au titre, au chapô, aux intertitres et aux citations ; appelez-la dans un CMS ou un script pour corriger un texte avant de l’enregistrer. Saisissez un texte dans les contrôles pour voir le résultat, espaces rendues visibles.',
        ].join('\n'),
      },
    },
  },
  tags: ['autodocs'],
} satisfies Meta<typeof TypographyDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const PonctuationHaute: Story = {
  name: 'Ponctuation haute et guillemets',
  play: async ({ canvasElement }) => {
    await expect(part(canvasElement, 'after')).toBe(
      `Qu’a-t-il dit${NNBSP}? «${NNBSP}Rien${NNBSP}»${NBSP}: c’est tout${NNBSP}; vraiment${NNBSP}!`,
    );
    await expect(canvasElement.querySelectorAll('[data-space="nnbsp"]')).toHaveLength(5);
    await expect(canvasElement.querySelectorAll('[data-space="nbsp"]')).toHaveLength(1);
    await expect(canvasElement.querySelector('[data-part="idempotent"]')).toHaveAttribute('data-ok', 'true');
  },
};

export const NombresEtPourcentages: Story = {
  name: 'Nombres et pourcentages',
  args: { text: 'La Russie a perdu plus de 300000 hommes, soit 43,3 % de ses forces.' },
  play: async ({ canvasElement }) => {
    await expect(part(canvasElement, 'after')).toBe(
      `La Russie a perdu plus de 300${NNBSP}000${NBSP}hommes, soit 43,3${NBSP}% de ses forces.`,
    );
  },
};

export const AdressesIntactes: Story = {
  name: 'URL et adresses laissées intactes',
  args: { text: 'Écrivez à redaction@example.fr : https://www.example.fr/a?b=1;c=2' },
  play: async ({ canvasElement }) => {
    const after = part(canvasElement, 'after');
    // The colon of the sentence gets its space; the URL's ';' does not.
    await expect(after).toBe(`Écrivez à redaction@example.fr${NBSP}: https://www.example.fr/a?b=1;c=2`);
  },
};

export const DejaCorrige: Story = {
  name: 'Texte déjà corrigé',
  args: { text: `«${NNBSP}Nous restons inébranlables${NNBSP}», a déclaré Jens Stoltenberg.` },
  play: async ({ canvasElement }) => {
    await expect(part(canvasElement, 'after')).toBe(part(canvasElement, 'before'));
  },
};
