import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { type SeedFixture, seedFixtures } from '../../fixtures';
import { outlineFromElement, outlineProblems } from '../../support/outline';
import { SeedPage } from './PageFrame';

const meta = {
  title: 'Pages/Articles du corpus',
  component: SeedPage,
  argTypes: {
    fixture: { control: false },
    headingLevel: { control: false },
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Les cinq articles du corpus, chacun en page entière sur le site fictif « Le Quotidien d’exemple » : bandeau, rubriques, article complet avec ses articles liés, pied de page. Redimensionnez la fenêtre jusqu’à 320 px ou lancez l’aperçu avant impression pour voir la mise en page s’adapter.',
      },
    },
  },
  tags: ['autodocs'],
} satisfies Meta<typeof SeedPage>;

export default meta;
type Story = StoryObj<typeof meta>;

function fixture(id: string): SeedFixture {
  const found = seedFixtures.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no seed fixture "${id}"`);
  return found;
}

/** What every page must hold: one h1, no skipped level, its dates, its pictures, no sideways scroll. */
async function expectArticlePage(canvasElement: HTMLElement, seed: SeedFixture) {
  const canvas = within(canvasElement);
  const main = canvas.getByRole('main');
  const h1s = canvas.getAllByRole('heading', { level: 1 });
  await expect(h1s).toHaveLength(1);
  await expect(main).toContainElement(h1s[0] as HTMLElement);
  await expect(outlineProblems(outlineFromElement(canvasElement), { topLevel: 1 })).toEqual([]);

  const article = within(main).getByRole('article');
  await expect(article).toHaveAccessibleName(h1s[0]?.textContent ?? '');
  const published = article.querySelector('time');
  await expect(published).toHaveAttribute('datetime', seed.article.datePublished);
  await expect(published?.parentElement).toHaveTextContent(
    /^Publié le \d{1,2}(er)? [a-zéû]+ \d{4} à \d{1,2} h \d{2}$/,
  );

  const related = canvas.queryByRole('complementary', { name: 'À lire aussi' });
  if (seed.related.length > 0) {
    await expect(related).not.toBeNull();
    await expect(within(related as HTMLElement).getByRole('heading', { name: 'À lire aussi' }).tagName).toBe(
      'H2',
    );
    await expect(within(related as HTMLElement).getAllByRole('heading', { level: 3 })).toHaveLength(
      seed.related.length,
    );
  } else {
    await expect(related).toBeNull();
  }

  // Every picture is a local file that really loads, with its size reserved.
  for (const image of Array.from(canvasElement.querySelectorAll('img'))) {
    await expect(image.getAttribute('src')).toMatch(/^\/images\//);
    await expect((await fetch(image.src)).ok).toBe(true);
    await expect(Number(image.getAttribute('width'))).toBeGreaterThan(0);
  }
  const lead = article.querySelector(':scope > figure img');
  if (seed.article.image) await expect(lead).toHaveAttribute('fetchpriority', 'high');

  const root = canvasElement.ownerDocument.documentElement;
  await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
}

function seedStory(id: string): Story {
  const seed = fixture(id);
  return {
    args: { fixture: seed },
    play: async ({ canvasElement }) => expectArticlePage(canvasElement, seed),
  };
}

export const OtanKievConseil: Story = {
  name: 'L’OTAN réitère son soutien à Kiev',
  ...seedStory('otan-kiev-conseil'),
};
export const OtanAideMilitaire: Story = {
  name: 'Aide militaire supplémentaire à l’Ukraine',
  ...seedStory('otan-aide-militaire'),
};
export const StoltenbergLongTerme: Story = {
  name: 'Stoltenberg et l’aide sur le long terme',
  ...seedStory('stoltenberg-long-terme'),
};
export const OtanCoordinationAide: Story = {
  name: 'La coordination de l’aide',
  ...seedStory('otan-coordination-aide'),
};
export const OtanReunionBiden: Story = {
  name: 'Stoltenberg à la réunion de Joe Biden',
  ...seedStory('otan-reunion-biden'),
};
