import { type DefaultTreeAdapterTypes, parse, parseFragment } from 'parse5';
import { headingOfParse5Element, type OutlineHeading } from '../../support/outline';

/**
 * Reads rendered markup with a spec-compliant HTML parser (parse5, the
 * parser jsdom uses) and lists everything in it that the data cannot have
 * legitimately asked for: parse errors (markup that only parses by error
 * recovery), elements and attributes outside the library's vocabulary, event
 * handler attributes, URLs with a scheme other than http(s), and scripts
 * other than one JSON-LD block.
 */

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** The elements the library renders: document structure, head tags, article semantics, text-level marks. */
export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set([
  // document and head (renderArticleDocument, SeoHead)
  'html',
  'head',
  'body',
  'main',
  'meta',
  'title',
  'link',
  'style',
  'script',
  // article structure
  'article',
  'header',
  'footer',
  'section',
  'aside',
  'nav',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'ul',
  'ol',
  'li',
  'figure',
  'figcaption',
  'blockquote',
  'cite',
  'img',
  'picture',
  'source',
  'time',
  'address',
  // inline marks and small print
  'a',
  'em',
  'strong',
  'span',
  'small',
]);

/** Attributes any element may carry. `data-*` attributes are allowed separately. */
const GLOBAL_ATTRIBUTES = new Set([
  'class',
  'id',
  'lang',
  'dir',
  'role',
  'hidden',
  'aria-label',
  'aria-labelledby',
  'aria-describedby',
  'aria-hidden',
  'aria-current',
  'aria-level',
]);

/** Attributes allowed on particular elements. */
const ELEMENT_ATTRIBUTES: Readonly<Record<string, ReadonlySet<string>>> = {
  meta: new Set(['charset', 'name', 'property', 'content', 'http-equiv']),
  // React 19 preloads a document's images with `<link rel="preload" as="image">`.
  link: new Set([
    'rel',
    'href',
    'hreflang',
    'type',
    'sizes',
    'media',
    'as',
    'fetchpriority',
    'imagesrcset',
    'imagesizes',
  ]),
  script: new Set(['type']),
  style: new Set(['media']),
  a: new Set(['href', 'hreflang', 'rel', 'title']),
  img: new Set(['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding', 'fetchpriority']),
  source: new Set(['srcset', 'sizes', 'type', 'media', 'width', 'height']),
  time: new Set(['datetime']),
  blockquote: new Set(['cite']),
  ol: new Set(['start', 'reversed']),
  html: new Set(['xmlns']),
};

/** Attributes whose value is a URL (or, for `srcset`, a list of them). */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'cite',
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'ping',
]);

/** Meta tags whose content is a URL (Open Graph, Twitter cards). */
const URL_META =
  /^(og:(url|image|image:url|image:secure_url|see_also|video|audio)|twitter:(image|image:src|url)|article:author)$/i;

/** BCP 47 shape; HTML also allows `lang=""` (language unknown). */
const LANGUAGE_TAG = /^(?:[a-z]{2,8}(?:-[a-z0-9]{1,8})*)?$/i;

const JSON_LD = 'application/ld+json';

/** The comments React's server renderer writes itself. */
const REACT_COMMENTS = new Set([' ', '$', '/$', '$?', '$!']);

// Characters a valid URL string never holds raw outside an IPv6 host (the WHATWG URL standard's validation
// errors, as the Nu Html Checker reports them): ASCII controls, space, quotes, angle brackets, backslash and
// the "unwise" punctuation, U+FFFD (a lone surrogate once encoded), and non-characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must be matched.
const NOT_IN_URLS = /[\u0000-\u001F\u007F "<>\\^`{|}[\]\uFFFD\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/u;
const IPV6_HOST = /^(?:[a-z][a-z0-9+.-]*:)?\/\/\[[0-9a-f:.]+\]/i;

/**
 * What a browser and a validator make of a URL attribute: it must be a valid
 * URL string (surrounding ASCII white space aside), and resolve to http(s).
 */
export function urlProblem(value: string, where: string): string | undefined {
  const trimmed = value.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  const checked = trimmed.replace(IPV6_HOST, '//host');
  const invalid = NOT_IN_URLS.exec(checked);
  if (invalid) return `${where}: URL ${JSON.stringify(value)} holds ${JSON.stringify(invalid[0])}`;
  if (/%(?![0-9a-f]{2})/i.test(checked))
    return `${where}: URL ${JSON.stringify(value)} has a % without two hex digits`;
  if ((checked.match(/#/g) ?? []).length > 1)
    return `${where}: URL ${JSON.stringify(value)} has two fragments`;
  let resolved: URL;
  try {
    resolved = new URL(trimmed, 'https://base.invalid/page/');
  } catch {
    return `${where}: URL ${JSON.stringify(value)} cannot be parsed`;
  }
  if (resolved.protocol === 'http:' || resolved.protocol === 'https:') return undefined;
  return `${where}: URL ${JSON.stringify(value)} has the scheme ${resolved.protocol}`;
}

/** An absolute http(s) URL, as canonical links, Open Graph and JSON-LD require. */
export function absoluteUrlProblem(value: string, where: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return undefined;
    return `${where}: ${JSON.stringify(value)} has the scheme ${url.protocol}`;
  } catch {
    return `${where}: ${JSON.stringify(value)} is not an absolute URL`;
  }
}

const isElement = (node: Node): node is Element => 'tagName' in node;

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if ('childNodes' in node) return node.childNodes.map(textOf).join('');
  // <template> content and comments carry no text for our purpose.
  return '';
}

export interface MarkupAudit {
  problems: string[];
  /** The text of every `<script type="application/ld+json">`, in order. */
  jsonLd: string[];
  /** Every element name met, for the figures. */
  elements: Set<string>;
  /** Values of the `datetime` attributes of `<time>` elements. */
  datetimes: string[];
  /**
   * The headings in document order, read in the same parse by the reading of
   * `outlineFromHtml` (tests/support/outline.ts), for `outlineProblems`.
   */
  headings: OutlineHeading[];
}

/** Audits a complete document (`document: true`) or a fragment such as one component's markup. */
export function auditMarkup(html: string, { document }: { document: boolean }): MarkupAudit {
  const problems: string[] = [];
  const jsonLd: string[] = [];
  const elements = new Set<string>();
  const datetimes: string[] = [];
  const headings: OutlineHeading[] = [];
  const onParseError = (error: { code: string; startOffset: number }) => {
    // A lone surrogate from the data stays in the string, but it cannot reach a browser as one: every UTF-8
    // encoder (Node's Buffer, TextEncoder) writes it as U+FFFD, which is valid text.
    if (error.code === 'surrogate-in-input-stream') return;
    problems.push(
      `parse error ${error.code} at ${error.startOffset}: …${html.slice(Math.max(0, error.startOffset - 40), error.startOffset + 40)}…`,
    );
  };
  const tree = document ? parse(html, { onParseError }) : parseFragment(html, { onParseError });

  const ids = new Set<string>();

  const visit = (node: Node) => {
    if (node.nodeName === '#comment') {
      // React separates adjacent text nodes with `<!-- -->` and marks Suspense boundaries; any other comment came from the data.
      const data = (node as DefaultTreeAdapterTypes.CommentNode).data;
      if (!REACT_COMMENTS.has(data)) problems.push(`comment node: ${JSON.stringify(data)}`);
      return;
    }
    if (isElement(node)) {
      const name = node.tagName;
      elements.add(name);
      if (!ALLOWED_ELEMENTS.has(name) || node.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
        problems.push(`element <${name}> (${node.namespaceURI}) is not one the library renders`);
      }
      const own = ELEMENT_ATTRIBUTES[name];
      for (const { name: attribute, value } of node.attrs) {
        const where = `<${name} ${attribute}>`;
        if (attribute.startsWith('on')) problems.push(`${where}: event handler attribute`);
        else if (
          !GLOBAL_ATTRIBUTES.has(attribute) &&
          !own?.has(attribute) &&
          !/^data-[a-z0-9-]+$/.test(attribute)
        ) {
          problems.push(`${where}: attribute not in the library's vocabulary`);
        }
        if (URL_ATTRIBUTES.has(attribute)) {
          const values =
            attribute === 'srcset'
              ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
              : [value];
          for (const url of values) {
            const problem = urlProblem(url, where);
            if (problem) problems.push(problem);
          }
        }
        if (attribute === 'style') problems.push(`${where}: inline style ${JSON.stringify(value)}`);
        if (attribute === 'lang' && !LANGUAGE_TAG.test(value)) {
          problems.push(`${where}: ${JSON.stringify(value)} is not a language tag`);
        }
        if (attribute === 'id') {
          if (value === '' || /\s/.test(value))
            problems.push(`${where}: ${JSON.stringify(value)} is not a valid id`);
          if (ids.has(value)) problems.push(`${where}: the id ${JSON.stringify(value)} is used twice`);
          ids.add(value);
        }
      }
      if (name === 'meta') {
        const key = node.attrs.find(
          (attribute) => attribute.name === 'property' || attribute.name === 'name',
        )?.value;
        const content = node.attrs.find((attribute) => attribute.name === 'content')?.value;
        if (key && content !== undefined && URL_META.test(key)) {
          const problem = absoluteUrlProblem(content, `<meta ${key}>`);
          if (problem) problems.push(problem);
        }
      }
      if (
        name === 'link' &&
        node.attrs.some(
          (attribute) => attribute.name === 'rel' && /canonical|alternate/.test(attribute.value),
        )
      ) {
        const href = node.attrs.find((attribute) => attribute.name === 'href')?.value ?? '';
        const problem = absoluteUrlProblem(href, '<link rel=canonical|alternate>');
        if (problem) problems.push(problem);
      }
      const heading = headingOfParse5Element(node);
      if (heading) headings.push(heading);
      if (name === 'time') {
        const datetime = node.attrs.find((attribute) => attribute.name === 'datetime')?.value;
        if (datetime !== undefined) datetimes.push(datetime);
      }
      if (name === 'script') {
        const type = node.attrs.find((attribute) => attribute.name === 'type')?.value;
        if (type === JSON_LD) jsonLd.push(textOf(node));
        else problems.push(`<script type=${JSON.stringify(type)}>: only JSON-LD scripts are rendered`);
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(tree);
  return { problems, jsonLd, elements, datetimes, headings };
}
