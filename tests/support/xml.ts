import { DOMParser, type Document as XmlDocument } from '@xmldom/xmldom';
import { XMLValidator } from 'fast-xml-parser';

// XML 1.0's Char production, less the C1 controls and non-characters it discourages.
const NOT_XML_CHARACTER =
  /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * Why a string is not a well-formed, namespace-well-formed XML document, as
 * two parsers nobody here wrote see it (fast-xml-parser's validator for the
 * syntax, @xmldom/xmldom for namespaces and structure), plus the characters
 * XML 1.0 does not allow, which neither parser checks. Empty when it is.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const syntax = XMLValidator.validate(xml);
  if (syntax !== true) problems.push(`fast-xml-parser: ${syntax.err.msg} (line ${syntax.err.line})`);
  try {
    new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problems.push(`xmldom ${level}: ${message}`);
      },
    }).parseFromString(xml, 'text/xml');
  } catch (error) {
    problems.push(`xmldom: ${String(error)}`);
  }
  const character = NOT_XML_CHARACTER.exec(xml);
  if (character) {
    const code = character[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
    problems.push(`character U+${code} at ${character.index} is not allowed in XML`);
  }
  return [...new Set(problems)];
}

/** The document, parsed; throws when it is not well-formed. */
export function parseXml(xml: string): XmlDocument {
  const problems = xmlProblems(xml);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return new DOMParser().parseFromString(xml, 'text/xml');
}

export const NS = {
  sitemap: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  news: 'http://www.google.com/schemas/sitemap-news/0.9',
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
} as const;

type XmlElement = ReturnType<XmlDocument['getElementsByTagNameNS']>[number];

/** Elements by namespace and local name, as an array. */
export function all(root: XmlDocument | XmlElement, namespace: string | null, name: string): XmlElement[] {
  return Array.from(root.getElementsByTagNameNS(namespace, name) as unknown as ArrayLike<XmlElement>);
}

/** The text of the first such element under root, or undefined. */
export function textOf(
  root: XmlDocument | XmlElement,
  namespace: string | null,
  name: string,
): string | undefined {
  return all(root, namespace, name)[0]?.textContent ?? undefined;
}
