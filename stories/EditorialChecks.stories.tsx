import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import {
  exampleSite,
  otanAideMilitaire,
  otanCoordinationAide,
  otanKievConseil,
  otanReunionBiden,
  type SeedFixture,
  stoltenbergLongTerme,
} from '../fixtures';
import { auditArticle } from '../src/audit';
import { Section } from '../src/components/Section';
import { Subheading } from '../src/components/Subheading';
import type { Article } from '../src/model';
import { countWords, readingTime } from '../src/text';
import { DOCS_FRAME, framedInDocs } from './support/docsFrames';
import { ReviewPage } from './support/ReviewPage';

/**
 * The outline panel against the page itself: one entry per heading of the
 * rendered page, same level, same text, in the same order.
 */
async function expectOutlineOfPage(canvasElement: HTMLElement) {
  const page = canvasElement.querySelector<HTMLElement>('[data-review="page"]');
  await expect(page).not.toBeNull();
  const headings = within(page as HTMLElement).getAllByRole('heading');
  const outline = canvasElement.querySelector<HTMLElement>('[data-checks="outline"]');
  await waitFor(() => expect(outline?.querySelectorAll('ol > li')).toHaveLength(headings.length));
  const items = Array.from(outline?.querySelectorAll<HTMLLIElement>('ol > li') ?? []);
  for (const [index, heading] of headings.entries()) {
    const item = items[index];
    await expect(item).toHaveAttribute('data-level', heading.tagName.slice(1));
    await expect(item?.textContent).toContain((heading.textContent ?? '').replace(/\s+/g, ' ').trim());
  }
  return { outline: outline as HTMLElement, items };
}

/** The findings panel lists exactly what `auditArticle` finds, errors first. */
async function expectFindingsOf(canvasElement: HTMLElement, article: Article) {
  const findings = auditArticle(article, exampleSite);
  const panel = canvasElement.querySelector<HTMLElement>('[data-checks="findings"]');
  const shown = Array.from(panel?.querySelectorAll<HTMLElement>('li[data-severity]') ?? []);
  await expect(shown).toHaveLength(findings.length);
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const severities = shown.map((item) => rank[item.dataset.severity as keyof typeof rank]);
  await expect(severities).toEqual([...severities].sort((a, b) => a - b));
  for (const finding of findings) {
    await expect(shown.some((item) => item.textContent?.includes(finding.message))).toBe(true);
  }
  return panel as HTMLElement;
}

function figure(canvasElement: HTMLElement, key: string): string {
  return canvasElement.querySelector(`[data-figure="${key}"] [data-part="value"]`)?.textContent ?? '';
}

const meta = {
  title: 'Aperçus/Contrôles éditoriaux',
  component: ReviewPage,
  args: {
    article: otanKievConseil.article,
    related: otanKievConseil.related,
    site: exampleSite,
    checks: true,
    previews: false,
  },
  argTypes: {
    article: { control: 'object', description: 'L’article relu' },
    related: { control: 'object', description: 'Les articles de « À lire aussi »' },
    site: { control: 'object' },
    checks: { control: 'boolean', description: 'Afficher les contrôles éditoriaux' },
    previews: { control: 'boolean', description: 'Afficher l’aperçu moteurs de recherche sous la page' },
    children: { control: false },
  },
  parameters: {
    layout: 'padded',
    docs: {
      ...framedInDocs(DOCS_FRAME),
      description: {
        component: [
          'Une page d’article relue avant publication. À côté de la page (dessous sur un petit écran) :',
          '',
          '- les **diagnostics** de `auditArticle`, en français, par gravité (erreurs, avertissements, informations), avec le champ concerné ;',
          '- les **chiffres clés** face à leurs repères : longueur du titre (110 au plus, au-delà les résultats le coupent), de la balise title (environ 70 visibles), de la description (160), nombre de mots, temps de lecture, intertitres, taille et texte alternatif de la photo ;',
          '- le **plan des titres** lu dans la page rendue (h1 à h6, indentés), qui signale un h1 manquant ou en double et tout niveau sauté.',
          '',
          'Cochez `previews` pour voir aussi, sous la page, le résultat Google et les cartes de partage.',
        ].join('\n'),
      },
    },
  },
  tags: ['autodocs'],
} satisfies Meta<typeof ReviewPage>;

export default meta;
type Story = StoryObj<typeof meta>;

function seedStory(seed: SeedFixture): Pick<Story, 'args' | 'play'> {
  return {
    args: { article: seed.article, related: seed.related },
    play: async ({ canvasElement }) => {
      const { outline } = await expectOutlineOfPage(canvasElement);
      await expect(within(outline).getByText('Un seul h1, aucun niveau sauté.')).toBeVisible();
      await expect(outline.querySelector('li[data-level]')).toHaveAttribute('data-level', '1');
      await expectFindingsOf(canvasElement, seed.article);
      await expect(figure(canvasElement, 'words')).toContain(String(countWords(seed.article)));
      await expect(figure(canvasElement, 'reading-time')).toBe(`${readingTime(seed.article)} min`);
    },
  };
}

export const OtanKievConseil: Story = {
  name: 'L’OTAN réitère son soutien à Kiev',
  ...seedStory(otanKievConseil),
};
export const OtanAideMilitaire: Story = {
  name: 'Aide militaire supplémentaire à l’Ukraine',
  ...seedStory(otanAideMilitaire),
};
export const StoltenbergLongTerme: Story = {
  name: 'Stoltenberg et l’aide sur le long terme',
  ...seedStory(stoltenbergLongTerme),
};
export const OtanCoordinationAide: Story = {
  name: 'La coordination de l’aide',
  ...seedStory(otanCoordinationAide),
  play: async (context) => {
    await seedStory(otanCoordinationAide).play?.(context);
    // Its standfirst, longer than 160 characters, stands in for the description: the tag holds it cut.
    const standfirst = otanCoordinationAide.article.standfirst ?? '';
    await expect(standfirst.length).toBeGreaterThan(160);
    const value = context.canvasElement.querySelector('[data-figure="description"] [data-part="value"]');
    await expect(value).toHaveAttribute('data-status', 'check');
    await expect(value).toHaveTextContent(
      /^1[0-6]\d caractères \(tirée du chapô de \d+ caractères, coupé\) · À revoir$/,
    );
  },
};
export const OtanReunionBiden: Story = {
  name: 'Stoltenberg à la réunion de Joe Biden',
  ...seedStory(otanReunionBiden),
};

export const RevueComplete: Story = {
  name: 'Revue complète (page, contrôles, aperçus)',
  args: { previews: true },
  play: async ({ canvasElement }) => {
    await expectOutlineOfPage(canvasElement);
    // The previews show the reviewed article, not an empty frame.
    const headlineStart = /^L’OTAN réitère son soutien à Kiev/;
    await expect(
      canvasElement.querySelector('[data-preview="google"] [data-part="title"]'),
    ).toHaveTextContent(headlineStart);
    await expect(
      canvasElement.querySelector('[data-preview="social"] [data-part="title"]'),
    ).toHaveTextContent(headlineStart);
  },
};

const base = otanKievConseil.article;

// An article as it sometimes arrives from the newsroom: every kind of problem at once.
const toRework: Article = {
  ...base,
  headline:
    'L’OTAN réitère son soutien à Kiev lors de la réunion du Conseil OTAN-Ukraine à Bruxelles, où les ministres ont aussi préparé le sommet de Washington',
  authors: [],
  dateModified: '2024-04-02T10:00:00+02:00',
  image: base.image ? { ...base.image, alt: '', width: 800, height: 450, crops: [] } : undefined,
  body: [...base.body, { type: 'subheading', text: 'Les prochaines étapes' }],
};

export const ArticleAReprendre: Story = {
  name: 'Article à reprendre',
  args: { article: toRework, related: [] },
  play: async ({ canvasElement }) => {
    const panel = await expectFindingsOf(canvasElement, toRework);
    const codes = Array.from(panel.querySelectorAll('li[data-severity] code:last-of-type')).map(
      (code) => code.textContent,
    );
    for (const code of [
      'headline-too-long',
      'author-missing',
      'date-modified-before-published',
      'image-too-narrow',
    ])
      await expect(codes).toContain(code);
    await expect(panel.querySelector('[data-severity-group="error"]')).not.toBeNull();
    // The figures say the same thing with numbers.
    const headline = canvasElement.querySelector('[data-figure="headline"] [data-part="value"]');
    await expect(headline).toHaveAttribute('data-status', 'over');
    await expect(headline).toHaveTextContent(/^1[1-9]\d caractères · Hors limite$/);
    await expect(figure(canvasElement, 'image-size')).toBe('800 × 450 px · À revoir');
    await expect(figure(canvasElement, 'image-alt')).toBe('vide (image décorative) · Hors limite');
  },
};

export const NiveauSaute: Story = {
  name: 'Plan des titres : niveau sauté',
  args: {
    article: stoltenbergLongTerme.article,
    related: [],
    children: (
      <>
        <p>
          Les ministres de la Défense de l’Alliance se sont réunis à Bruxelles pour évoquer le soutien à Kyiv.
        </p>
        {/* A Section forced to level 4 under the h1: the h2 and h3 levels are skipped. */}
        <Section level={4}>
          <Subheading>Un soutien sur le long terme</Subheading>
          <p>Jens Stoltenberg veut que les alliés s’engagent à maintenir leur aide militaire.</p>
        </Section>
      </>
    ),
  },
  parameters: {
    // The story shows how the panel reports a skipped level, so the page has one on purpose.
    a11y: { config: { rules: [{ id: 'heading-order', enabled: false }] } },
  },
  play: async ({ canvasElement }) => {
    const { outline, items } = await expectOutlineOfPage(canvasElement);
    const skipped = items.filter((item) => item.hasAttribute('data-problem'));
    await expect(skipped).toHaveLength(1);
    await expect(skipped[0]).toHaveAttribute('data-level', '4');
    await expect(skipped[0]).toHaveTextContent('Niveau sauté : h1 puis h4 (h2 attendu).');
    await expect(within(outline).getByText('1 problème dans le plan')).toBeVisible();
  },
};
