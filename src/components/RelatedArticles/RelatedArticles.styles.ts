import { styled } from 'styled-components';
import { titleCompoundsWhole, uppercaseLabel } from '../../theme/css';
import { TokenScope } from '../../theme/TokenScope';
import { tokens } from '../../theme/tokens';

/**
 * The whole block is styled from its root: styled-components generates the CSS
 * of every styled component again for each server request, so one component
 * with nested rules costs far less than one per part.
 *
 * Styling contract (stable, also for a host's own CSS):
 * - `data-layout="list" | "grid"` on the `<aside>` chooses the layout;
 * - the title is `[data-part="title"]`, the list the `<ul>` child of the root,
 *   each teaser an `<li>` (`data-has-image` when it shows one) holding
 *   `[data-part="kicker"]`, `[data-part="headline"]` (with its `<a>`),
 *   `[data-part="standfirst"]`, `[data-part="meta"]` and an `<img>`.
 *
 * The root is a size container: the teasers' layout follows the block's own
 * width (inside an article, in a sidebar, alone on a page), not the window's.
 *
 * Inner selectors sit in `:where()`, so each weighs what a single class does and
 * the cascade around the block (an ArticleLayout's link and paragraph rules, a
 * host's overrides) is the same as with one class per part.
 */
export const Root = styled(TokenScope).attrs({ as: 'aside' })`
  box-sizing: border-box;
  container-type: inline-size;
  max-inline-size: ${tokens.wide};
  margin-block: ${tokens.space.xl};
  padding-block-start: ${tokens.space.md};
  border-block-start: 2px solid ${tokens.color.text};
  color: ${tokens.color.text};
  font-family: ${tokens.font.serif};

  ${titleCompoundsWhole}

  & > :where([data-part='title']) {
    ${uppercaseLabel}
    margin: 0 0 ${tokens.space.md};
    font-size: ${tokens.fontSize.sm};
  }

  & > :where(ul) {
    display: grid;
    gap: ${tokens.space.lg};
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* min(100%, …) lets one column fill a 320 px screen without overflowing. */
  &[data-layout='grid'] > :where(ul) {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
  }

  & > :where(ul) > :where(li) {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: ${tokens.space.xs};
  }

  /* A list reads as one column of short items: a rule and a line's height between them, not a card's. */
  &[data-layout='list'] > :where(ul) {
    gap: ${tokens.space.md};
  }

  &[data-layout='list'] > ul > :where(li) {
    display: grid;
    grid-template-columns: 1fr;
    align-content: start;
    padding-block-end: ${tokens.space.md};
    border-block-end: 1px solid ${tokens.color.border};
  }

  &[data-layout='list'] > ul > :where(li:last-child) {
    padding-block-end: 0;
    border-block-end: 0;
  }

  /* Beside the text in a block as wide as a small tablet; above it on phones and in narrow columns. */
  @container (min-width: 36em) {
    /* The thumbnail leads, at the left, so a short balanced title never leaves a gap before it. */
    &[data-layout='list'] > ul > :where(li[data-has-image]) {
      grid-template-columns: minmax(7rem, 10rem) minmax(0, 1fr);
      /* The thumbnail spans the text's rows; min-content rows keep them from sharing out spare height. */
      grid-auto-rows: min-content;
      column-gap: ${tokens.space.md};
    }

    /* Placed first, the thumbnail fills the first column; the texts flow into the second. */
    &[data-layout='list'] > ul > :where(li[data-has-image]) > :where(img) {
      grid-column: 1;
      grid-row: 1 / span 4;
    }
  }

  & :where(li > img) {
    display: block;
    inline-size: 100%;
    block-size: auto;
    /* One crop for every card; width and height still reserve the space before the file arrives. */
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: ${tokens.radius};
    background: ${tokens.color.surface};
    order: -1;
  }

  & :where([data-part='kicker']) {
    ${uppercaseLabel}
    margin: 0;
    font-size: ${tokens.fontSize.xs};
    color: ${tokens.color.accent};
  }

  /* Card-sized, balanced, and cut after four lines: the whole title stays in the link's name. */
  & :where([data-part='headline']) {
    display: -webkit-box;
    margin: 0;
    overflow: hidden;
    font-family: ${tokens.font.serif};
    font-size: ${tokens.textSize.teaser};
    font-weight: 700;
    line-height: ${tokens.lineHeight.heading};
    text-wrap: balance;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
  }

  & :where([data-part='headline'] > a) {
    color: inherit;
    text-decoration: none;
  }

  /*
   * Stretched link: the overlay makes the whole card clickable while the
   * card holds one link only, so keyboard and screen-reader users meet a
   * single, well-named target.
   */
  & :where([data-part='headline'] > a)::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: ${tokens.radius};
  }

  & :where([data-part='headline'] > a):hover,
  & :where([data-part='headline'] > a):focus-visible {
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }

  & :where([data-part='headline'] > a):focus-visible {
    outline: none;
  }

  & :where([data-part='headline'] > a):focus-visible::after {
    outline: 3px solid ${tokens.color.focus};
    outline-offset: 4px;
  }

  & :where([data-part='standfirst']) {
    display: -webkit-box;
    margin: 0;
    overflow: hidden;
    font-size: ${tokens.fontSize.sm};
    line-height: ${tokens.lineHeight.snug};
    text-wrap: pretty;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
  }

  & :where([data-part='meta']) {
    margin: 0;
    font-family: ${tokens.font.sans};
    font-size: ${tokens.fontSize.xs};
    line-height: ${tokens.lineHeight.heading};
    color: ${tokens.color.textMuted};
  }
`;
