import { styled } from 'styled-components';
import { TokenScope } from '../../theme/TokenScope';
import { tokens } from '../../theme/tokens';

/**
 * Holds the heading and its permalink on one line when the permalink is shown.
 * The permalink is the wrapper's `<a>` child, styled from here rather than as a
 * styled component of its own: styled-components generates each styled
 * component's CSS again for every server request. `:where()` keeps each of its
 * rules at the weight of a single class, as before.
 */
export const Wrapper = styled(TokenScope)`
  display: flex;
  align-items: baseline;
  gap: ${tokens.space.sm};
  margin-block: ${tokens.space.xl} ${tokens.space.sm};

  & > :where(a) {
    flex: none;
    padding-inline: ${tokens.space.xs};
    border-radius: ${tokens.radius};
    font-family: ${tokens.font.sans};
    font-size: ${tokens.fontSize.md};
    font-weight: 400;
    line-height: 1;
    color: ${tokens.color.textMuted};
    text-decoration: none;
    opacity: 0;
    transition: opacity 0.15s ease-in-out;
  }

  &:hover > :where(a),
  & > :where(a):focus,
  & > :where(a):hover {
    opacity: 1;
    color: ${tokens.color.accent};
  }

  & > :where(a):focus-visible {
    outline: 3px solid ${tokens.color.focus};
    outline-offset: 2px;
  }

  /* No hover on touch screens: the permalink stays visible there. */
  @media (hover: none) {
    & > :where(a) {
      opacity: 1;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    & > :where(a) {
      transition: none;
    }
  }

  @media print {
    display: block;

    & > :where(a) {
      display: none;
    }
  }
`;

export const Heading = styled(TokenScope)`
  margin-block: ${tokens.space.xl} ${tokens.space.sm};
  font-family: ${tokens.font.serif};
  font-weight: 700;
  line-height: ${tokens.lineHeight.heading};
  color: ${tokens.color.text};
  text-wrap: balance;
  overflow-wrap: break-word;
  min-width: 0;
  /* Keeps the heading clear of a host's sticky header when reached through its anchor. */
  scroll-margin-top: ${tokens.space.xl};

  ${Wrapper} > & {
    margin: 0;
  }

  &[data-size='xl'] {
    font-size: ${tokens.fontSize.xl};
  }
  /* lg, an h2's size, is the type scale's subheading: under the standfirst, above the body. */
  &[data-size='lg'] {
    font-size: ${tokens.textSize.subheading};
  }
  &[data-size='md'] {
    font-size: ${tokens.textSize.body};
  }
  &[data-size='sm'] {
    font-size: ${tokens.fontSize.sm};
  }

  @media print {
    break-after: avoid;
    color: #000;
  }
`;
