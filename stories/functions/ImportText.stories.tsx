import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { exampleSite } from '../../fixtures';
import raw000 from '../../fixtures/raw/000_e82dbfc24d7f70c7.txt?raw';
import raw002 from '../../fixtures/raw/002_a76a775972527e78.txt?raw';
import { ImportDemo } from '../support/FunctionDemos';

const meta = {
  title: 'Fonctions/Importer un texte brut',
  component: ImportDemo,
  args: {
    raw: raw000,
    url: 'https://www.example.fr/2024/04/03/l-otan-reitere-son-soutien-a-kiev',
    datePublished: '2024-04-03T19:40:00+02:00',
    site: exampleSite,
  },
  argTypes: {
    raw: { control: 'text', description: 'Collez ici le texte récupéré d’une page' },
    url: { control: 'text', description: 'URL canonique de l’article (un texte brut n’en a pas)' },
    datePublished: { control: 'text', description: 'Date de publication, ISO 8601 avec décalage' },
    site: { control: 'object' },
  },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component: [
          'Collez un texte récupéré d’une page web ou d’une dépêche : `parseArticleText(texte, { url, datePublished })` en fait un `Article` (titre, chapô, signature, intertitres, citations avec leur auteur, source), en retirant le bruit de page (publicités, boutons de partage, navigation, invitations à s’abonner, consignes laissées à un outil d’écriture).',
          '',
          'La page obtenue s’affiche avec ses contrôles éditoriaux (`auditArticle`) ; dessous, la liste de ce que l’import a retiré, réparé ou n’a pas trouvé (messages techniques, en anglais, pour l’intégrateur), et ce qu’il a mis de côté : articles liés, crédits photo, légendes.',
        ].join('\n'),
      },
    },
  },
  tags: ['autodocs'],
} satisfies Meta<typeof ImportDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const TexteAvecConsignes: Story = {
  name: 'Texte récupéré avec consignes et publicité',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The prompt glued to the headline is gone from the page's h1.
    const headline = canvas.getByRole('heading', { level: 1 });
    await expect(headline).toHaveTextContent(
      /^L’OTAN réitère son soutien à Kiev lors de la réunion du Conseil OTAN-Ukraine$/,
    );
    const page = canvasElement.querySelector('[data-review="page"]') as HTMLElement;
    await expect(page).not.toHaveTextContent('PUBLICITÉ');
    await expect(page).not.toHaveTextContent('Make this article seo compatible');
    await expect(page).not.toHaveTextContent('Source link');
    // …and each removal is reported.
    const diagnostics = canvasElement.querySelector('[data-part="diagnostics"]') as HTMLElement;
    await expect(diagnostics.querySelector('[data-code="headline-prompt-removed"]')).not.toBeNull();
    await expect(diagnostics.querySelector('[data-code="writing-prompt"]')).not.toBeNull();
    await expect(diagnostics).toHaveTextContent('PUBLICITÉ');
    // The editorial checks run on the imported article.
    await expect(canvasElement.querySelector('[data-checks="findings"]')).not.toBeNull();
  },
};

export const DepecheAvecArticlesLies: Story = {
  name: 'Dépêche avec articles liés et crédits',
  args: {
    raw: raw002,
    url: 'https://www.example.fr/2024/06/14/jens-stoltenberg-veut-s-assurer-que-les-membres-de-l-otan-aideront-l-ukraine',
    datePublished: '2024-06-14T17:05:00+02:00',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const setAside = canvas.getByText('Articles liés repérés').nextElementSibling;
    await expect(setAside).not.toHaveTextContent(/^aucun$/);
  },
};

export const TexteVide: Story = {
  name: 'Texte vide',
  args: { raw: '', url: '', datePublished: '' },
  play: async ({ canvasElement }) => {
    const diagnostics = canvasElement.querySelector('[data-part="diagnostics"]') as HTMLElement;
    await expect(diagnostics.querySelector('[data-code="input-empty"]')).not.toBeNull();
    // Nothing to publish: the checks say so rather than the page crashing.
    await expect(canvasElement.querySelector('[data-severity-group="error"]')).not.toBeNull();
  },
};
