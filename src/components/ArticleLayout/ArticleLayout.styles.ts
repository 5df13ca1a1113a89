import { styled } from 'styled-components';
import { vars } from '../../theme';
import { focusRing, printBase, readingColumn, uppercaseLabel } from '../../theme/css';

/**
 * The whole article is styled from its root. styled-components generates the
 * CSS of every styled component again for each server request, so one
 * component with nested rules costs far less than one per part.
 *
 * Styling contract (stable, also for a host's own CSS), all scoped to the
 * article's own structure so that a composed body is left alone:
 * - `> header` holds `[data-part="kicker"]`, `[data-part="headline"]` (with
 *   `data-level`), `[data-part="standfirst"]`, `[data-part="byline"]` (whose
 *   authors are `[data-author]`, with `[data-part="job-title"]`) and
 *   `[data-part="dates"]`;
 * - `[data-part="figure"]` is a figure of the article (`data-lead` on the lead
 *   one), with its `figcaption` and the credit in `small`;
 * - `[data-part="body"]` holds the body, `> footer` the source line
 *   `[data-part="source"]` and the tag list `[data-part="tags"]`;
 * - `[data-part="related"]` is the « À lire aussi » block.
 *
 * Inner selectors sit in `:where()`, so each weighs what a single class does
 * (two for the margins that must beat the paragraph rule below): the cascade
 * is the same as with one styled component per part.
 */
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

  /* Header: wider than the body's reading column (56ch, about 500 px), so that
     a long headline at display size takes three lines rather than five, while
     the chapô stays under 75 characters a line; never narrower than the body. */
  & > :where(header) {
    max-width: max(${vars.measure}, 44rem);
    margin-inline: auto;
    margin-block-end: ${vars.space.lg};
  }

  & > :where(header) > :where([data-part='kicker']) {
    ${uppercaseLabel}
    margin: 0 0 ${vars.space.sm};
    font-size: ${vars.fontSize.xs};
    color: ${vars.color.accent};
  }
  & > :where(header) > [data-part='kicker'] a {
    color: inherit;
    text-decoration: none;
  }
  & > :where(header) > [data-part='kicker'] a:hover {
    text-decoration: underline;
  }

  & > :where(header) > :where([data-part='headline']) {
    margin: 0 0 ${vars.space.md};
    font-family: ${vars.font.serif};
    font-size: ${vars.fontSize.display};
    font-weight: 700;
    line-height: ${vars.lineHeight.tight};
    letter-spacing: -0.01em;
    text-wrap: balance;
    color: ${vars.color.text};
  }

  & > :where(header) > [data-part='standfirst'] {
    margin: 0 0 ${vars.space.md};
  }
  & > :where(header) > :where([data-part='standfirst']) {
    font-size: ${vars.fontSize.lg};
    line-height: ${vars.lineHeight.heading};
    font-weight: 600;
    color: ${vars.color.text};
  }

  & > :where(header) > [data-part='byline'] {
    margin: 0;
  }
  & > :where(header) > :where([data-part='byline']) {
    font-family: ${vars.font.sans};
    font-size: ${vars.fontSize.sm};
    line-height: ${vars.lineHeight.heading};
    color: ${vars.color.text};
  }
  & > :where(header) > [data-part='byline'] a {
    color: ${vars.color.text};
    font-weight: 600;
  }
  & > :where(header) > :where([data-part='byline']) :where([data-part='job-title']) {
    color: ${vars.color.textMuted};
  }

  & > :where(header) > [data-part='dates'] {
    margin: ${vars.space.xs} 0 0;
  }
  & > :where(header) > :where([data-part='dates']) {
    display: flex;
    flex-wrap: wrap;
    column-gap: ${vars.space.md};
    font-family: ${vars.font.sans};
    font-size: ${vars.fontSize.xs};
    line-height: ${vars.lineHeight.heading};
    color: ${vars.color.textMuted};
  }

  /* Figures: the lead image and the image blocks of the body */

  & :where([data-part='figure']) {
    margin: 0 auto ${vars.space.lg};
    max-width: ${vars.measure};
  }
  & :where([data-part='figure'])[data-lead] {
    max-width: 100%;
    width: fit-content;
  }
  & :where([data-part='figure']) img {
    display: block;
    margin-inline: auto;
    background: ${vars.color.surface};
  }
  & :where([data-part='figure'] > figcaption) {
    max-width: ${vars.measure};
    margin-block-start: ${vars.space.xs};
    font-family: ${vars.font.sans};
    font-size: ${vars.fontSize.xs};
    line-height: ${vars.lineHeight.heading};
    color: ${vars.color.textMuted};
  }
  & :where([data-part='figure'] > figcaption > small) {
    font-size: inherit;
    white-space: nowrap;
  }

  /* Body */

  & > :where([data-part='body']) {
    ${readingColumn}
  }
  & > :where([data-part='body']) ul,
  & > :where([data-part='body']) ol {
    padding-inline-start: 1.5em;
  }
  & > :where([data-part='body']) li + li {
    margin-block-start: ${vars.space.xs};
  }

  /* Footer */

  & > :where(footer) {
    ${readingColumn}
    margin-block-start: ${vars.space.xl};
    padding-block-start: ${vars.space.md};
    border-block-start: 1px solid ${vars.color.border};
    font-family: ${vars.font.sans};
    font-size: ${vars.fontSize.sm};
    line-height: ${vars.lineHeight.heading};
  }

  & > :where(footer) > [data-part='source'] {
    margin: 0 0 ${vars.space.sm};
  }
  & > :where(footer) > :where([data-part='source']) {
    color: ${vars.color.textMuted};
  }

  & > :where(footer) > [data-part='tags'] {
    margin: 0;
    padding: 0;
  }
  & > :where(footer) > :where([data-part='tags']) {
    display: flex;
    flex-wrap: wrap;
    gap: ${vars.space.sm};
    list-style: none;
  }
  & > :where(footer) > :where([data-part='tags']) > :where(li) {
    padding: 0.125rem ${vars.space.sm};
    border: 1px solid ${vars.color.border};
    border-radius: ${vars.radius};
    font-size: ${vars.fontSize.xs};
    color: ${vars.color.textMuted};
  }

  /* « À lire aussi »: two classes' weight, to win over the block's own margins. */

  & > [data-part='related'] {
    margin-block-start: ${vars.space.xxl};
  }

  @media print {
    & :where([data-part='figure']) {
      break-inside: avoid;
    }

    & > [data-part='related'] {
      display: none;
    }
  }

  ${printBase}
`;
