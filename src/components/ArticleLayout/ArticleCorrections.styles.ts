import { styled } from 'styled-components';
import { tokens } from '../../theme/tokens';

/**
 * The corrections under the body: in the text column (the article's grid
 * places `[data-part="corrections"]` there), set apart by a rule
 * in the accent colour so that a reader who looks for them finds them, in the
 * smaller sans-serif type of the article's other notes.
 */
export const CorrectionsRoot = styled.section`
  margin-block: ${tokens.space.lg} 0;
  padding-inline-start: ${tokens.space.md};
  border-inline-start: 3px solid ${tokens.color.accent};
  font-family: ${tokens.font.sans};
  font-size: ${tokens.fontSize.sm};
  line-height: ${tokens.lineHeight.heading};

  & > p {
    margin-block: 0 ${tokens.space.sm};
  }
  & > p:last-child {
    margin-block-end: 0;
  }
  & > p > strong {
    font-weight: 700;
  }
`;
