import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { otanKievConseil } from '../../fixtures';
import { ParseArticleDemo } from '../support/FunctionDemos';

const valid = JSON.stringify(otanKievConseil.article, null, 2);

// What a careless CMS export can send: every field the schema refuses, once.
const invalid = JSON.stringify(
  {
    ...otanKievConseil.article,
    url: 'javascript:alert(1)',
    datePublished: '2024-04-03T19:40:00',
    image: { src: '/images/otan-kiev-conseil-16x9.jpg', alt: 'Conseil OTAN-Ukraine' },
    body: [{ type: 'video', src: '/video.mp4' }],
  },
  null,
  2,
);

function pathsOf(canvasElement: HTMLElement, part: string): string[] {
  return Array.from(canvasElement.querySelectorAll(`[data-part="${part}"] tr[data-path]`)).map(
    (row) => (row as HTMLElement).dataset.path ?? '',
  );
}

const meta = {
  title: 'Fonctions/parseArticle',
  component: ParseArticleDemo,
  args: { json: valid },
  argTypes: { json: { control: 'text', description: 'Les données de l’article, en JSON' } },
  parameters: {
    docs: {
      description: {
        component: [
          '`parseArticle(données)` vérifie des données venues de l’extérieur (un CMS, un fichier JSON, un formulaire) avant de les confier aux composants. Il renvoie l’article typé, ou la liste de tous les problèmes, champ par champ (messages en anglais, pour les développeurs).',
          '',
          'Refusé : un titre absent, une URL qui n’est pas en http(s), une date sans fuseau, une image sans largeur ni hauteur, une URL `javascript:` ou `data:`, un type de bloc inconnu. Toléré avec un avertissement : un champ inconnu (retiré), un titre de plus de 110 caractères. Modifiez le JSON dans les contrôles pour essayer.',
        ].join('\n'),
      },
    },
  },
  tags: ['autodocs'],
} satisfies Meta<typeof ParseArticleDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Valide: Story = {
  name: 'Article valide',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('[data-part="outcome"]')).toHaveAttribute(
      'data-success',
      'true',
    );
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(/^L’OTAN réitère son soutien/);
  },
};

export const Refuse: Story = {
  name: 'Données refusées',
  args: { json: invalid },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-part="outcome"]')).toHaveAttribute(
      'data-success',
      'false',
    );
    const paths = pathsOf(canvasElement, 'issues');
    for (const path of ['url', 'datePublished', 'image.width', 'image.height'])
      await expect(paths).toContain(path);
    await expect(paths.some((path) => path.startsWith('body.0'))).toBe(true);
    // Nothing is rendered from refused data.
    await expect(within(canvasElement).queryByRole('article')).toBeNull();
  },
};

export const ChampInconnu: Story = {
  name: 'Champ inconnu (toléré)',
  args: { json: JSON.stringify({ ...otanKievConseil.article, couleurDuBandeau: 'rouge' }, null, 2) },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-part="outcome"]')).toHaveAttribute(
      'data-success',
      'true',
    );
    await expect(pathsOf(canvasElement, 'warnings')).toContain('couleurDuBandeau');
  },
};

export const PasDuJson: Story = {
  name: 'Texte qui n’est pas du JSON',
  args: { json: '{ "headline": "L’OTAN réitère son soutien à Kiev", ' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^Ce n’est pas du JSON/)).toBeVisible();
  },
};
