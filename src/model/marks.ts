/**
 * How many inline marks (emphasis, strong, link, foreign phrase) may enclose
 * a piece of text: 32. A text inside 32 marks is fine; a mark nested inside
 * 32 others is too deep, and so is everything it holds. No real article comes
 * near it (three or four is a lot); the limit stops cyclic or hostile data
 * before a stack does, and every part of the library applies the same one:
 * `parseArticle` refuses such a mark with its path, `auditArticle` reports it,
 * and the components, the plain text (structured data, word counts) and the
 * audit's checks leave it out with what it holds, with a development warning.
 */
export const MAX_MARK_DEPTH = 32;

/**
 * The path, from the rich text value (`['0', 'children', '2']`), of the first
 * mark nested inside `MAX_MARK_DEPTH` others, or `undefined` when there is
 * none. Reads own `children` lists only; safe on cyclic or shared data (each
 * list is walked again only when reached deeper than before).
 */
export function tooDeepMark(text: unknown): string[] | undefined {
  const deepest = new Map<unknown, number>();
  const walk = (nodes: unknown, level: number): string[] | undefined => {
    if (!Array.isArray(nodes) || (deepest.get(nodes) ?? -1) >= level) return undefined;
    deepest.set(nodes, level);
    for (let index = 0; index < nodes.length; index += 1) {
      const node: unknown = nodes[index];
      if (node === null || typeof node !== 'object' || Array.isArray(node)) continue;
      if (level + 1 > MAX_MARK_DEPTH) return [String(index)];
      if (!Object.hasOwn(node, 'children')) continue;
      const inner = walk((node as { children: unknown }).children, level + 1);
      if (inner) return [String(index), 'children', ...inner];
    }
    return undefined;
  };
  return walk(text, 0);
}

/**
 * The rich-text fields of an article's body (`body.3.text`, `body.5.items.1`)
 * with their values, for the checks that walk every mark. Reads own
 * properties only.
 */
export function bodyRichTexts(body: unknown): { path: string; value: unknown }[] {
  if (!Array.isArray(body)) return [];
  const own = (value: unknown, key: string): unknown =>
    value !== null && typeof value === 'object' && Object.hasOwn(value, key)
      ? (value as Record<string, unknown>)[key]
      : undefined;
  return body.flatMap((block: unknown, index) => {
    const type = own(block, 'type');
    if (type === 'paragraph') return [{ path: `body.${index}.text`, value: own(block, 'text') }];
    const items = own(block, 'items');
    if (type === 'list' && Array.isArray(items)) {
      return items.map((value: unknown, item) => ({ path: `body.${index}.items.${item}`, value }));
    }
    return [];
  });
}

/** The first mark of the body nested too deep (`tooDeepMark`), with its full path (`body.3.text.0.children.0…`). */
export function tooDeepMarkInBody(body: unknown): string | undefined {
  for (const { path, value } of bodyRichTexts(body)) {
    const found = tooDeepMark(value);
    if (found) return [path, ...found].join('.');
  }
  return undefined;
}

/** The message every report gives for a mark nested too deep. */
export const MARK_DEPTH_MESSAGE = `a mark nested inside ${MAX_MARK_DEPTH} others: at most ${MAX_MARK_DEPTH} marks may enclose a text, and what this one holds is left out`;
