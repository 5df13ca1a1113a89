import type * as React from 'react';
import { Fragment } from 'react';
import { warnOnce } from '../../dev';
import type { Inline, RichText as RichTextValue } from '../../model';
import { MAX_MARK_DEPTH } from '../../model/marks';
import { isLanguageTag, richTextToPlainText } from '../../text';
import { typographyFor } from '../../typography';
import { safeUrl } from '../../url';
import { useTextLanguage } from '../context/contexts';

export interface RichTextProps {
  /** The text to render: a string, or inline nodes with marks. */
  value: RichTextValue | null | undefined;
  /** The language of the text; `ArticleLayout` gives its own. @default the language in context, else French */
  lang?: string;
}

/** The characters around a text node, in the text the reader sees. */
interface Context {
  before: string;
  after: string;
}

const NO_CONTEXT: Context = { before: '', after: '' };

const firstChar = (text: string) => Array.from(text.slice(0, 2))[0] ?? '';
const lastChar = (text: string) => Array.from(text.slice(-2)).pop() ?? '';

/**
 * The typography of the node's language for one text node, aware of its
 * neighbours: in `["Il a dit ", <em>non</em>, " !"]` the `!` must get its
 * no-break space although the word before it sits in another element. The
 * node is typeset with the neighbouring characters around it and they are cut
 * off again; when typography changed one of them (a quote mark it converted),
 * the node is typeset alone.
 */
function typeset(text: string, { before, after }: Context, lang: string | undefined): string {
  const typography = typographyFor(lang);
  if (before === '' && after === '') return typography(text);
  const result = typography(before + text + after);
  if (result.startsWith(before) && result.endsWith(after) && result.length >= before.length + after.length) {
    return result.slice(before.length, result.length - after.length);
  }
  return typography(text);
}

// Data comes from outside: every node is checked, and an unusable one drops
// itself (keeping whatever text it holds) rather than the paragraph.
// `lang` is the language in force for the node: the paragraph's, or that of
// the innermost foreign phrase around it. `linked` says whether a link is
// already open around the node: HTML has no link inside a link (the parser
// would close the outer one), so an inner link shows its text only. `depth`
// counts the marks around the node: a mark inside MAX_MARK_DEPTH others is
// left out with what it holds, as the plain text and the structured data
// leave it out (ArticleLayout's plan warns with its path in development).
function renderInline(
  node: Inline,
  key: string,
  context: Context,
  depth: number,
  lang: string | undefined,
  linked: boolean,
): React.ReactNode {
  if (typeof node === 'string') return typeset(node, context, lang);
  if (node === null || typeof node !== 'object' || depth >= MAX_MARK_DEPTH) return null;
  // A foreign phrase is typeset by its own language's rules ("burden sharing?"
  // keeps its tight "?" in French text, "au revoir !" gets its space in English).
  const inner = node.type === 'foreign' && isLanguageTag(node.lang) ? node.lang : lang;
  const opensLink = node.type === 'link' && !linked && Boolean(safeUrl(node.href));
  const children = Array.isArray(node.children)
    ? renderNodes(node.children, key, context, depth + 1, inner, linked || opensLink)
    : null;
  switch (node.type) {
    case 'emphasis':
      return <em key={key}>{children}</em>;
    case 'strong':
      return <strong key={key}>{children}</strong>;
    case 'link': {
      if (linked) {
        if (process.env.NODE_ENV !== 'production') {
          warnOnce('a link inside another link is shown as its text only: HTML cannot nest links.');
        }
        return <Fragment key={key}>{children}</Fragment>;
      }
      const href = safeUrl(node.href);
      // An empty href (a URL of spaces only) would link to the page itself: no link either.
      if (!href) {
        if (process.env.NODE_ENV !== 'production') {
          warnOnce(
            `a link to ${JSON.stringify(node.href) ?? String(node.href)} is not a safe URL (http, https or relative): its text is shown unlinked.`,
          );
        }
        return <Fragment key={key}>{children}</Fragment>;
      }
      return (
        <a key={key} href={href}>
          {children}
        </a>
      );
    }
    case 'foreign':
      if (!isLanguageTag(node.lang)) {
        if (process.env.NODE_ENV !== 'production') {
          warnOnce(
            `${JSON.stringify(node.lang) ?? String(node.lang)} is not a language tag: the phrase is shown without its own lang.`,
          );
        }
        return <Fragment key={key}>{children}</Fragment>;
      }
      return (
        <span key={key} lang={node.lang}>
          {children}
        </span>
      );
    default:
      if (process.env.NODE_ENV !== 'production') {
        warnOnce(
          `unknown inline mark "${String((node as { type?: unknown }).type)}": only its text is shown.`,
        );
      }
      return <Fragment key={key}>{children}</Fragment>;
  }
}

function renderNodes(
  nodes: readonly Inline[],
  prefix: string,
  outer: Context,
  depth: number,
  lang: string | undefined,
  linked: boolean,
): React.ReactNode[] {
  const texts = nodes.map((node) => richTextToPlainText([node]));
  return nodes.map((node, index) => {
    const context: Context = {
      before: index > 0 ? lastChar(texts[index - 1] ?? '') : outer.before,
      after: index < nodes.length - 1 ? firstChar(texts[index + 1] ?? '') : outer.after,
    };
    return renderInline(node, `${prefix}.${index}`, context, depth, lang, linked);
  });
}

/**
 * Renders rich text: marks become `<em>`, `<strong>`, `<a>` (safe URLs only)
 * and `<span lang>`. Typography applies to each text node, never to markup,
 * so no text can become an element: French typography for text in French
 * (the language of the surrounding ArticleLayout, French outside one, or a
 * foreign phrase marked `fr`), the text as typed in any other language.
 */
function RichText({ value, lang: givenLang }: RichTextProps) {
  const around = useTextLanguage();
  const lang = givenLang ?? around;
  if (typeof value === 'string') return <>{typographyFor(lang)(value)}</>;
  if (!Array.isArray(value)) return null;
  return <>{renderNodes(value, 'n', NO_CONTEXT, 0, lang, false)}</>;
}

export { RichText };
