import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import styled from 'styled-components';
import { exampleSite, otanKievConseilAbonnes, type SeedFixture, seedFixtures } from '../../fixtures';
import { buildNewsArticleJsonLd } from '../../src/seo';
import { vars } from '../../src/theme';
import { outlineFromElement, outlineProblems } from '../../support/outline';
import { DOCS_FRAME, framedInDocs } from '../support/docsFrames';
import { editSeed, pageEditsOf } from '../support/storyArgs';
import { SeedPage } from './PageFrame';
import { pageArgTypes, pageEditsIn, type SeedPageArgs } from './pageControls';

/** The page as the story's args make it, which the checks read. */
const shownSeed = (args: SeedPageArgs) => editSeed(args.fixture, pageEditsIn(args));

const meta = {
  title: 'Pages/Articles du corpus',
  component: SeedPage,
  argTypes: pageArgTypes,
  parameters: {
    layout: 'fullscreen',
    docs: {
      ...framedInDocs(DOCS_FRAME),
      description: {
        component:
          'Les cinq articles du corpus, chacun en page entière sur le site fictif « Le Quotidien d’exemple » : bandeau, rubriques, article complet avec ses articles liés, pied de page. Redimensionnez la fenêtre jusqu’à 320 px ou lancez l’aperçu avant impression pour voir la mise en page s’adapter. Les contrôles changent le titre, le chapô, la rubrique, la photo et le nombre d’articles liés de la page ouverte.',
      },
    },
  },
  render: (args) => (
    <SeedPage fixture={shownSeed(args)} headingLevel={args.headingLevel} articleProps={args.articleProps} />
  ),
  tags: ['autodocs'],
} satisfies Meta<SeedPageArgs>;

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
    args: { fixture: seed, ...pageEditsOf(seed) },
    play: async ({ canvasElement, args }) => expectArticlePage(canvasElement, shownSeed(args)),
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

// The prompt a site shows a reader without a subscription: the host's own, not the library's.
const Prompt = styled.aside`
  margin-block: ${vars.space.lg};
  padding: ${vars.space.lg};
  border: 1px solid ${vars.color.border};
  border-radius: ${vars.radius};
  background: ${vars.color.surface};
  font-family: ${vars.font.sans};

  & h2 {
    margin: 0 0 ${vars.space.sm};
    font-size: ${vars.fontSize.lg};
  }
  & p {
    margin: 0 0 ${vars.space.md};
  }
`;

/** The subscriber-only part as the JSON-LD names it: exactly one element of the page. */
async function expectSubscriberPart(canvasElement: HTMLElement) {
  const graph = buildNewsArticleJsonLd(otanKievConseilAbonnes.article, exampleSite);
  const news = (graph['@graph'] as unknown as Record<string, unknown>[])[0] as {
    isAccessibleForFree?: boolean;
    hasPart?: { cssSelector: string };
  };
  await expect(news.isAccessibleForFree).toBe(false);
  const parts = canvasElement.querySelectorAll(news.hasPart?.cssSelector ?? '');
  await expect(parts).toHaveLength(1);
  return parts[0] as HTMLElement;
}

export const ReserveAuxAbonnes: Story = {
  name: 'Réservé aux abonnés, lu par un abonné',
  args: { fixture: otanKievConseilAbonnes, ...pageEditsOf(otanKievConseilAbonnes) },
  parameters: {
    docs: {
      description: {
        story:
          "Le premier article du corpus en article payant (`isAccessibleForFree: false`) : un bloc `{ type: 'paywall' }` après le quatrième paragraphe. Tout ce qui suit est rendu dans un seul élément de classe `manchette-paywall`, que les données structurées désignent (`hasPart`, `cssSelector: '.manchette-paywall'`), comme Google le demande pour ne pas confondre un paywall avec du cloaking. Un rectificatif est affiché sous le corps.",
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    await expectArticlePage(canvasElement, shownSeed(args));
    const part = await expectSubscriberPart(canvasElement);
    await expect(part.querySelectorAll('p').length).toBeGreaterThan(0);
    await expect(within(canvasElement).getByRole('region', { name: 'Rectificatifs' })).toBeVisible();
  },
};

export const ReserveAuxAbonnesNonAbonne: Story = {
  name: 'Réservé aux abonnés, lu sans abonnement',
  args: {
    fixture: otanKievConseilAbonnes,
    ...pageEditsOf(otanKievConseilAbonnes),
    articleProps: {
      paywallPrompt: (
        <Prompt aria-labelledby="offre-abonnement">
          <h2 id="offre-abonnement">La suite est réservée aux abonnés</h2>
          <p>Abonnez-vous pour lire cet article en entier et tous nos articles sur l’OTAN et l’Ukraine.</p>
          <a href="/abonnement">Je m’abonne</a>
        </Prompt>
      ),
    },
  },
  parameters: {
    docs: {
      description: {
        story:
          'Le même article pour un lecteur sans abonnement : avec `paywallPrompt`, la mise en page s’arrête au marqueur et affiche l’invitation à s’abonner du site dans l’élément `manchette-paywall` ; la partie réservée n’est jamais envoyée au navigateur, et les données structurées restent les mêmes.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const part = await expectSubscriberPart(canvasElement);
    await expect(part).toHaveAttribute('data-prompt');
    await expect(within(part).getByRole('link', { name: 'Je m’abonne' })).toBeVisible();
    const lastBlock = otanKievConseilAbonnes.article.body.at(-1) as { text: string };
    await expect(canvasElement.textContent).not.toContain(lastBlock.text.slice(0, 40));
    await expect(outlineProblems(outlineFromElement(canvasElement), { topLevel: 1 })).toEqual([]);
  },
};

const edited = fixture('otan-aide-militaire');

export const PageModifiee: Story = {
  name: 'Page modifiée par les contrôles',
  args: {
    fixture: edited,
    ...pageEditsOf(edited),
    titre: 'Défense : le Sud-Est de l’Europe réclame à son tour 40 milliards d’euros',
    chapo: '',
    rubrique: 'Économie',
    image: false,
    articlesLies: 4,
  },
  parameters: {
    docs: {
      description: {
        story:
          'Un article du corpus tel que les contrôles le changent : autre titre, sans chapô, rubrique Économie, sans photo principale, quatre articles liés (ceux de l’article d’abord, puis ceux des autres articles du corpus).',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    await expectArticlePage(canvasElement, shownSeed(args));
    const article = within(canvasElement).getByRole('article');
    await expect(within(article).getByRole('heading', { level: 1 })).toHaveTextContent(
      /^Défense : le Sud-Est de l’Europe réclame à son tour 40 milliards d’euros$/,
    );
    await expect(article.querySelector(':scope > header [data-part="standfirst"]')).toBeNull();
    await expect(article.querySelector(':scope > header [data-part="kicker"]')).toHaveTextContent('Économie');
    await expect(article.querySelector(':scope > figure')).toBeNull();
    // The seed itself is left as it was.
    await expect(edited.article.image).toBeDefined();
    await expect(edited.related).toHaveLength(2);
  },
};
