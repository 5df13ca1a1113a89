import type { Inline } from '../../src/model';
import { manchette } from '../built.ts';

const { frenchTypography, richTextToPlainText } = manchette;

/** The text of a node, typeset with its neighbouring characters, as the library's RichText does. */
export function typesetInContext(text: string, before: string, after: string): string {
  if (before === '' && after === '') return frenchTypography(text);
  const result = frenchTypography(before + text + after);
  return result.startsWith(before) && result.endsWith(after)
    ? result.slice(before.length, result.length - after.length)
    : frenchTypography(text);
}

export const lastChar = (text: string) => Array.from(text.slice(-2)).pop() ?? '';
export const firstChar = (text: string) => Array.from(text.slice(0, 2))[0] ?? '';

export function plainTexts(nodes: readonly Inline[]): string[] {
  return nodes.map((node) => richTextToPlainText([node]));
}

// The seeds' quotations are French: guillemets set apart with narrow no-break spaces.
export const OPEN_QUOTE = '«\u202F';
export const CLOSE_QUOTE = '\u202F»';

/** The quotation without the marks that wrap it in the data. */
export function bareQuotation(text: string): string {
  const trimmed = text.trim();
  const wrapped = /^(?:«|“|")\s*([\s\S]*?)\s*(?:»|”|")$/u.exec(trimmed);
  return wrapped ? (wrapped[1] as string) : trimmed;
}
