import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { exampleSite, otanAideMilitaire, otanKievConseil, stoltenbergLongTerme } from '../fixtures';
import { ArticleLayout, type ArticleLayoutProps } from '../src/components/ArticleLayout';
import { QuoteBlock } from '../src/components/QuoteBlock';
import { Section } from '../src/components/Section';
import { Subheading } from '../src/components/Subheading';
import type { Article } from '../src/model';
import { outlineFromElement, outlineProblems } from '../support/outline';
import { DOCS_FRAME, DOCS_FRAME_PRIMARY, framedInDocs } from './support/docsFrames';

type Args = ArticleLayoutProps & {
  /** Replaces the headline, to try a title in place. */
  titre?: string;
  /** Replaces the standfirst (chapô). */
  chapo?: string;
};

const levelOf = (element: HTMLElement) => Number(element.tagName.slice(1));

/** One top heading at `level`, and no level skipped anywhere in the canvas. */
async function expectOutline(canvasElement: HTMLElement, level: number) {
  const article = canvasElement.querySelector('article') as HTMLElement;
  await expect(outlineProblems(outlineFromElement(article), { topLevel: level })).toEqual([]);
  await expect(article.querySelectorAll(`h${level}`)).toHaveLength(1);
}

const meta = {
  title: 'Composants/ArticleLayout',
  component: ArticleLayout,
  args: {
    article: otanAideMilitaire.article,
    related: otanAideMilitaire.related,
    site: exampleSite,
    headingLevel: 1,
    permalinks: true,
  },
  argTypes: {
    titre: { control: 'text', description: 'Titre de l’article (remplace celui des données)' },
    chapo: { control: 'text', description: 'Chapô (remplace celui des données)' },
    headingLevel: {
      control: { type: 'select' },
      options: [1, 2, 3, 4],
      description: 'Niveau du titre : 1 sur une page d’article, 2 si la page a déjà son h1',
    },
    relatedTitle: { control: 'text', description: 'Titre du bloc « À lire aussi »' },
    timeZone: {
      control: 'select',
      options: ['Europe/Paris', 'America/Montreal', 'Indian/Reunion', 'Pacific/Noumea'],
      description: 'Fuseau dans lequel les dates sont écrites',
    },
    permalinks: { control: 'boolean', description: 'Ancres « # » sur les intertitres' },
    labels: { control: 'object', description: 'Mots affichés (« Publié le », « Par », « Source : »…)' },
    article: { control: 'object' },
    related: { control: 'object' },
    site: { control: 'object' },
  },
  parameters: {
    docs: {
      ...framedInDocs(DOCS_FRAME),
      description: {
        component: [
          'Un article entier : rubrique, titre (le seul titre de premier niveau), chapô, signature, dates, photo principale avec légende et crédit, corps, ligne de source, mots-clés, puis « À lire aussi ».',
          '',
          'Les dates sont écrites en français dans le fuseau du site (« Publié le 28 août 2024 à 18 h 30 »), dans des `<time datetime>` ; « Mis à jour le … » n’apparaît que si l’article a changé après sa publication. Tout le texte passe par la typographie française (espaces insécables, guillemets, apostrophes).',
          '',
          'Sur une page qui a déjà son `h1`, passez `headingLevel={2}` : le titre devient `h2`, les intertitres `h3`, « À lire aussi » `h3` et ses articles `h4`. Pour un corps composé à la main, passez des enfants (`Subheading`, `QuoteBlock`, `Section`, paragraphes) : ils remplacent `article.body`.',
          '',
          'Une donnée invalide (date illisible, image sans dimensions, URL `javascript:`) ne casse jamais la page : la partie concernée est omise et un avertissement s’affiche une fois en développement.',
          '',
          'Sur cette page, chaque exemple s’affiche dans un cadre de hauteur fixe qui défile : ouvrez l’histoire dans la barre latérale pour la voir en entier et modifier ses contrôles. Trois variantes de détail (sans auteur, sans ancres, thème sépia) ne sont que dans la barre latérale.',
        ].join('\n'),
      },
    },
  },
  render: ({ titre, chapo, article, ...args }) => {
    const shown: Article = {
      ...article,
      ...(titre === undefined ? {} : { headline: titre }),
      ...(chapo === undefined ? {} : { standfirst: chapo }),
    };
    return <ArticleLayout {...args} article={shown} />;
  },
  tags: ['autodocs'],
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Complet: Story = {
  name: 'Article complet',
  parameters: { docs: framedInDocs(DOCS_FRAME_PRIMARY) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const headline = canvas.getByRole('heading', { level: 1 });
    await expect(headline).toHaveTextContent(/^Engagement des alliés de l’OTAN/);
    await expect(canvas.getByRole('article')).toHaveAttribute('lang', 'fr');
    const subheading = canvas.getByRole('heading', { level: 2, name: 'Umerov remercie les alliés' });
    await expect(subheading).toHaveAttribute('id', 'umerov-remercie-les-allies');
    const permalink = canvas.getByRole('link', { name: /^Lien permanent vers la section/ });
    await expect(permalink).toHaveAttribute('href', '#umerov-remercie-les-allies');
    const related = canvas.getByRole('complementary', { name: 'À lire aussi' });
    await expect(levelOf(within(related).getByRole('heading', { name: 'À lire aussi' }))).toBe(2);
    for (const teaser of within(related).getAllByRole('heading', { level: 3 })) {
      await expect(teaser.closest('aside')).toBe(related);
    }
    await expect(canvas.getByText(/^Publié le/)).toHaveTextContent('Publié le 28 août 2024 à 18 h 30');
    await expect(canvas.getByRole('link', { name: 'Camille Roussel' })).toHaveAttribute('rel', 'author');
    await expectOutline(canvasElement, 1);
  },
};

export const DateDeMiseAJour: Story = {
  name: 'Avec une mise à jour',
  args: { article: otanKievConseil.article, related: [] },
  play: async ({ canvasElement }) => {
    const times = Array.from(canvasElement.querySelectorAll('header time'));
    await expect(times.map((time) => time.getAttribute('datetime'))).toEqual([
      '2024-04-03T19:40:00+02:00',
      '2024-04-04T08:15:00+02:00',
    ]);
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^Publié le/)).toHaveTextContent('Publié le 3 avril 2024 à 19 h 40');
    await expect(canvas.getByText(/^Mis à jour le/)).toHaveTextContent('Mis à jour le 4 avril 2024 à 8 h 15');
    await expectOutline(canvasElement, 1);
  },
};

export const PlusieursAuteurs: Story = {
  name: 'Plusieurs auteurs',
  args: { article: stoltenbergLongTerme.article, related: stoltenbergLongTerme.related },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^Par/)).toHaveTextContent('Par Euronews et Shona Murray');
    for (const name of ['Euronews', 'Shona Murray']) {
      await expect(canvas.getByRole('link', { name })).toHaveAttribute('rel', 'author');
    }
    await expect(canvasElement.querySelector('figcaption small')).toHaveTextContent(
      'Tous droits réservés EBU',
    );
  },
};

export const SansAuteur: Story = {
  name: 'Sans auteur',
  // Shown in the sidebar only: the docs page keeps the examples that differ at first sight.
  tags: ['!autodocs'],
  args: { article: { ...otanAideMilitaire.article, authors: [] } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByText(/^Par /)).toBeNull();
    await expectOutline(canvasElement, 1);
  },
};

export const SansImage: Story = {
  name: 'Sans image',
  args: { article: { ...otanAideMilitaire.article, image: undefined } },
  play: async ({ canvasElement }) => {
    const article = canvasElement.querySelector('article') as HTMLElement;
    await expect(article.querySelector(':scope > figure')).toBeNull();
    await expect(within(article).getByRole('heading', { level: 1 })).toBeVisible();
  },
};

export const TitreTresLong: Story = {
  name: 'Titre très long',
  args: {
    titre:
      'Telegram sert de plateforme pour les opérations commerciales clandestines des syndicats criminels à travers l’Asie du Sud-Est, selon l’affirmation de l’ONU, qui appelle les États membres de l’Association des nations de l’Asie du Sud-Est à renforcer leur coopération',
  },
  play: async ({ canvasElement }) => {
    const headline = within(canvasElement).getByRole('heading', { level: 1 });
    await expect(headline).toHaveTextContent(/^Telegram sert de plateforme/);
    // The headline wraps inside the column: nothing spills sideways.
    const article = canvasElement.querySelector('article') as HTMLElement;
    await expect(headline.scrollWidth).toBeLessThanOrEqual(headline.clientWidth);
    await expect(article.scrollWidth).toBeLessThanOrEqual(article.clientWidth);
  },
};

export const IntegreNiveauDeux: Story = {
  name: 'Intégré au niveau 2',
  args: { headingLevel: 2 },
  render: ({ titre, chapo, article, ...args }) => (
    <>
      <h1>Dossier : l’OTAN et l’Ukraine</h1>
      <ArticleLayout
        {...args}
        article={{
          ...article,
          ...(titre === undefined ? {} : { headline: titre }),
          ...(chapo === undefined ? {} : { standfirst: chapo }),
        }}
      />
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent(/^Engagement des alliés/);
    await expect(canvas.getByRole('heading', { name: 'Umerov remercie les alliés' }).tagName).toBe('H3');
    await expect(canvas.getByRole('heading', { name: 'À lire aussi' }).tagName).toBe('H3');
    const teasers = within(canvas.getByRole('complementary')).getAllByRole('heading', { level: 4 });
    await expect(teasers).toHaveLength(2);
    const page = outlineFromElement(canvasElement);
    await expect(outlineProblems(page, { topLevel: 1 })).toEqual([]);
  },
};

export const CorpsCompose: Story = {
  name: 'Corps composé',
  args: { article: otanKievConseil.article, related: otanAideMilitaire.related },
  render: ({ titre, chapo, article, ...args }) => (
    <ArticleLayout
      {...args}
      article={{
        ...article,
        ...(titre === undefined ? {} : { headline: titre }),
        ...(chapo === undefined ? {} : { standfirst: chapo }),
      }}
    >
      <p>
        Les ministres des Affaires étrangères des pays de l’OTAN ont conclu mercredi deux jours de réunions à
        Bruxelles, abordant le soutien à l’Ukraine et les préparatifs du sommet de Washington.
      </p>
      <Subheading permalink>Kuleba plaide pour la production d’armes</Subheading>
      <QuoteBlock
        text="Il ne serait pas exagéré de dire que défendre l’Europe sans l’Ukraine est une tâche futile."
        attribution={{ name: 'Dmytro Kuleba', role: 'ministre ukrainien des Affaires étrangères' }}
      />
      <Section>
        <Subheading permalink>Les chiffres de l’OTAN</Subheading>
        <p>
          Le secrétaire général a déclaré que la Russie avait perdu plus de 300 000 hommes, des centaines
          d’avions et des milliers de chars.
        </p>
      </Section>
      <Subheading permalink>Vers le sommet de Washington</Subheading>
      <QuoteBlock
        variant="pull"
        text="Nous restons inébranlables dans notre engagement envers l’Ukraine."
        attribution={{ name: 'Jens Stoltenberg', role: 'secrétaire général de l’OTAN' }}
      />
    </ArticleLayout>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { name: 'Kuleba plaide pour la production d’armes' }).tagName,
    ).toBe('H2');
    await expect(canvas.getByRole('heading', { name: 'Les chiffres de l’OTAN' }).tagName).toBe('H3');
    await expect(canvas.getByRole('heading', { name: 'Vers le sommet de Washington' }).tagName).toBe('H2');
    await expect(canvasElement.querySelectorAll('blockquote')).toHaveLength(2);
    // The data body is replaced, not added to.
    await expect(canvas.queryByText(/^Le deuxième jour du rassemblement/)).toBeNull();
    const permalink = canvas.getByRole('link', { name: /section «\s*Les chiffres de l’OTAN\s*»/ });
    await expect(permalink).toHaveAttribute('href', '#les-chiffres-de-l-otan');
    // The anchor leads to the heading itself (following it here would navigate the test frame away).
    await expect(canvasElement.ownerDocument.getElementById('les-chiffres-de-l-otan')).toHaveTextContent(
      'Les chiffres de l’OTAN',
    );
    permalink.focus();
    await expect(permalink).toHaveFocus();
    await expectOutline(canvasElement, 1);
  },
};

export const DonneesIncompletes: Story = {
  name: 'Données invalides',
  args: {
    related: [],
    article: {
      ...otanKievConseil.article,
      datePublished: 'mercredi soir',
      dateModified: undefined,
      section: { name: 'International', url: 'javascript:alert(1)' },
      image: { ...(otanKievConseil.article.image as NonNullable<Article['image']>), width: 0 },
      body: [
        {
          type: 'paragraph',
          text: [
            'Un lien piégé reste du texte : ',
            { type: 'link', href: 'javascript:alert(1)', children: ['ici'] },
            '.',
          ],
        },
        { type: 'image', image: { src: 'data:image/png;base64,AAAA', width: 10, height: 10, alt: 'piège' } },
        { type: 'subheading', text: 'La suite' },
        { type: 'paragraph', text: 'Le reste de l’article s’affiche normalement.' },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('time')).toBeNull();
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvas.getByText('International').closest('a')).toBeNull();
    await expect(canvas.getByText(/^Un lien piégé/).querySelector('a')).toBeNull();
    await expect(canvas.getByRole('heading', { level: 2, name: 'La suite' })).toBeVisible();
    await expectOutline(canvasElement, 1);
  },
};

export const Rectificatifs: Story = {
  name: 'Avec des rectificatifs',
  args: {
    article: {
      ...otanKievConseil.article,
      corrections: [
        {
          date: '2024-04-04T08:15:00+02:00',
          text: 'Une version précédente de cet article situait la réunion du Conseil OTAN-Ukraine à Kiev ; elle s’est tenue au siège de l’OTAN, à Bruxelles.',
        },
        { date: '2024-04-05', text: 'Le titre de Dmytro Kuleba a été corrigé.' },
      ],
    },
    related: otanKievConseil.related,
  },
  parameters: {
    docs: {
      description: {
        story:
          'Chaque rectificatif de `article.corrections` s’affiche sous le corps, daté dans le fuseau du site (« Rectificatif du 4 avril 2024 : … »), dans une région nommée « Rectificatifs ». Les données structurées le reprennent en `correction` (`CorrectionComment`).',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const region = canvas.getByRole('region', { name: 'Rectificatifs' });
    const notices = within(region).getAllByRole('paragraph');
    await expect(notices).toHaveLength(2);
    await expect(notices[0]).toHaveTextContent(/^Rectificatif du 4 avril 2024 : Une version précédente/);
    await expect(region.querySelector('time')).toHaveAttribute('datetime', '2024-04-04T08:15:00+02:00');
    await expectOutline(canvasElement, 1);
  },
};

/** A resizing service's loader: the width in the query string, which Storybook's static server ignores. */
const chargeurParLargeur = (src: string, width: number) => `${src}?w=${width}&fm=webp`;

export const ImagesAdaptatives: Story = {
  name: 'Images adaptatives (imageLoader)',
  args: {
    imageLoader: chargeurParLargeur,
    article: {
      ...otanAideMilitaire.article,
      body: [
        ...otanAideMilitaire.article.body.slice(0, 2),
        {
          type: 'image',
          image: {
            src: '/images/otan-kiev-conseil-4x3.jpg',
            width: 1200,
            height: 900,
            alt: 'Visuel du Conseil OTAN-Ukraine',
            caption: 'Une image du corps, dans la colonne de texte.',
          },
        },
        ...otanAideMilitaire.article.body.slice(2),
      ],
    },
  },
  argTypes: { imageLoader: { control: false } },
  parameters: {
    docs: {
      description: {
        story:
          'Avec `imageLoader(src, largeur)`, chaque image reçoit un `srcset` de plusieurs largeurs jusqu’à sa largeur propre et un `sizes` qui suit la mise en page : la photo principale occupe la colonne de l’article (44rem), une image du corps la colonne de texte, les vignettes de « À lire aussi » 10rem à gauche de leur texte. La photo principale reste prioritaire (`fetchpriority="high"`), les autres sont chargées à la demande. Ici le chargeur ajoute la largeur en paramètre, comme imgix ou Cloudinary.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const images = Array.from(canvasElement.querySelectorAll('img'));
    await expect(images.length).toBeGreaterThan(2);
    for (const image of images) {
      await expect(image.getAttribute('srcset')).toMatch(/\?w=\d+&fm=webp \d+w, /);
      await expect(image.getAttribute('sizes')).not.toBeNull();
    }
    const lead = canvasElement.querySelector('article > figure img') as HTMLImageElement;
    await expect(lead).toHaveAttribute('fetchpriority', 'high');
    await expect(lead.hasAttribute('loading')).toBe(false);
    await expectOutline(canvasElement, 1);
  },
};

export const SansAncres: Story = {
  name: 'Sans ancres sur les intertitres',
  // Shown in the sidebar only: the docs page keeps the examples that differ at first sight.
  tags: ['!autodocs'],
  args: { permalinks: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The subheading keeps its id, so links from elsewhere still reach it; only the « # » goes.
    const subheading = canvas.getByRole('heading', { level: 2, name: 'Umerov remercie les alliés' });
    await expect(subheading).toHaveAttribute('id', 'umerov-remercie-les-allies');
    await expect(canvas.queryByRole('link', { name: /^Lien permanent vers la section/ })).toBeNull();
    await expectOutline(canvasElement, 1);
  },
};

export const ThemeSepia: Story = {
  name: 'Thème sépia (barre d’outils)',
  // Shown in the sidebar only: the docs page keeps the examples that differ at first sight.
  tags: ['!autodocs'],
  globals: { theme: 'sepia' },
  play: async ({ canvasElement }) => {
    const article = within(canvasElement).getByRole('article');
    // The toolbar theme reaches the article through its custom properties.
    await expect(getComputedStyle(article).backgroundColor).toBe('rgb(251, 246, 236)');
    await expect(getComputedStyle(article).color).toBe('rgb(43, 33, 24)');
  },
};
