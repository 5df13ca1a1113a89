import type { Inline } from '../../src/model';

/**
 * A text inside `marks` marks, cycling through the four kinds: phrases in
 * English, and one link (the second mark; HTML cannot nest links, so the
 * others of its turn are emphasis).
 */
export function nestedMarks(marks: number, text = 'fond'): Inline {
  let node: Inline = text;
  for (let level = marks; level >= 1; level -= 1) {
    const kind = level % 4;
    node =
      kind === 0
        ? { type: 'emphasis', children: [node] }
        : kind === 1
          ? { type: 'strong', children: [node] }
          : kind === 2 && level === 2
            ? { type: 'link', href: '/lien', children: [node] }
            : kind === 2
              ? { type: 'emphasis', children: [node] }
              : { type: 'foreign', lang: 'en', children: [node] };
  }
  return node;
}

/** The path of the mark at `level` (1 = the outermost) whose outermost mark is `field`. */
export const markPath = (field: string, level: number): string =>
  [field, ...Array.from({ length: level - 1 }, () => ['children', '0']).flat()].join('.');
