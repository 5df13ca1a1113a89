import type * as React from 'react';
import { warnOnce } from '../../dev';
import { cleanText, explicitId, fragmentOf, isBlank } from '../../text';
import { typographyFor } from '../../typography';
import { useRawHeadingLevel, useTextLanguage } from '../context/contexts';
import { frenchPartLang, languageTagOf } from '../RichText/language';
import { clampHeadingLevel, DEFAULT_HEADING_LEVEL, type HeadingLevel } from '../Section/headingLevel';
import { Heading, Wrapper } from './Subheading.styles';
import { useSubheadingId } from './useSubheadingId';

/** Visual sizes of a subheading, from the smallest to the largest. */
export type SubheadingSize = 'sm' | 'md' | 'lg' | 'xl';

export interface SubheadingProps extends Omit<React.ComponentPropsWithoutRef<'h2'>, 'children'> {
  /** The subheading text (intertitre); the anchor id is made from it. */
  children: string;
  /**
   * Anchor id. When absent (or blank), the slug of the text (accents
   * folded), made unique within the article; an id holding spaces, which
   * HTML forbids, is replaced by its slug, with a development warning.
   * @default slugify(children)
   */
  id?: string;
  /**
   * Heading level (2 renders an `h2`). Needed in a Server Component, where no
   * `Section` context reaches the subheading.
   * @default the level of the surrounding Section or ArticleLayout body, else 2
   */
  level?: number;
  /** Shows a permalink anchor to the subheading, visible on hover and on focus. @default false */
  permalink?: boolean;
  /**
   * Accessible name of the permalink, from the subheading text; typeset in the
   * subheading's language.
   * @default (text) => `Lien permanent vers la section « ${text} »`
   */
  permalinkLabel?: (text: string) => string;
  /**
   * Visual size, independent of the heading level; `auto` follows the level
   * (h2 large, h3 medium, h4 and below small).
   * @default 'auto'
   */
  size?: SubheadingSize | 'auto';
}

const defaultPermalinkLabel = (text: string) => `Lien permanent vers la section « ${text} »`;

// The default label as French typography sets it, written out rather than
// typeset whole, so that the subheading's text inside keeps its own language's typography.
const frenchPermalinkLabel = (shown: string) =>
  `Lien permanent vers la section «\u202F${shown.trim()}\u202F»`;

function sizeForLevel(level: HeadingLevel): SubheadingSize {
  if (level <= 2) return 'lg';
  if (level === 3) return 'md';
  return 'sm';
}

// The type says string, but JSX written by hand can still pass numbers or nested
// strings: keep their text rather than dropping the heading.
function textOf(node: React.ReactNode): string {
  if (typeof node === 'string') return node;
  if (typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  return '';
}

// Cleaned of what HTML forbids, so that a text of control characters counts as empty.
const subheadingText = (children: React.ReactNode): string => cleanText(textOf(children));

/** What a subheading needs once its level, id and language around are known. */
export interface SubheadingContentProps extends Omit<SubheadingProps, 'level' | 'id'> {
  level: HeadingLevel;
  /** The unique id, already drawn; `''` for a blank text. */
  id: string;
  /** The language of the text around (the article's). */
  languageAround: string | undefined;
}

/**
 * A subheading whose level, id and language around are given: no hook, no
 * context, so `ArticleLayout` renders it the same way in a Server Component,
 * on the server and in the browser.
 */
export function SubheadingContent({
  children,
  level,
  id,
  languageAround,
  permalink = false,
  permalinkLabel = defaultPermalinkLabel,
  size = 'auto',
  ...rest
}: SubheadingContentProps) {
  // Its own `lang`, when given, says the language of its text; else the article's.
  const language = languageTagOf(rest.lang) ?? languageAround;
  const typeset = typographyFor(language);
  const text = subheadingText(children);
  if (isBlank(text)) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce('a Subheading has no text and is not rendered: an empty heading is announced as nothing.');
    }
    return null;
  }
  const shown = typeset(text);
  const heading = (
    <Heading
      as={`h${level}`}
      id={id}
      data-level={level}
      data-size={size === 'auto' ? sizeForLevel(level) : size}
      {...rest}
    >
      {shown}
    </Heading>
  );
  if (!permalink) return heading;
  const ownLabel = permalinkLabel !== defaultPermalinkLabel;
  const label = ownLabel ? typeset(permalinkLabel(text)) : frenchPermalinkLabel(shown);
  // The link sits beside the heading, in the language around it.
  const labelLang = ownLabel ? undefined : frenchPartLang(languageAround);
  return (
    <Wrapper data-permalink="">
      {heading}
      {/* biome-ignore lint/a11y/useAnchorContent: aria-label names the link; the visible "#" is decoration. */}
      <a href={fragmentOf(id)} aria-label={label} lang={labelLang}>
        <span aria-hidden="true">#</span>
      </a>
    </Wrapper>
  );
}

/**
 * A body subheading (intertitre). Its level is its `level`, else the
 * context's: `h2` directly in an article body, one more inside each
 * `Section`. Its `id` is a French-aware slug of its text, unique within the
 * article. Its text gets the typography of its language: its own `lang`,
 * else the article's. In a Server Component no context reaches it: it is an
 * `h2` unless `level` says otherwise, and its id is the slug of its text
 * (give `id` where two texts are the same).
 *
 * @example
 * <Subheading permalink>Umerov remercie les alliés</Subheading>
 * // <h2 id="umerov-remercie-les-allies" data-level="2">Umerov remercie les alliés</h2>
 */
function Subheading(props: SubheadingProps) {
  const { id: givenId, level: givenLevel, ...rest } = props;
  const levelAround = useRawHeadingLevel();
  const languageAround = useTextLanguage();
  const id = useSubheadingId(subheadingText(props.children), explicitId(givenId), props);
  const level = clampHeadingLevel(givenLevel ?? levelAround ?? DEFAULT_HEADING_LEVEL);
  return <SubheadingContent {...rest} level={level} id={id} languageAround={languageAround} />;
}

export { Subheading };
