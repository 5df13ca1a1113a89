import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { otanKievConseil } from '../fixtures';
import { ManchetteThemeProvider } from '../src/components/ManchetteThemeProvider';
import { QuoteBlock } from '../src/components/QuoteBlock';
import { createTheme, defaultTheme, type ManchetteThemeOverrides } from '../src/theme';
import { contrastRatio } from '../support/contrast';
import { ThemeTokens } from './support/ThemeTokens';

// The themes of the toolbar (.storybook/preview.tsx), reviewed here token by token.
const SEPIA: ManchetteThemeOverrides = {
  color: { background: '#fbf6ec', surface: '#f1e8d6', text: '#2b2118', accent: '#8a2a0a' },
};
const BLEU: ManchetteThemeOverrides = { color: { accent: '#00507a', focus: '#b35c00' } };

function rgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${value >> 16}, ${(value >> 8) & 0xff}, ${value & 0xff})`;
}

/** Every colour token is listed with its value, its swatch painted with it, and its ratios computed. */
async function expectColourTable(canvasElement: HTMLElement, overrides: ManchetteThemeOverrides | undefined) {
  const theme = createTheme(overrides);
  const rows = Array.from(canvasElement.querySelectorAll<HTMLTableRowElement>('tr[data-colour]'));
  await expect(rows.map((row) => row.dataset.colour).sort()).toEqual(Object.keys(theme.color).sort());
  for (const row of rows) {
    const name = row.dataset.colour as keyof typeof theme.color;
    await expect(row.querySelector('[data-part="hex"]')).toHaveTextContent(theme.color[name]);
    const swatch = row.querySelector('td span') as HTMLElement;
    await expect(getComputedStyle(swatch).backgroundColor).toBe(rgb(theme.color[name]));
  }
  for (const name of ['text', 'textMuted', 'accent'] as const) {
    const cell = canvasElement.querySelector(`tr[data-colour="${name}"] td[data-ratio]`);
    const ratio = contrastRatio(theme.color[name], theme.color.background) ?? 0;
    await expect(cell).toHaveAttribute('data-ratio', ratio.toFixed(2));
    await expect(ratio).toBeGreaterThanOrEqual(4.5);
    await expect(cell).not.toHaveAttribute('data-level', 'insuffisant');
  }
}

const meta = {
  title: 'Composants/Thème',
  component: ManchetteThemeProvider,
  args: { theme: undefined },
  argTypes: {
    theme: {
      control: 'object',
      description: 'Jetons à remplacer, par exemple `{ "color": { "accent": "#00507a" } }`',
    },
    children: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component: [
          '`ManchetteThemeProvider` applique un thème aux composants qu’il contient. Il est facultatif : sans lui, les composants prennent les jetons par défaut.',
          '',
          'Donnez seulement les jetons à changer (`theme={{ color: { accent: "#00507a" } }}`), les autres gardent leur valeur. Les jetons deviennent des propriétés CSS personnalisées (`--manchette-color-accent`) : les styles restent statiques et un thème se change sans recalculer de CSS. Vérifiez ici que chaque couleur de texte atteint 4,5:1 sur les fonds (WCAG 2.1 AA) avant de l’adopter.',
        ].join('\n'),
      },
    },
  },
  render: (args) => <ThemeTokens theme={args.theme} />,
  tags: ['autodocs'],
} satisfies Meta<typeof ManchetteThemeProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ParDefaut: Story = {
  name: 'Jetons par défaut',
  play: async ({ canvasElement }) => {
    await expectColourTable(canvasElement, undefined);
    const sizes = Array.from(canvasElement.querySelectorAll('[data-size]')).map(
      (item) => (item as HTMLElement).dataset.size,
    );
    await expect(sizes).toEqual(Object.keys(defaultTheme.fontSize));
  },
};

export const Sepia: Story = {
  name: 'Sépia',
  args: { theme: SEPIA },
  play: async ({ canvasElement }) => expectColourTable(canvasElement, SEPIA),
};

export const AccentBleu: Story = {
  name: 'Accent bleu',
  args: { theme: BLEU },
  play: async ({ canvasElement }) => expectColourTable(canvasElement, BLEU),
};

export const ThemeApplique: Story = {
  name: 'Thème appliqué à une citation',
  args: { theme: SEPIA },
  render: (args) => (
    <ThemeTokens theme={args.theme}>
      <QuoteBlock
        variant="pull"
        text="Nous restons inébranlables dans notre engagement envers l’Ukraine."
        attribution={{ name: 'Jens Stoltenberg', role: 'secrétaire général de l’OTAN' }}
        cite={otanKievConseil.article.url}
      />
    </ThemeTokens>
  ),
  play: async ({ canvasElement }) => {
    const quote = within(canvasElement).getByRole('blockquote');
    // The quotation reads the theme's custom properties: sepia text colour, not the default.
    await expect(getComputedStyle(quote).color).toBe(rgb('#2b2118'));
  },
};
