import type * as React from 'react';
import styled from 'styled-components';
import type { SeedFixture } from '../../fixtures';
import { exampleSite } from '../../fixtures';
import { ArticleLayout, type ArticleLayoutProps } from '../../src/components/ArticleLayout';
import { vars } from '../../src/theme';

// A plain host page around the article, as a news site would have one: skip
// link, banner with the logo and the sections, the article in <main>, a footer.

const Page = styled.div`
  min-height: 100vh;
  background: ${vars.color.background};
  color: ${vars.color.text};
  font-family: ${vars.font.sans};
`;

const SkipLink = styled.a`
  position: absolute;
  left: ${vars.space.sm};
  top: -100px;
  padding: ${vars.space.sm} ${vars.space.md};
  background: ${vars.color.background};
  color: ${vars.color.accent};

  &:focus {
    top: ${vars.space.sm};
    outline: 3px solid ${vars.color.focus};
    outline-offset: 2px;
  }
`;

const Banner = styled.header`
  border-block-end: 1px solid ${vars.color.border};
  padding: ${vars.space.md};

  @media print {
    border: none;
    padding: 0;
  }
`;

const BannerInner = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${vars.space.md};
  max-width: ${vars.wide};
  margin-inline: auto;

  & a:focus-visible {
    outline: 3px solid ${vars.color.focus};
    outline-offset: 2px;
  }
`;

const Logo = styled.img`
  display: block;
  width: 240px;
  max-width: 100%;
  height: auto;
`;

const Sections = styled.nav`
  & ul {
    display: flex;
    flex-wrap: wrap;
    gap: ${vars.space.xs} ${vars.space.md};
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: ${vars.fontSize.sm};
  }
  & a {
    color: ${vars.color.text};
  }

  @media print {
    display: none;
  }
`;

const SiteFooter = styled.footer`
  margin-block-start: ${vars.space.xxl};
  padding: ${vars.space.lg} ${vars.space.md};
  border-block-start: 1px solid ${vars.color.border};
  font-size: ${vars.fontSize.xs};
  color: ${vars.color.textMuted};
  text-align: center;

  @media print {
    display: none;
  }
`;

const SECTIONS = [
  { name: 'International', url: '/international' },
  { name: 'Europe', url: '/europe' },
  { name: 'Politique', url: '/politique' },
  { name: 'Économie', url: '/economie' },
];

export interface SeedPageProps {
  /** The seed article and its related teasers. */
  fixture: SeedFixture;
  /** Level of the headline: 1 on a page of its own. */
  headingLevel?: number;
  /** More props for the article (a paywall prompt, an image loader…). */
  articleProps?: Omit<Partial<ArticleLayoutProps>, 'article' | 'related' | 'site' | 'headingLevel'>;
  children?: React.ReactNode;
}

/** A whole article page of the fictitious site, for a seed article. */
export function SeedPage({ fixture, headingLevel = 1, articleProps }: SeedPageProps) {
  return (
    <Page lang="fr">
      <SkipLink href="#contenu">Aller au contenu</SkipLink>
      <Banner>
        <BannerInner>
          <a href="/">
            <Logo
              src={exampleSite.logo.src}
              width={exampleSite.logo.width}
              height={exampleSite.logo.height}
              alt={`${exampleSite.name}, accueil`}
            />
          </a>
          <Sections aria-label="Rubriques">
            <ul>
              {SECTIONS.map((section) => (
                <li key={section.url}>
                  <a href={section.url}>{section.name}</a>
                </li>
              ))}
            </ul>
          </Sections>
        </BannerInner>
      </Banner>
      <main id="contenu">
        <ArticleLayout
          article={fixture.article}
          related={fixture.related}
          site={exampleSite}
          headingLevel={headingLevel}
          {...articleProps}
        />
      </main>
      <SiteFooter>
        <p>{exampleSite.name} est un site fictif : ses articles reprennent des textes d’actualité réels.</p>
      </SiteFooter>
    </Page>
  );
}
