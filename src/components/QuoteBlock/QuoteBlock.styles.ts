import { styled } from 'styled-components';
import { TokenScope } from '../../theme/TokenScope';
import { tokens } from '../../theme/tokens';

/**
 * One styled root: styled-components generates each styled component's CSS
 * again for every server request, so the parts are styled from the figure
 * through their own elements (`blockquote`, `figcaption`, `cite`) and the
 * quotation marks' `data-quotation-mark`. Variants are chosen by
 * `data-variant` on the root, so the CSS is the same for every quotation and
 * every theme (the tokens are custom properties). `:where()` keeps each inner
 * rule at the weight it had as a class of its own, so the cascade around the
 * block (an ArticleLayout's paragraph rules, a host's CSS) is unchanged.
 */
export const Root = styled(TokenScope).attrs({ as: 'figure' })`
  box-sizing: border-box;
  max-inline-size: ${tokens.measure};
  margin-block: ${tokens.space.xl};
  margin-inline: 0;
  padding-inline-start: ${tokens.space.lg};
  border-inline-start: 3px solid ${tokens.color.accent};
  color: ${tokens.color.text};

  &[data-variant='pull'] {
    max-inline-size: ${tokens.wide};
    padding: ${tokens.space.lg} ${tokens.space.md} ${tokens.space.md};
    border-inline-start: 0;
    border-block: 1px solid ${tokens.color.border};
    border-block-start: 4px solid ${tokens.color.accent};
    background: ${tokens.color.surface};
    text-align: center;
  }

  & > :where(blockquote) {
    margin: 0;
    font-family: ${tokens.font.serif};
    font-size: ${tokens.fontSize.md};
    font-style: italic;
    line-height: ${tokens.lineHeight.body};
  }

  & > :where(blockquote) > p {
    margin: 0;
  }

  & > :where(blockquote) > p + p {
    margin-block-start: ${tokens.space.sm};
  }

  &[data-variant='pull'] > :where(blockquote) {
    font-size: ${tokens.fontSize.xl};
    font-style: normal;
    line-height: ${tokens.lineHeight.heading};
    text-wrap: balance;
  }

  & :where([data-quotation-mark]) {
    color: ${tokens.color.accent};
    font-style: normal;
  }

  & > :where(figcaption) {
    margin-block-start: ${tokens.space.sm};
    font-family: ${tokens.font.sans};
    font-size: ${tokens.fontSize.sm};
    line-height: ${tokens.lineHeight.heading};
    color: ${tokens.color.textMuted};
  }

  /* The dash only introduces the speaker visually; assistive technology skips it. */
  & > :where(figcaption)::before {
    content: '— ';
    content: '— ' / '';
  }

  &[data-variant='pull'] > :where(figcaption) {
    margin-block-start: ${tokens.space.md};
  }

  & > :where(figcaption) > :where(cite) {
    font-style: normal;
    font-weight: 600;
    color: ${tokens.color.text};
  }

  /* On paper the rule and the marks are black: the accent is the screen's. */
  @media print {
    border-color: #000;

    & :where([data-quotation-mark]) {
      color: #000;
    }
  }
`;
