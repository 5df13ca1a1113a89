import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import {
  otanAideMilitaire,
  otanCoordinationAide,
  otanKievConseil,
  otanReunionBiden,
  type SeedFixture,
  stoltenbergLongTerme,
} from '../../fixtures';
import { DOCS_FRAME, framedInDocs } from '../support/docsFrames';
import { editSeed, pageEditsOf } from '../support/storyArgs';
import { SeedPage } from './PageFrame';
import { pageArgTypes, pageEditsIn, type SeedPageArgs } from './pageControls';

const WIDTH = { mobile: 390, desktop: 1280 } as const;
type Viewport = keyof typeof WIDTH;

/**
 * Each story holds its page in a column of its review width, 390 or 1280 px,
 * so that opened alone (iframe.html, a docs page, a window of any width) the
 * page is set as on that screen: the article and « À lire aussi » follow
 * their container, not the window. A window narrower than the column scrolls
 * sideways. The toolbar's viewport still gives the frame that screen's size
 * in the Storybook UI.
 */
function reviewColumn(viewport: Viewport): Decorator {
  const width = WIDTH[viewport];
  return (Story) => (
    <div data-review-width={width} style={{ inlineSize: `${width}px`, marginInline: 'auto' }}>
      <Story />
    </div>
  );
}

const meta = {
  title: 'Pages/Sur mobile et sur ordinateur',
  component: SeedPage,
  argTypes: pageArgTypes,
  parameters: {
    layout: 'fullscreen',
    docs: {
      ...framedInDocs(DOCS_FRAME),
      description: {
        component:
          'Les cinq articles du corpus dans les deux largeurs de relecture : un téléphone (390 × 844) et un écran d’ordinateur (1280 × 800). La largeur est fixée par l’histoire : chaque page est tenue dans une colonne de 390 ou de 1280 px, si bien qu’ouverte seule ou dans cette page de documentation, dans une fenêtre de n’importe quelle largeur, elle reste composée comme sur cet écran (une fenêtre plus étroite défile horizontalement) ; choisissez « Articles du corpus » pour redimensionner librement, ou « Aperçus / Contrôles éditoriaux » pour relire une page avec ses contrôles.',
      },
    },
  },
  render: (args) => (
    <SeedPage
      fixture={editSeed(args.fixture, pageEditsIn(args))}
      headingLevel={args.headingLevel}
      articleProps={args.articleProps}
    />
  ),
  tags: ['autodocs'],
} satisfies Meta<SeedPageArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What a reader on that screen needs: the page fits, the text is large enough, the picture fits the column. */
async function expectReadableAt(canvasElement: HTMLElement, viewport: Viewport) {
  const width = WIDTH[viewport];
  const view = canvasElement.ownerDocument.defaultView as Window;
  // The page is as wide as its column, whatever the window, and nothing in it overflows the column.
  const column = canvasElement.querySelector<HTMLElement>('[data-review-width]');
  await expect(column?.getBoundingClientRect().width).toBe(width);
  await expect(column?.scrollWidth).toBeLessThanOrEqual(width);
  const right = (column as HTMLElement).getBoundingClientRect().right;

  const canvas = within(canvasElement);
  const article = canvas.getByRole('article');
  const headline = canvas.getByRole('heading', { level: 1 });
  // A phone shows the headline smaller, never smaller than the text.
  const size = (element: Element) => Number.parseFloat(view.getComputedStyle(element).fontSize);
  // Body paragraphs only: kicker, byline, captions and teasers are set smaller on purpose.
  const paragraphs = Array.from(article.querySelectorAll('p')).filter(
    (paragraph) => !paragraph.closest('header, figure, footer, aside'),
  );
  await expect(paragraphs.length).toBeGreaterThan(0);
  const bodyText = Math.min(...paragraphs.map(size));
  await expect(bodyText).toBeGreaterThanOrEqual(16);
  await expect(size(headline)).toBeGreaterThan(bodyText);
  if (viewport === 'mobile') await expect(size(headline)).toBeLessThanOrEqual(36);

  const lead = article.querySelector(':scope > figure img');
  if (lead) {
    const box = lead.getBoundingClientRect();
    await expect(box.width).toBeGreaterThan(width / 2);
    await expect(box.right).toBeLessThanOrEqual(right);
  }
}

function story(seed: SeedFixture, viewport: Viewport): Story {
  return {
    args: { fixture: seed, ...pageEditsOf(seed) },
    globals: { viewport: { value: viewport, isRotated: false } },
    decorators: [reviewColumn(viewport)],
    play: async ({ canvasElement }) => expectReadableAt(canvasElement, viewport),
  };
}

export const OtanKievConseilMobile: Story = {
  name: 'L’OTAN réitère son soutien à Kiev — mobile',
  ...story(otanKievConseil, 'mobile'),
};
export const OtanKievConseilOrdinateur: Story = {
  name: 'L’OTAN réitère son soutien à Kiev — ordinateur',
  ...story(otanKievConseil, 'desktop'),
};
export const OtanAideMilitaireMobile: Story = {
  name: 'Aide militaire supplémentaire à l’Ukraine — mobile',
  ...story(otanAideMilitaire, 'mobile'),
};
export const OtanAideMilitaireOrdinateur: Story = {
  name: 'Aide militaire supplémentaire à l’Ukraine — ordinateur',
  ...story(otanAideMilitaire, 'desktop'),
};
export const StoltenbergLongTermeMobile: Story = {
  name: 'Stoltenberg et l’aide sur le long terme — mobile',
  ...story(stoltenbergLongTerme, 'mobile'),
};
export const StoltenbergLongTermeOrdinateur: Story = {
  name: 'Stoltenberg et l’aide sur le long terme — ordinateur',
  ...story(stoltenbergLongTerme, 'desktop'),
};
export const OtanCoordinationAideMobile: Story = {
  name: 'La coordination de l’aide — mobile',
  ...story(otanCoordinationAide, 'mobile'),
};
export const OtanCoordinationAideOrdinateur: Story = {
  name: 'La coordination de l’aide — ordinateur',
  ...story(otanCoordinationAide, 'desktop'),
};
export const OtanReunionBidenMobile: Story = {
  name: 'Stoltenberg à la réunion de Joe Biden — mobile',
  ...story(otanReunionBiden, 'mobile'),
};
export const OtanReunionBidenOrdinateur: Story = {
  name: 'Stoltenberg à la réunion de Joe Biden — ordinateur',
  ...story(otanReunionBiden, 'desktop'),
};
