import { styled } from 'styled-components';
import { vars } from '../../theme';
import { focusRing, printBase, readingColumn } from '../../theme/css';
import { RelatedArticles } from '../RelatedArticles';

export const Root = styled.article`
  box-sizing: border-box;
  width: 100%;
  max-width: ${vars.wide};
  margin-inline: auto;
  padding: ${vars.space.lg} ${vars.space.md};
  color: ${vars.color.text};
  background: ${vars.color.background};
  font-family: ${vars.font.serif};
  font-size: ${vars.fontSize.md};
  line-height: ${vars.lineHeight.body};
  /* A long URL or compound word must wrap rather than widen a 320 px screen. */
  overflow-wrap: break-word;
  text-size-adjust: 100%;

  @media (min-width: 40em) {
    padding-inline: ${vars.space.lg};
  }

  & *,
  & *::before,
  & *::after {
    box-sizing: border-box;
  }

  & a {
    color: ${vars.color.accent};
    text-decoration-line: underline;
    text-decoration-thickness: 0.06em;
    text-underline-offset: 0.15em;
  }
  & a:hover {
    text-decoration-thickness: 0.12em;
  }
  & a:focus-visible {
    ${focusRing}
  }

  & img {
    max-width: 100%;
    height: auto;
  }

  & p,
  & ul,
  & ol {
    margin-block: 0 1em;
  }

  ${printBase}
`;

export const Header = styled.header`
  ${readingColumn}
  margin-block-end: ${vars.space.lg};
`;

export const Kicker = styled.p`
  margin: 0 0 ${vars.space.sm};
  font-family: ${vars.font.sans};
  font-size: ${vars.fontSize.xs};
  font-weight: 700;
  letter-spacing: 0.06em;
  line-height: ${vars.lineHeight.heading};
  text-transform: uppercase;
  color: ${vars.color.accent};

  && a {
    color: inherit;
    text-decoration: none;
  }
  && a:hover {
    text-decoration: underline;
  }
`;

export const Headline = styled.h1`
  margin: 0 0 ${vars.space.md};
  font-family: ${vars.font.serif};
  font-size: ${vars.fontSize.display};
  font-weight: 700;
  line-height: ${vars.lineHeight.tight};
  letter-spacing: -0.01em;
  text-wrap: balance;
  color: ${vars.color.text};
`;

export const Standfirst = styled.p`
  && {
    margin: 0 0 ${vars.space.md};
  }
  font-size: ${vars.fontSize.lg};
  line-height: ${vars.lineHeight.heading};
  font-weight: 600;
  color: ${vars.color.text};
`;

export const BylineText = styled.p`
  && {
    margin: 0;
  }
  font-family: ${vars.font.sans};
  font-size: ${vars.fontSize.sm};
  line-height: ${vars.lineHeight.heading};
  color: ${vars.color.text};

  && a {
    color: ${vars.color.text};
    font-weight: 600;
  }
`;

export const JobTitle = styled.span`
  color: ${vars.color.textMuted};
`;

export const Dates = styled.p`
  && {
    margin: ${vars.space.xs} 0 0;
  }
  display: flex;
  flex-wrap: wrap;
  column-gap: ${vars.space.md};
  font-family: ${vars.font.sans};
  font-size: ${vars.fontSize.xs};
  line-height: ${vars.lineHeight.heading};
  color: ${vars.color.textMuted};
`;

export const Figure = styled.figure`
  margin: 0 auto ${vars.space.lg};
  max-width: ${vars.measure};

  &[data-lead] {
    max-width: 100%;
    width: fit-content;
  }

  & img {
    display: block;
    margin-inline: auto;
    background: ${vars.color.surface};
  }

  @media print {
    break-inside: avoid;
  }
`;

export const Caption = styled.figcaption`
  max-width: ${vars.measure};
  margin-block-start: ${vars.space.xs};
  font-family: ${vars.font.sans};
  font-size: ${vars.fontSize.xs};
  line-height: ${vars.lineHeight.heading};
  color: ${vars.color.textMuted};
`;

export const Credit = styled.small`
  font-size: inherit;
  white-space: nowrap;
`;

export const Body = styled.div`
  ${readingColumn}

  & ul,
  & ol {
    padding-inline-start: 1.5em;
  }
  & li + li {
    margin-block-start: ${vars.space.xs};
  }
`;

export const Footer = styled.footer`
  ${readingColumn}
  margin-block-start: ${vars.space.xl};
  padding-block-start: ${vars.space.md};
  border-block-start: 1px solid ${vars.color.border};
  font-family: ${vars.font.sans};
  font-size: ${vars.fontSize.sm};
  line-height: ${vars.lineHeight.heading};
`;

export const SourceLine = styled.p`
  && {
    margin: 0 0 ${vars.space.sm};
  }
  color: ${vars.color.textMuted};
`;

export const Tags = styled.ul`
  && {
    margin: 0;
    padding: 0;
  }
  display: flex;
  flex-wrap: wrap;
  gap: ${vars.space.sm};
  list-style: none;
`;

export const Tag = styled.li`
  padding: 0.125rem ${vars.space.sm};
  border: 1px solid ${vars.color.border};
  border-radius: ${vars.radius};
  font-size: ${vars.fontSize.xs};
  color: ${vars.color.textMuted};
`;

export const Related = styled(RelatedArticles)`
  margin-block-start: ${vars.space.xxl};

  @media print {
    display: none;
  }
`;
