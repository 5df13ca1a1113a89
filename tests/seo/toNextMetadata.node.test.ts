import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../src/dev';
import { buildArticleMeta, toNextMetadata } from '../../src/seo';
import { sampleArticle, site } from './sample';

beforeEach(() => {
  resetWarnings();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const CANONICAL = 'https://www.lequotidien.example/international/2024/04/04/otan-ukraine';
const HEADLINE = 'L’OTAN réitère son soutien à\u00A0Kiev lors de la réunion du Conseil OTAN-Ukraine';
const IMAGE = 'https://www.lequotidien.example/images/otan-bruxelles-16x9.jpg?w=1200&h=675';

describe('toNextMetadata', () => {
  it('maps the article meta onto the shape of Next.js Metadata', () => {
    const meta = buildArticleMeta(sampleArticle(), site, {
      alternates: [{ hrefLang: 'en', href: '/en/nato-ukraine' }],
    });
    expect(toNextMetadata(meta)).toEqual({
      title: { absolute: `${HEADLINE} | Le Quotidien` },
      description: meta.description,
      robots: 'index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1',
      alternates: {
        canonical: CANONICAL,
        languages: { en: 'https://www.lequotidien.example/en/nato-ukraine' },
      },
      openGraph: {
        type: 'article',
        locale: 'fr_FR',
        siteName: 'Le Quotidien',
        title: HEADLINE,
        description: meta.description,
        url: CANONICAL,
        images: [
          {
            url: IMAGE,
            secureUrl: IMAGE,
            width: 1200,
            height: 675,
            alt: 'Jens Stoltenberg au siège de l’OTAN à Bruxelles',
          },
        ],
        publishedTime: '2024-04-04T18:30:00+02:00',
        modifiedTime: '2024-04-05T09:15:00+02:00',
        section: 'International',
        tags: ['OTAN', 'Ukraine', 'Diplomatie'],
        authors: [
          'https://www.lequotidien.example/auteurs/shona-murray',
          'https://www.lequotidien.example/auteurs/jean-dupont',
        ],
      },
      twitter: {
        card: 'summary_large_image',
        site: '@lequotidien',
        title: HEADLINE,
        description: meta.description,
        images: [{ url: IMAGE, alt: 'Jens Stoltenberg au siège de l’OTAN à Bruxelles' }],
      },
    });
  });

  it('leaves out what the meta leaves out, with no undefined value', () => {
    const meta = buildArticleMeta(
      sampleArticle({ image: undefined, tags: [], authors: [], dateModified: undefined }),
      { ...site, twitter: undefined },
      { noindex: true },
    );
    const next = toNextMetadata(meta);
    expect(next.robots).toBe('noindex, nofollow');
    expect(next.alternates).toEqual({ canonical: CANONICAL });
    expect(next.twitter).toEqual({ card: 'summary', title: HEADLINE, description: meta.description });
    expect(next.openGraph).not.toHaveProperty('images');
    expect(next.openGraph).not.toHaveProperty('tags');
    expect(next.openGraph).not.toHaveProperty('authors');
    expect(next.openGraph).not.toHaveProperty('modifiedTime');
    expect(JSON.stringify(next)).toBe(JSON.stringify(JSON.parse(JSON.stringify(next))));
    expect(Object.values(next.openGraph)).not.toContain(undefined);
  });
});
