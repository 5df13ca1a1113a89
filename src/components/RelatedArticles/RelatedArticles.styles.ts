import { styled } from 'styled-components';
import { vars } from '../../theme';

// Layouts are chosen by `data-layout` on the root, so the CSS is the same for
// every list and every theme (the tokens are custom properties).
export const Root = styled.aside`
  box-sizing: border-box;
  max-inline-size: ${vars.wide};
  margin-block: ${vars.space.xl};
  padding-block-start: ${vars.space.md};
  border-block-start: 2px solid ${vars.color.text};
  color: ${vars.color.text};
  font-family: ${vars.font.serif};
`;

export const Title = styled.h2`
  margin: 0 0 ${vars.space.md};
  font-family: ${vars.font.sans};
  font-size: ${vars.fontSize.sm};
  font-weight: 700;
  letter-spacing: 0.06em;
  line-height: ${vars.lineHeight.heading};
  text-transform: uppercase;
`;

export const List = styled.ul`
  display: grid;
  gap: ${vars.space.lg};
  margin: 0;
  padding: 0;
  list-style: none;

  /* min(100%, …) lets one column fill a 320 px screen without overflowing. */
  [data-layout='grid'] > & {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
  }
`;

export const Card = styled.li`
  position: relative;
  display: flex;
  flex-direction: column;
  gap: ${vars.space.xs};

  [data-layout='list'] > ul > & {
    display: grid;
    grid-template-columns: 1fr;
    align-content: start;
    padding-block-end: ${vars.space.lg};
    border-block-end: 1px solid ${vars.color.border};
  }

  [data-layout='list'] > ul > &:last-child {
    padding-block-end: 0;
    border-block-end: 0;
  }

  /* Beside the text from the width of a small tablet; above it on phones. */
  @media (min-width: 36em) {
    [data-layout='list'] > ul > &[data-has-image] {
      grid-template-columns: minmax(0, 1fr) minmax(8rem, 12rem);
      column-gap: ${vars.space.lg};
    }

    [data-layout='list'] > ul > &[data-has-image] > img {
      grid-column: 2;
      grid-row: 1 / span 4;
    }
  }
`;

export const Image = styled.img`
  display: block;
  inline-size: 100%;
  block-size: auto;
  /* One crop for every card; width and height still reserve the space before the file arrives. */
  aspect-ratio: 16 / 9;
  object-fit: cover;
  border-radius: ${vars.radius};
  background: ${vars.color.surface};
  order: -1;
`;

export const Kicker = styled.p`
  margin: 0;
  font-family: ${vars.font.sans};
  font-size: ${vars.fontSize.xs};
  font-weight: 700;
  letter-spacing: 0.04em;
  line-height: ${vars.lineHeight.heading};
  text-transform: uppercase;
  color: ${vars.color.accent};
`;

export const Headline = styled.h3`
  margin: 0;
  font-family: ${vars.font.serif};
  font-size: ${vars.fontSize.lg};
  font-weight: 700;
  line-height: ${vars.lineHeight.heading};
  text-wrap: pretty;
`;

export const HeadlineLink = styled.a`
  color: inherit;
  text-decoration: none;

  /*
   * Stretched link: the overlay makes the whole card clickable while the
   * card holds one link only, so keyboard and screen-reader users meet a
   * single, well-named target.
   */
  &::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: ${vars.radius};
  }

  &:hover,
  &:focus-visible {
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }

  &:focus-visible {
    outline: none;
  }

  &:focus-visible::after {
    outline: 3px solid ${vars.color.focus};
    outline-offset: 4px;
  }
`;

export const Standfirst = styled.p`
  margin: 0;
  font-size: ${vars.fontSize.sm};
  line-height: ${vars.lineHeight.body};
`;

export const Meta = styled.p`
  margin: 0;
  font-family: ${vars.font.sans};
  font-size: ${vars.fontSize.xs};
  line-height: ${vars.lineHeight.heading};
  color: ${vars.color.textMuted};
`;
