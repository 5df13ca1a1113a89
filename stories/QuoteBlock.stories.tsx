import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { QuoteBlock } from '../src/components/QuoteBlock';

// Seed 000: the Ukrainian foreign minister and NATO's secretary general, as printed in the article.
const KULEBA =
  '« Il ne serait pas exagéré de dire que défendre l’Europe sans l’Ukraine est une tâche futile. Vous ne pouvez pas le faire, tout simplement, pour une raison simple, car nous disposons actuellement de l’armée la plus forte et la plus aguerrie d’Europe »';
const STOLTENBERG =
  '« Nous restons inébranlables dans notre engagement envers l’Ukraine. Nous sommes déterminés à ce qu’un jour l’Ukraine siège à cette table en tant que membre à part entière de notre alliance »';
// Seed 002: the same speaker, scraped with straight quotes and apostrophes.
const STOLTENBERG_FONDS =
  "\"Depuis l'invasion de l'Ukraine par la Russie, les alliés ont fourni un soutien militaire d'une valeur de 40 milliards d'euros par an. J'ai proposé que nous maintenions ce niveau de soutien aussi longtemps qu'il le faudra.\"";

const NNBSP = '\u202F';

/** Whether the element draws something on screen: a box of some size, not hidden. */
function isVisible(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  return box.width > 0 && box.height > 0 && style.visibility === 'visible' && style.opacity !== '0';
}

/** The structure every story shares: figure > blockquote + figcaption > cite, the caption outside the quotation. */
async function expectQuotationStructure(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const figure = canvas.getByRole('figure');
  const quote = canvas.getByRole('blockquote');
  await expect(quote.parentElement).toBe(figure);
  await expect(quote.querySelector('cite, figcaption')).toBeNull();
  return { canvas, figure, quote };
}

const meta = {
  title: 'Composants/QuoteBlock',
  component: QuoteBlock,
  args: {
    text: KULEBA,
    attribution: { name: 'Dmytro Kuleba', role: 'ministre ukrainien des Affaires étrangères' },
    variant: 'block',
  },
  argTypes: {
    text: { control: 'text', description: 'La citation, avec ou sans guillemets' },
    variant: { control: 'inline-radio', options: ['block', 'pull'] },
    lang: { control: 'text', description: 'Langue de la citation (BCP 47), si ce n’est pas le français' },
    cite: { control: 'text', description: 'URL de la source (http, https ou relative)' },
    children: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component: [
          'Une citation mise en valeur : `<figure>`, `<blockquote cite>` et, hors de la citation comme le veut la norme HTML, une `<figcaption>` qui nomme l’auteur dans `<cite>` puis sa fonction.',
          '',
          'Donnez le texte tel qu’il vient de la rédaction : avec des guillemets « », des guillemets droits "…" ou sans guillemets. Le composant pose une seule paire de guillemets français, avec les espaces fines insécables, et applique la typographie française (apostrophes, espaces avant ; : ! ?). Les guillemets sont décoratifs : ils sont masqués aux lecteurs d’écran, qui annoncent déjà la citation.',
          '',
          'Pour une citation dans une autre langue, indiquez `lang` (`en`, `de`…) : elle prend les guillemets de sa langue et garde sa ponctuation. La variante `pull` (exergue) est plus grande et détachée du texte, avec la même sémantique.',
        ].join('\n'),
      },
    },
  },
  tags: ['autodocs'],
} satisfies Meta<typeof QuoteBlock>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Bloc: Story = {
  name: 'Citation (bloc)',
  play: async ({ canvasElement }) => {
    const { figure, quote } = await expectQuotationStructure(canvasElement);
    await expect(figure).toHaveAttribute('data-variant', 'block');
    const text = quote.textContent ?? '';
    await expect(text.startsWith(`«${NNBSP}Il ne serait pas exagéré`)).toBe(true);
    await expect(text.endsWith(`d’Europe${NNBSP}»`)).toBe(true);
    await expect(text.split('«')).toHaveLength(2);
    const caption = figure.querySelector(':scope > figcaption');
    await expect(caption?.querySelector(':scope > cite')).toHaveTextContent('Dmytro Kuleba');
    // The speaker's name stands out from the role after it.
    await expect(getComputedStyle(caption?.querySelector(':scope > cite') as HTMLElement).fontWeight).toBe(
      '600',
    );
    await expect(getComputedStyle(caption?.querySelector(':scope > cite') as HTMLElement).fontStyle).toBe(
      'normal',
    );
    await expect(caption).toHaveTextContent('Dmytro Kuleba, ministre ukrainien des Affaires étrangères');
  },
};

export const Exergue: Story = {
  name: 'Exergue (pull)',
  args: {
    text: STOLTENBERG,
    attribution: { name: 'Jens Stoltenberg', role: 'secrétaire général de l’OTAN' },
    variant: 'pull',
  },
  play: async ({ canvasElement }) => {
    const { figure, quote } = await expectQuotationStructure(canvasElement);
    await expect(figure).toHaveAttribute('data-variant', 'pull');
    await expect(quote).toHaveTextContent(/^«\s*Nous restons inébranlables/);
    await expect(figure.querySelector(':scope > figcaption > cite')).toHaveTextContent('Jens Stoltenberg');
    // Set apart: larger type than the block variant's reading size.
    await expect(Number.parseFloat(getComputedStyle(quote).fontSize)).toBeGreaterThan(18);
  },
};

export const GuillemetsDroits: Story = {
  name: 'Guillemets droits convertis',
  args: {
    text: STOLTENBERG_FONDS,
    attribution: { name: 'Jens Stoltenberg', role: 'secrétaire général de l’OTAN' },
  },
  parameters: {
    docs: {
      description: {
        story:
          'Le texte de l’article 002 arrive avec des guillemets et des apostrophes droits : ils deviennent « » et ’, sans jamais doubler les guillemets.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const { quote } = await expectQuotationStructure(canvasElement);
    const text = quote.textContent ?? '';
    await expect(text).not.toContain('"');
    await expect(text).not.toContain("'");
    await expect(text.split('«')).toHaveLength(2);
    await expect(text.split('»')).toHaveLength(2);
    // The number stays with what it counts.
    await expect(text).toContain('40\u00A0milliards d’euros par an');
  },
};

export const CitationAnglaise: Story = {
  name: 'Citation en anglais',
  args: {
    text: 'We remain unwavering in our commitment to Ukraine. We are determined that one day Ukraine will sit at this table as a full member of our alliance.',
    lang: 'en',
    attribution: { name: 'Jens Stoltenberg', role: 'secrétaire général de l’OTAN' },
  },
  parameters: {
    docs: {
      description: {
        story:
          'Avec `lang="en"`, la citation prend les guillemets anglais “ ” et sa ponctuation anglaise ; la légende, en français, reste hors de `lang`.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const { figure, quote } = await expectQuotationStructure(canvasElement);
    await expect(quote).toHaveAttribute('lang', 'en');
    await expect(figure).not.toHaveAttribute('lang');
    await expect(quote.textContent?.startsWith('“We remain')).toBe(true);
    await expect(quote.textContent?.endsWith('alliance.”')).toBe(true);
    await expect(quote.textContent).not.toContain('«');
  },
};

export const SansAttribution: Story = {
  name: 'Sans attribution',
  args: {
    text: '« Tout cela souligne l’erreur stratégique du (président russe Vladimir) Poutine en envahissant l’Ukraine »',
    attribution: undefined,
  },
  play: async ({ canvasElement }) => {
    const { figure, quote } = await expectQuotationStructure(canvasElement);
    await expect(figure.querySelector('figcaption')).toBeNull();
    await expect(quote).toHaveTextContent(/^«\s*Tout cela souligne/);
  },
};

export const NomSeul: Story = {
  name: 'Nom seul, sans fonction',
  args: { text: STOLTENBERG, attribution: { name: 'Jens Stoltenberg' } },
  play: async ({ canvasElement }) => {
    const { figure } = await expectQuotationStructure(canvasElement);
    const caption = figure.querySelector(':scope > figcaption');
    await expect(caption?.textContent).toBe('Jens Stoltenberg');
  },
};

export const AvecSource: Story = {
  name: 'Avec la source (cite)',
  args: { text: STOLTENBERG, cite: 'https://www.nato.int/cps/fr/natohq/opinions.htm' },
  play: async ({ canvasElement }) => {
    const { quote } = await expectQuotationStructure(canvasElement);
    await expect(quote).toHaveAttribute('cite', 'https://www.nato.int/cps/fr/natohq/opinions.htm');
  },
};

export const ContenuCompose: Story = {
  name: 'Contenu composé (children)',
  args: {
    text: undefined,
    attribution: { name: 'Dmytro Kuleba', role: 'ministre ukrainien des Affaires étrangères' },
    children: (
      <>
        <p>
          {'«\u202F'}Il ne serait pas exagéré de dire que défendre l’Europe sans l’Ukraine est une tâche{' '}
          <em>futile</em>.
        </p>
        <p>Nous disposons actuellement de l’armée la plus forte et la plus aguerrie d’Europe{'\u202F»'}</p>
      </>
    ),
  },
  parameters: {
    docs: {
      description: {
        story:
          'Un contenu composé (plusieurs paragraphes, de l’emphase) garde ses éléments. Quand les guillemets de l’auteur entourent toute la citation (« … », “…” ou "…", même dans un `<em>`), le composant les remplace par ses guillemets stylés, comme pour une citation donnée en texte : la paire s’ouvre dans le premier paragraphe et se ferme dans le dernier.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const { quote } = await expectQuotationStructure(canvasElement);
    const paragraphs = quote.querySelectorAll(':scope > p');
    await expect(paragraphs).toHaveLength(2);
    await expect(quote.querySelector('em')).toHaveTextContent('futile');
    // The accent marks, once: the author's own « » are not shown a second time.
    const text = quote.textContent ?? '';
    await expect(text.split('«')).toHaveLength(2);
    await expect(text.split('»')).toHaveLength(2);
    const open = paragraphs[0]?.querySelector(':scope > [data-quotation-mark="open"]') as HTMLElement;
    const close = paragraphs[1]?.querySelector(':scope > [data-quotation-mark="close"]') as HTMLElement;
    await expect(open.textContent).toBe(`«${NNBSP}`);
    await expect(close.textContent).toBe(`${NNBSP}»`);
    await expect(quote.querySelectorAll('[aria-hidden="true"]')).toHaveLength(2);
    // Drawn in the accent colour, upright, as for a quotation given as text.
    for (const mark of [open, close]) {
      await expect(getComputedStyle(mark).color).not.toBe(getComputedStyle(quote).color);
      await expect(getComputedStyle(mark).fontStyle).toBe('normal');
    }
    await expect(isVisible(open)).toBe(true);
    await expect(isVisible(close)).toBe(true);
  },
};

export const ContenuComposeCoupe: Story = {
  name: 'Contenu composé, citation coupée',
  args: {
    text: undefined,
    attribution: { name: 'Dmytro Kuleba', role: 'ministre ukrainien des Affaires étrangères' },
    children: (
      <p>
        {'« '}Il ne serait pas exagéré de dire que défendre l’Europe sans l’Ukraine est une tâche{' '}
        <em>futile</em>…
      </p>
    ),
  },
  parameters: {
    docs: {
      description: {
        story:
          'Un guillemet à un seul bout (ici, la fin a été coupée), ou deux guillemets qui ne vont pas ensemble (« … ”), ne sont pas une paire : le contenu est montré tel qu’il est écrit, sans guillemets stylés, et la console du navigateur le signale en développement.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const { quote } = await expectQuotationStructure(canvasElement);
    await expect(quote.querySelectorAll('[data-quotation-mark]')).toHaveLength(0);
    await expect(quote.textContent?.startsWith(`«${NNBSP}Il ne serait pas`)).toBe(true);
  },
};
