import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { DateDemo } from '../support/FunctionDemos';

const NBSP = '\u00a0';

function result(canvasElement: HTMLElement): string {
  return canvasElement.querySelector('[data-part="result"]')?.textContent ?? '';
}

const meta = {
  title: 'Fonctions/formatFrenchDate',
  component: DateDemo,
  args: { iso: '2024-06-12T14:30:00+02:00', timeZone: 'Europe/Paris', time: true, relativeTo: '' },
  argTypes: {
    iso: { control: 'text', description: 'Date ISO 8601 avec son décalage horaire' },
    timeZone: {
      control: 'select',
      options: ['Europe/Paris', 'America/Montreal', 'Africa/Dakar', 'Pacific/Noumea', 'UTC'],
      description: 'Fuseau horaire du site',
    },
    time: { control: 'boolean', description: 'Afficher l’heure' },
    relativeTo: {
      control: 'text',
      description: 'Moment de lecture, pour « il y a 3 heures » (vide : date absolue)',
    },
  },
  parameters: {
    docs: {
      description: {
        component: [
          '`formatFrenchDate(iso, { timeZone, time, relativeTo })` écrit une date à la française (« 12 juin 2024 à 14 h 30 », « 1er juin 2024 ») dans un fuseau explicite, `Europe/Paris` par défaut : le serveur et le navigateur écrivent la même chose, quel que soit le fuseau de la machine, et la page s’hydrate sans écart.',
          '',
          'Les espaces internes sont insécables : « 12 juin » et « 14 h 30 » ne se coupent jamais en fin de ligne. Une date invalide ou sans décalage horaire ne donne rien (et un avertissement en développement), jamais « Invalid Date ».',
        ].join('\n'),
      },
    },
  },
  tags: ['autodocs'],
} satisfies Meta<typeof DateDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AvecHeure: Story = {
  name: 'Date et heure à Paris',
  play: async ({ canvasElement }) => {
    await expect(result(canvasElement)).toBe(`12${NBSP}juin${NBSP}2024 à 14${NBSP}h${NBSP}30`);
  },
};

export const AutreFuseau: Story = {
  name: 'Le même instant à Montréal',
  args: { timeZone: 'America/Montreal' },
  play: async ({ canvasElement }) => {
    await expect(result(canvasElement)).toBe(`12${NBSP}juin${NBSP}2024 à 8${NBSP}h${NBSP}30`);
  },
};

export const PremierDuMois: Story = {
  name: 'Premier du mois',
  args: { iso: '2024-06-01T00:30:00+02:00', time: false },
  play: async ({ canvasElement }) => {
    await expect(result(canvasElement)).toBe(`1er${NBSP}juin${NBSP}2024`);
  },
};

export const Relative: Story = {
  name: 'Date relative',
  args: { relativeTo: '2024-06-12T17:45:00+02:00' },
  play: async ({ canvasElement }) => {
    await expect(result(canvasElement)).toBe('il y a 3 heures');
  },
};

export const Invalide: Story = {
  name: 'Date sans fuseau (refusée)',
  args: { iso: '2024-06-12T14:30:00' },
  play: async ({ canvasElement }) => {
    await expect(result(canvasElement)).toMatch(/^\(rien : la date n’est pas valide/);
  },
};
