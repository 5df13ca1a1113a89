import { styled } from 'styled-components';
import { focusRing, printBase, readingColumn, uppercaseLabel } from '../../theme/css';
import { TokenScope } from '../../theme/TokenScope';
import { tokens } from '../../theme/tokens';

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
export const Root = styled(TokenScope).attrs({ as: 'article' })`
  box-sizing: border-box;
  width: 100%;
  max-width: ${tokens.wide};
  margin-inline: auto;
  padding: ${tokens.space.lg} ${tokens.space.md};
  color: ${tokens.color.text};
  background: ${tokens.color.background};
  font-family: ${tokens.font.serif};
  font-size: ${tokens.fontSize.md};
  line-height: ${tokens.lineHeight.body};
  /* A long URL or compound word must wrap rather than widen a 320 px screen. */
  overflow-wrap: break-word;
  text-size-adjust: 100%;

  @media (min-width: 40em) {
    padding-inline: ${tokens.space.lg};
  }

  & *,
  & *::before,
  & *::after {
    box-sizing: border-box;
  }

  & a {
    color: ${tokens.color.accent};
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
    max-width: max(${tokens.measure}, 44rem);
    margin-inline: auto;
    margin-block-end: ${tokens.space.lg};
  }

  & > :where(header) > :where([data-part='kicker']) {
    ${uppercaseLabel}
    margin: 0 0 ${tokens.space.sm};
    font-size: ${tokens.fontSize.xs};
    color: ${tokens.color.accent};
  }
  & > :where(header) > [data-part='kicker'] a {
    color: inherit;
    text-decoration: none;
  }
  & > :where(header) > [data-part='kicker'] a:hover {
    text-decoration: underline;
  }

  & > :where(header) > :where([data-part='headline']) {
    margin: 0 0 ${tokens.space.md};
    font-family: ${tokens.font.serif};
    font-size: ${tokens.fontSize.display};
    font-weight: 700;
    line-height: ${tokens.lineHeight.tight};
    letter-spacing: -0.01em;
    text-wrap: balance;
    color: ${tokens.color.text};
  }

  & > :where(header) > [data-part='standfirst'] {
    margin: 0 0 ${tokens.space.md};
  }
  & > :where(header) > :where([data-part='standfirst']) {
    font-size: ${tokens.fontSize.lg};
    line-height: ${tokens.lineHeight.heading};
    font-weight: 600;
    color: ${tokens.color.text};
  }

  & > :where(header) > [data-part='byline'] {
    margin: 0;
  }
  & > :where(header) > :where([data-part='byline']) {
    font-family: ${tokens.font.sans};
    font-size: ${tokens.fontSize.sm};
    line-height: ${tokens.lineHeight.heading};
    color: ${tokens.color.text};
  }
  & > :where(header) > [data-part='byline'] a {
    color: ${tokens.color.text};
    font-weight: 600;
  }
  & > :where(header) > :where([data-part='byline']) :where([data-part='job-title']) {
    color: ${tokens.color.textMuted};
  }

  & > :where(header) > [data-part='dates'] {
    margin: ${tokens.space.xs} 0 0;
  }
  & > :where(header) > :where([data-part='dates']) {
    display: flex;
    flex-wrap: wrap;
    column-gap: ${tokens.space.md};
    font-family: ${tokens.font.sans};
    font-size: ${tokens.fontSize.xs};
    line-height: ${tokens.lineHeight.heading};
    color: ${tokens.color.textMuted};
  }

  /* Figures: the lead image and the image blocks of the body */

  & :where([data-part='figure']) {
    margin: 0 auto ${tokens.space.lg};
    max-width: ${tokens.measure};
  }
  & :where([data-part='figure'])[data-lead] {
    max-width: 100%;
    width: fit-content;
  }
  & :where([data-part='figure']) img {
    display: block;
    margin-inline: auto;
    background: ${tokens.color.surface};
  }
  & :where([data-part='figure'] > figcaption) {
    max-width: ${tokens.measure};
    margin-block-start: ${tokens.space.xs};
    font-family: ${tokens.font.sans};
    font-size: ${tokens.fontSize.xs};
    line-height: ${tokens.lineHeight.heading};
    color: ${tokens.color.textMuted};
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
    margin-block-start: ${tokens.space.xs};
  }

  /* Footer */

  & > :where(footer) {
    ${readingColumn}
    margin-block-start: ${tokens.space.xl};
    padding-block-start: ${tokens.space.md};
    border-block-start: 1px solid ${tokens.color.border};
    font-family: ${tokens.font.sans};
    font-size: ${tokens.fontSize.sm};
    line-height: ${tokens.lineHeight.heading};
  }

  & > :where(footer) > [data-part='source'] {
    margin: 0 0 ${tokens.space.sm};
  }
  & > :where(footer) > :where([data-part='source']) {
    color: ${tokens.color.textMuted};
  }

  & > :where(footer) > [data-part='tags'] {
    margin: 0;
    padding: 0;
  }
  & > :where(footer) > :where([data-part='tags']) {
    display: flex;
    flex-wrap: wrap;
    gap: ${tokens.space.sm};
    list-style: none;
  }
  & > :where(footer) > :where([data-part='tags']) > :where(li) {
    padding: 0.125rem ${tokens.space.sm};
    border: 1px solid ${tokens.color.border};
    border-radius: ${tokens.radius};
    font-size: ${tokens.fontSize.xs};
    color: ${tokens.color.textMuted};
  }

  /* « À lire aussi »: two classes' weight, to win over the block's own margins. */

  & > [data-part='related'] {
    margin-block-start: ${tokens.space.xxl};
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
