import type * as React from 'react';
import { warnOnce } from '../../dev';
import type { Attribution } from '../../model';
import { nonBlankText } from '../../text';
import { typographyFor } from '../../typography';
import { safeUrl } from '../../url';
import { useTextLanguage } from '../context/contexts';
import { languageTagOf } from '../RichText/language';
import { Root } from './QuoteBlock.styles';
import { quotationMarksFor, stripQuotationMarks } from './quotationMarks';
import { unquoteChildren } from './quotedChildren';

export interface QuoteBlockProps extends Omit<React.ComponentPropsWithoutRef<'figure'>, 'children'> {
  /**
   * The quotation as data, with or without its marks: `« … »`, `"…"` or bare
   * words all render once between the marks of its language.
   * @default undefined
   */
  text?: string;
  /**
   * Composed content (paragraphs, emphasis) rendered inside the `<blockquote>`
   * instead of `text`. When the author's marks wrap the whole of it
   * (`« … »`, `“…”`, `"…"`, even inside `<em>`), they give way to the styled
   * marks of its language; otherwise it is shown as written. A plain string
   * is treated as `text`.
   * @default undefined
   */
  children?: React.ReactNode;
  /** The person quoted and their role, shown in the `<figcaption>`. @default undefined */
  attribution?: Attribution;
  /** URL of the source (`<blockquote cite>`); only `http(s)` or relative URLs are kept. @default undefined */
  cite?: string;
  /** BCP 47 language of the quotation when it is not the article's; picks its quotation marks and typography. @default undefined */
  lang?: string;
  /** `block` for a quotation in the text, `pull` for a larger exergue set apart. @default 'block' */
  variant?: 'block' | 'pull';
}

/**
 * A quotation with its attribution: `<figure>` holding the `<blockquote>` and,
 * outside it as the HTML standard asks, a `<figcaption>` naming the speaker in
 * `<cite>`. A quotation is in its own `lang`, else in the article's (French
 * outside an ArticleLayout): French ones get guillemets with narrow no-break
 * spaces and French typography, others their language's marks and the words
 * as typed.
 *
 * @example
 * <QuoteBlock
 *   text="Nous restons inébranlables dans notre engagement envers l’Ukraine."
 *   attribution={{ name: 'Jens Stoltenberg', role: 'secrétaire général de l’OTAN' }}
 * />
 */
function QuoteBlock(props: QuoteBlockProps) {
  return <QuoteBlockContent {...props} languageAround={useTextLanguage()} unquote={unquoteChildren} />;
}

/** What a quotation needs once the language around it is known. */
export interface QuoteBlockContentProps extends QuoteBlockProps {
  /** The language of the text around (the article's); `undefined` is French. */
  languageAround: string | undefined;
  /**
   * Replaces the author's marks around composed children with the styled
   * ones (`unquoteChildren`). Given by `QuoteBlock`; ArticleLayout's quotes
   * come from data, so its bundle does without it.
   */
  unquote?: typeof unquoteChildren;
}

/**
 * `QuoteBlock` with the language around given: no hook, no context, so
 * `ArticleLayout` renders it the same way in a Server Component and in the
 * browser.
 */
export function QuoteBlockContent({
  text,
  children,
  attribution,
  cite,
  lang,
  variant = 'block',
  languageAround,
  unquote,
  ...rest
}: QuoteBlockContentProps) {
  const words = typeof children === 'string' ? children : text;
  const composed = typeof children === 'string' ? undefined : children;
  const hasComposed = composed !== undefined && composed !== null && composed !== false;
  // Marks alone (`« »`, `""`) quote nothing either.
  const bare = !hasComposed && typeof words === 'string' ? stripQuotationMarks(words) : '';

  if (!hasComposed && bare === '') {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce('a QuoteBlock has no text and no children; it is not rendered.');
    }
    return null;
  }

  const source = cite === undefined ? undefined : safeUrl(cite);
  if (process.env.NODE_ENV !== 'production' && cite !== undefined && source === undefined) {
    warnOnce(`a QuoteBlock cite URL is not http(s) or relative and is dropped: ${JSON.stringify(cite)}`);
  }

  const quotationLang = languageTagOf(lang);
  if (
    process.env.NODE_ENV !== 'production' &&
    nonBlankText(lang) !== undefined &&
    quotationLang === undefined
  ) {
    // As for a foreign phrase in RichText: a value that cannot be a `lang` says nothing reliable.
    warnOnce(
      `a QuoteBlock lang ${JSON.stringify(lang)} is not a language tag; the quotation takes the language around it.`,
    );
  }

  const language = quotationLang ?? languageAround;
  const marks = quotationMarksFor(language);
  // The marks are presentation: screen readers announce the blockquote
  // itself, and would otherwise read « guillemet ouvrant » aloud.
  const open = (
    <span aria-hidden="true" data-quotation-mark="open">
      {marks.open}
    </span>
  );
  const close = (
    <span aria-hidden="true" data-quotation-mark="close">
      {marks.close}
    </span>
  );

  let body: React.ReactNode;
  if (hasComposed) {
    // Composed children keep their words and elements; only the author's
    // marks around the whole quotation give way to the styled ones.
    body = unquote?.(composed, open, close) ?? composed;
  } else {
    // French spacing rules (no-break spaces before « ; : ! ? », apostrophes)
    // would be wrong in an English or German sentence.
    body = (
      <p>
        {open}
        {typographyFor(language)(bare)}
        {close}
      </p>
    );
  }

  const name = nonBlankText(attribution?.name);
  const roleText = nonBlankText(attribution?.role);
  const role = roleText === undefined ? undefined : typographyFor(languageAround)(roleText);
  if (process.env.NODE_ENV !== 'production' && attribution !== undefined && name === undefined) {
    warnOnce('a QuoteBlock attribution has no name; only its role, if any, is shown.');
  }

  return (
    <Root data-variant={variant === 'pull' ? 'pull' : 'block'} {...rest}>
      <blockquote cite={source} lang={quotationLang}>
        {body}
      </blockquote>
      {name !== undefined || role !== undefined ? (
        <figcaption>
          {name !== undefined ? <cite>{name}</cite> : null}
          {role === undefined ? null : name === undefined ? role : `, ${role}`}
        </figcaption>
      ) : null}
    </Root>
  );
}

export { QuoteBlock };
