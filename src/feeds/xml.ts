import { cleanText } from '../text';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Text as XML character data or an attribute value: what XML 1.0 cannot hold
 * (control characters, non-characters, lone surrogates) dropped or replaced
 * by `cleanText`, the five markup characters written as entities. Whatever
 * the data, the result cannot end an element, open a tag or break the
 * document's well-formedness.
 */
export function escapeXml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** `<name>text</name>`, the text escaped; nothing for an empty text. */
export function element(name: string, text: string | undefined): string {
  return text ? `<${name}>${escapeXml(text)}</${name}>` : '';
}

/** ` name="value"` pairs, escaped; attributes without a value are left out. */
export function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
