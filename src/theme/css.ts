import { css } from 'styled-components';
import { tokens } from './tokens';

/**
 * Style fragments shared by the components. Kept apart from the tokens so
 * that `tokens.ts` stays free of styled-components.
 */

/** The focus indicator of every link and control: 3 px, at least 3:1 against the page. */
export const focusRing = css`
  outline: 3px solid ${tokens.color.focus};
  outline-offset: 2px;
  border-radius: 2px;
`;

/**
 * The small capitals-like label of a rubrique (the article's kicker, the
 * teasers' kickers, the title of "À lire aussi"): bold, upper case, tracked.
 * Size, colour and margins are the caller's.
 */
export const uppercaseLabel = css`
  font-family: ${tokens.font.sans};
  font-weight: 700;
  letter-spacing: 0.06em;
  line-height: ${tokens.lineHeight.heading};
  text-transform: uppercase;
`;

/**
 * Keeps on one line each short hyphenated compound that `TitleText` sets in a
 * `<span data-nobreak>` (« Sud-Est », « porte-parole »), for the root of a
 * component that renders titles.
 */
export const titleCompoundsWhole = css`
  & :where([data-nobreak]) {
    white-space: nowrap;
  }
`;

/**
 * Print: black on white, the URL of every external link written after it
 * (paper cannot follow a link), and what only works on a screen left out.
 */
export const printBase = css`
  @media print {
    max-width: none;
    padding: 0;
    color: #000;
    background: #fff;

    & *,
    & *::before,
    & *::after {
      color: #000 !important;
      background: transparent !important;
      box-shadow: none !important;
      text-shadow: none !important;
    }

    & a {
      text-decoration: underline;
    }

    & a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }

    & nav,
    & [data-permalink] > a {
      display: none !important;
    }

    & h1,
    & h2,
    & h3,
    & h4,
    & h5,
    & h6 {
      break-after: avoid;
      break-inside: avoid;
    }

    & p,
    & li {
      orphans: 3;
      widows: 3;
    }

    & figure,
    & blockquote,
    & img {
      break-inside: avoid;
    }
  }
`;
