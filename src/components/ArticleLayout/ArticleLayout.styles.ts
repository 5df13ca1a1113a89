import { styled } from 'styled-components';
import { focusRing, printBase, titleCompoundsWhole, uppercaseLabel } from '../../theme/css';
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
 *   `data-level`; `data-untitled` and visually hidden when the article has
 *   no headline), `[data-part="standfirst"]`, `[data-part="byline"]` (whose
 *   authors are `[data-author]`, with `[data-part="job-title"]`) and
 *   `[data-part="dates"]`;
 * - `[data-part="figure"]` is a figure of the article (`data-lead` on the lead
 *   one), with its `figcaption` and the credit in `small`;
 * - `[data-part="body"]` holds the body, `[data-part="corrections"]` the
 *   corrections under it, `> footer` the source line
 *   `[data-part="source"]` and the tag list `[data-part="tags"]`, named by
 *   `[data-part="tags-label"]`;
 * - `[data-part="related"]` is the « À lire aussi » block.
 *
 * One grid, one left edge: the root is a grid of two tracks, the text column
 * (`measure`) and an extension to the right up to `column`. Header, lead
 * figure and « À lire aussi » span both; body, captions and footer keep to the
 * text column, as do the corrections. Both tracks start at the same x at
 * every width, and on a phone the extension is empty.
 *
 * The layout follows the article's width, not the window's: the root is a
 * size container, so the type scale (in `cqi`) and « À lire aussi » are set
 * as on a phone when the article sits in a 390 px column of a wide page. The
 * root cannot query its own width, but a padding percentage is a share of the
 * parent's: `(100% - 40rem) * 1000` is far below md under a 40rem parent and
 * far above lg over it, so the side margins switch at 40rem as a query would.
 *
 * The article's own link and paragraph rules stop at « À lire aussi »
 * (`notRelated`), so teaser cards look the same inside an article and alone.
 *
 * Inner selectors sit in `:where()`, so each weighs what a single class does
 * (two for the margins that must beat the paragraph rule below): the cascade
 * is the same as with one styled component per part.
 */
// Excludes what sits inside « À lire aussi », which is styled by its own block; inside `:not(:where())` it weighs nothing.
const notRelated = ":not(:where([data-part='related'] *))";

export const Root = styled(TokenScope).attrs({ as: 'article' })`
  box-sizing: border-box;
  display: grid;
  grid-template-columns:
    [text-start] min(100%, ${tokens.measure})
    [text-end] minmax(0, calc(${tokens.column} - ${tokens.measure}));
  justify-content: center;
  align-content: start;
  width: 100%;
  max-width: ${tokens.wide};
  margin-inline: auto;
  container-type: inline-size;
  padding: ${tokens.space.lg} clamp(${tokens.space.md}, (100% - 40rem) * 1000, ${tokens.space.lg});
  color: ${tokens.color.text};
  background: ${tokens.color.background};
  font-family: ${tokens.font.serif};
  font-size: ${tokens.textSize.body};
  line-height: ${tokens.lineHeight.body};
  /* A long URL or compound word must wrap rather than widen a 320 px screen. */
  overflow-wrap: break-word;
  text-size-adjust: 100%;

  & *,
  & *::before,
  & *::after {
    box-sizing: border-box;
  }

  /* Every part starts on the grid's one left edge; what the article does not name spans the column. */
  & > :where(*) {
    grid-column: 1 / -1;
    min-width: 0;
  }
  & > :where([data-part='body'], [data-part='corrections'], footer) {
    grid-column: text;
  }

  & a${notRelated} {
    color: ${tokens.color.accent};
    text-decoration-line: underline;
    text-decoration-thickness: 0.06em;
    text-underline-offset: 0.15em;
  }
  & a${notRelated}:hover {
    text-decoration-thickness: 0.12em;
  }
  & a${notRelated}:focus-visible {
    ${focusRing}
  }

  & img {
    max-width: 100%;
    height: auto;
  }

  & :is(p, ul, ol)${notRelated} {
    margin-block: 0 1em;
  }

  /* Paragraphs: no lone word on a last line, words cut by the rules of the article's lang. */
  & > :where([data-part='body']) :where(p, li) {
    text-wrap: pretty;
    hyphens: auto;
    hyphenate-limit-chars: 7 3 3;
  }

  & > :where(header) {
    margin-block-end: ${tokens.space.lg};
  }

  ${titleCompoundsWhole}

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
    font-size: ${tokens.textSize.headline};
    font-weight: 700;
    line-height: ${tokens.lineHeight.tight};
    letter-spacing: -0.01em;
    text-wrap: balance;
    color: ${tokens.color.text};
  }
  /* Without a headline, the top heading is read by assistive technology and takes no room. */
  & > :where(header) > [data-untitled] {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  & > :where(header) > [data-part='standfirst'] {
    margin: 0 0 ${tokens.space.md};
  }
  & > :where(header) > :where([data-part='standfirst']) {
    max-width: 40em;
    font-size: ${tokens.textSize.standfirst};
    line-height: ${tokens.lineHeight.snug};
    font-weight: 400;
    text-wrap: pretty;
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

  /* Figures: the lead image spans the column, on the grid's left edge; its caption keeps to the
     text column (a subgrid, so that it is exactly as wide as the body). A body image fills the
     text column. */

  & :where([data-part='figure']) {
    margin: 0 0 ${tokens.space.lg};
  }
  & > :where([data-part='figure']) {
    display: grid;
    grid-template-columns: subgrid;
  }
  & > :where([data-part='figure']) > :where(img) {
    grid-column: 1 / -1;
  }
  & > :where([data-part='figure']) > :where(figcaption) {
    grid-column: text;
  }
  & :where([data-part='figure']) img {
    display: block;
    background: ${tokens.color.surface};
  }
  & :where([data-part='figure'] > figcaption) {
    margin-block-start: ${tokens.space.sm};
    font-family: ${tokens.font.sans};
    font-size: ${tokens.textSize.caption};
    line-height: ${tokens.lineHeight.snug};
    color: ${tokens.color.text};
  }
  /* The credit on a line of its own, smaller and muted, as newspapers set « © AFP ». */
  & :where([data-part='figure'] > figcaption > small) {
    display: block;
    margin-block-start: 0.125rem;
    font-size: ${tokens.textSize.credit};
    letter-spacing: 0.02em;
    color: ${tokens.color.textMuted};
  }

  /* Body */

  & > :where([data-part='body']) ul,
  & > :where([data-part='body']) ol {
    padding-inline-start: 1.5em;
  }
  & > :where([data-part='body']) li + li {
    margin-block-start: ${tokens.space.xs};
  }

  /* Corrections: in the text column, set apart by a rule in the accent colour so that a reader who
     looks for them finds them, in the smaller sans-serif type of the article's other notes. */

  & > :where([data-part='corrections']) {
    margin-block: ${tokens.space.lg} 0;
    padding-inline-start: ${tokens.space.md};
    border-inline-start: 3px solid ${tokens.color.accent};
    font-family: ${tokens.font.sans};
    font-size: ${tokens.fontSize.sm};
    line-height: ${tokens.lineHeight.heading};
  }
  & > [data-part='corrections'] > p {
    margin-block: 0 ${tokens.space.sm};
  }
  & > [data-part='corrections'] > p:last-child {
    margin-block-end: 0;
  }
  & > :where([data-part='corrections']) > p > :where(strong) {
    font-weight: 700;
  }

  /* Footer */

  & > :where(footer) {
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

  & > :where(footer) > [data-part='tags-label'] {
    margin: 0 0 ${tokens.space.xs};
  }
  & > :where(footer) > :where([data-part='tags-label']) {
    ${uppercaseLabel}
    font-size: ${tokens.fontSize.xs};
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
    max-inline-size: none;
    margin-block: ${tokens.space.xxl} 0;
  }

  @media print {
    /* A4 is narrow enough: the text takes the whole width of the page. */
    display: block;

    & > [data-part='figure'] {
      display: block;
    }

    & :where([data-part='figure']) {
      break-inside: avoid;
    }

    & > [data-part='related'] {
      display: none;
    }

    & > [data-part='corrections'] {
      border-color: #000;
    }

    /* An author's page is no source to follow on paper: only the name is printed. */
    & > header > [data-part='byline'] a::after {
      content: none;
    }
  }

  ${printBase}
`;
