import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import {
  exampleSite,
  otanAideMilitaire,
  otanCoordinationAide,
  otanKievConseil,
  otanReunionBiden,
  type SeedFixture,
  stoltenbergLongTerme,
} from '../fixtures';
import { SeoHead, type SeoHeadProps } from '../src/components/SeoHead';
import { buildArticleMeta, buildNewsArticleJsonLd } from '../src/seo';
import { readHeadTags } from '../support/readHeadTags';
import { expectPreviewToMatchDocument } from './support/checks';
import { SearchAndSocialPreview } from './support/SeoPreview';

const meta = {
  title: 'Composants/SeoHead',
  component: SeoHead,
  args: { article: otanKievConseil.article, site: exampleSite, noindex: false },
  argTypes: {
    article: { control: 'object', description: 'L’article de la page' },
    site: { control: 'object', description: 'Le site : nom, URL, logo, modèle de titre, compte X' },
    noindex: { control: 'boolean', description: 'Demander aux moteurs de ne pas indexer la page' },
    alternates: { control: 'object', description: 'Versions de la page dans d’autres langues' },
  },
  parameters: {
    docs: {
      description: {
        component: [
          '`SeoHead` écrit dans le `<head>` du document toutes les balises d’une page d’article : le titre (modèle du site appliqué une fois), la description, l’URL canonique, les directives `robots`, Open Graph et `article:*`, la carte X (Twitter), les versions en d’autres langues, `<html lang>` et un seul graphe JSON-LD (`NewsArticle`, éditeur, fil d’Ariane).',
          '',
          'Il ne rend rien de visible : chaque histoire montre sous lui, sans outils de développement, le résultat Google, les cartes de partage, le tableau des balises écrites et le graphe JSON-LD (voir aussi « Aperçus / Recherche et réseaux sociaux »). Placez-le sous un `HelmetProvider`. Les mêmes données sont disponibles sans React avec `buildArticleMeta` et `buildNewsArticleJsonLd`.',
        ].join('\n'),
      },
    },
  },
  render: (args) => (
    <>
      <SeoHead {...args} />
      <SearchAndSocialPreview
        article={args.article}
        site={args.site}
        noindex={args.noindex}
        alternates={args.alternates}
        title="Ce que SeoHead écrit dans le <head>, et ce qu’en font Google et les réseaux sociaux"
      />
    </>
  ),
  tags: ['autodocs'],
} satisfies Meta<typeof SeoHead>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every tag SeoHead promises is in the document, once; the JSON-LD parses back to the graph. */
async function expectHeadOf({ article, site, noindex, alternates }: SeoHeadProps) {
  const expected = buildArticleMeta(article, site, { noindex, alternates });
  await waitFor(() => expect(document.title).toBe(expected.title));
  const head = readHeadTags(document);
  // Storybook's iframe has a <title> of its own after the article's: the article's comes first.
  await expect(head.titles[0]).toBe(expected.title);
  await expect(head.titles.filter((title) => title === expected.title)).toHaveLength(1);
  await expect(document.documentElement).toHaveAttribute('lang', expected.htmlAttributes.lang);
  const inHead = readHeadTags(document.head);
  for (const tag of expected.meta) {
    await expect(inHead.meta).toContainEqual({ key: tag.property ?? tag.name, content: tag.content });
  }
  await expect(inHead.links.filter((link) => link.rel === 'canonical')).toEqual([
    { rel: 'canonical', href: article.url },
  ]);
  await expect(inHead.meta).toContainEqual({ key: 'og:type', content: 'article' });
  await expect(head.jsonLd).toHaveLength(1);
  await expect(head.jsonLd[0]).toEqual(buildNewsArticleJsonLd(article, site));
}

function seedStory(seed: SeedFixture): Pick<Story, 'args' | 'play'> {
  return {
    args: { article: seed.article },
    play: async ({ args, canvasElement }) => {
      await expectHeadOf(args);
      // The preview shown under the story says exactly what the head holds.
      await expectPreviewToMatchDocument(canvasElement);
      const head = readHeadTags(document.head);
      await expect(head.meta).toContainEqual({
        key: 'robots',
        content: 'index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1',
      });
      await expect(head.meta).toContainEqual({ key: 'twitter:card', content: 'summary_large_image' });
      await expect(head.meta).toContainEqual({
        key: 'og:image',
        content: new URL(seed.article.image?.src ?? '', exampleSite.url).href,
      });
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
};

export const OtanReunionBiden: Story = {
  name: 'Stoltenberg à la réunion de Joe Biden',
  ...seedStory(otanReunionBiden),
};

export const NonIndexee: Story = {
  name: 'Page non indexée, avec sa version anglaise',
  args: {
    noindex: true,
    alternates: [{ hrefLang: 'en', href: '/en/2024/04/03/nato-reiterates-support-for-kyiv' }],
  },
  play: async ({ args }) => {
    await expectHeadOf(args);
    const head = readHeadTags(document.head);
    await expect(head.meta).toContainEqual({ key: 'robots', content: 'noindex, nofollow' });
    await expect(head.links).toContainEqual({
      rel: 'alternate',
      href: 'https://www.example.fr/en/2024/04/03/nato-reiterates-support-for-kyiv',
      hrefLang: 'en',
    });
  },
};
