import { styled } from 'styled-components';
import { vars } from '../../theme';

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
export const Root = styled.figure`
  box-sizing: border-box;
  max-inline-size: ${vars.measure};
  margin-block: ${vars.space.xl};
  margin-inline: 0;
  padding-inline-start: ${vars.space.lg};
  border-inline-start: 3px solid ${vars.color.accent};
  color: ${vars.color.text};

  &[data-variant='pull'] {
    max-inline-size: ${vars.wide};
    padding: ${vars.space.lg} ${vars.space.md} ${vars.space.md};
    border-inline-start: 0;
    border-block: 1px solid ${vars.color.border};
    border-block-start: 4px solid ${vars.color.accent};
    background: ${vars.color.surface};
    text-align: center;
  }

  & > :where(blockquote) {
    margin: 0;
    font-family: ${vars.font.serif};
    font-size: ${vars.fontSize.md};
    font-style: italic;
    line-height: ${vars.lineHeight.body};
  }

  & > :where(blockquote) > p {
    margin: 0;
  }

  & > :where(blockquote) > p + p {
    margin-block-start: ${vars.space.sm};
  }

  &[data-variant='pull'] > :where(blockquote) {
    font-size: ${vars.fontSize.xl};
    font-style: normal;
    line-height: ${vars.lineHeight.heading};
    text-wrap: balance;
  }

  & :where([data-quotation-mark]) {
    color: ${vars.color.accent};
    font-style: normal;
  }

  & > :where(figcaption) {
    margin-block-start: ${vars.space.sm};
    font-family: ${vars.font.sans};
    font-size: ${vars.fontSize.sm};
    line-height: ${vars.lineHeight.heading};
    color: ${vars.color.textMuted};
  }

  /* The dash only introduces the speaker visually; assistive technology skips it. */
  & > :where(figcaption)::before {
    content: '— ';
    content: '— ' / '';
  }

  &[data-variant='pull'] > :where(figcaption) {
    margin-block-start: ${vars.space.md};
  }

  & > :where(figcaption) > :where(cite) {
    font-style: normal;
    font-weight: 600;
    color: ${vars.color.text};
  }
`;
