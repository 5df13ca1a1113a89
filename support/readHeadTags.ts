/** One `<meta>` tag as read back from a document: its `name` or `property`, and its content. */
export interface ReadMetaTag {
  key: string;
  content: string;
}

/** One `<link>` tag as read back from a document. */
export interface ReadLinkTag {
  rel: string;
  href: string;
  hrefLang?: string;
}

/** What a crawler finds in a page's head, read back from the DOM. */
export interface HeadTags {
  /** Text of every `<title>` (a correct page has exactly one). */
  titles: string[];
  /** `lang` of `<html>`, when the root is a whole document. */
  lang?: string;
  meta: ReadMetaTag[];
  links: ReadLinkTag[];
  /** Every `application/ld+json` script, parsed; `undefined` for one that is not valid JSON. */
  jsonLd: unknown[];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads back the tags that search engines and social networks look at
 * (titles, meta, links, JSON-LD) from a document or any part of one, in
 * document order. Framework-free; stories, tests and a preview panel share it.
 *
 * @example
 * const { titles, meta } = readHeadTags(document);
 * meta.find((tag) => tag.key === 'og:title')?.content;
 */
export function readHeadTags(root: Document | Element): HeadTags {
  const all = <E extends Element>(selector: string) => Array.from(root.querySelectorAll<E>(selector));
  const documentElement = 'documentElement' in root ? root.documentElement : undefined;
  return {
    titles: all<HTMLTitleElement>('title').map((title) => title.textContent ?? ''),
    ...(documentElement?.hasAttribute('lang') ? { lang: documentElement.getAttribute('lang') ?? '' } : {}),
    meta: all<HTMLMetaElement>('meta[name], meta[property]').map((meta) => ({
      key: meta.getAttribute('property') ?? meta.getAttribute('name') ?? '',
      content: meta.getAttribute('content') ?? '',
    })),
    links: all<HTMLLinkElement>('link[rel]').map((link) => ({
      rel: link.getAttribute('rel') ?? '',
      href: link.getAttribute('href') ?? '',
      ...(link.hasAttribute('hreflang') ? { hrefLang: link.getAttribute('hreflang') ?? '' } : {}),
    })),
    jsonLd: all<HTMLScriptElement>('script[type="application/ld+json"]').map((script) =>
      parseJson(script.textContent ?? ''),
    ),
  };
}
