import { styled } from 'styled-components';
import { vars } from '../../theme';

/** Holds the heading and its permalink on one line when the permalink is shown. */
export const Wrapper = styled.div`
  display: flex;
  align-items: baseline;
  gap: ${vars.space.sm};
  margin-block: ${vars.space.xl} ${vars.space.sm};

  @media print {
    display: block;
  }
`;

export const Heading = styled.h2`
  margin-block: ${vars.space.xl} ${vars.space.sm};
  font-family: ${vars.font.serif};
  font-weight: 700;
  line-height: ${vars.lineHeight.heading};
  color: ${vars.color.text};
  text-wrap: balance;
  overflow-wrap: break-word;
  min-width: 0;
  /* Keeps the heading clear of a host's sticky header when reached through its anchor. */
  scroll-margin-top: ${vars.space.xl};

  ${Wrapper} > & {
    margin: 0;
  }

  &[data-size='xl'] {
    font-size: ${vars.fontSize.xxl};
  }
  &[data-size='lg'] {
    font-size: ${vars.fontSize.xl};
  }
  &[data-size='md'] {
    font-size: ${vars.fontSize.lg};
  }
  &[data-size='sm'] {
    font-size: ${vars.fontSize.md};
  }

  @media print {
    break-after: avoid;
    color: #000;
  }
`;

export const Permalink = styled.a`
  flex: none;
  padding-inline: ${vars.space.xs};
  border-radius: ${vars.radius};
  font-family: ${vars.font.sans};
  font-size: ${vars.fontSize.md};
  font-weight: 400;
  line-height: 1;
  color: ${vars.color.textMuted};
  text-decoration: none;
  opacity: 0;
  transition: opacity 0.15s ease-in-out;

  ${Wrapper}:hover &,
  &:focus,
  &:hover {
    opacity: 1;
    color: ${vars.color.accent};
  }

  &:focus-visible {
    outline: 3px solid ${vars.color.focus};
    outline-offset: 2px;
  }

  /* No hover on touch screens: the permalink stays visible there. */
  @media (hover: none) {
    opacity: 1;
  }

  @media (prefers-reduced-motion: reduce) {
    transition: none;
  }

  @media print {
    display: none;
  }
`;
