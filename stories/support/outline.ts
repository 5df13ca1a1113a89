/**
 * The heading outline of a rendered page, read from the DOM as assistive
 * technologies read it, with the problems an editor should see: no `h1`,
 * several `h1`, a level skipped on the way down.
 */

export interface OutlineEntry {
  level: number;
  /** The heading's text, whitespace collapsed. */
  text: string;
  id?: string;
  /** What is wrong with this heading's place in the outline, in French. */
  problem?: string;
}

export interface Outline {
  entries: OutlineEntry[];
  /** Problems of the outline as a whole (no heading, no `h1`), in French. */
  problems: string[];
}

const HEADING = /^H([1-6])$/;

function headingLevel(element: Element): number | undefined {
  if (element.getAttribute('role') === 'heading') {
    const level = Number(element.getAttribute('aria-level'));
    return Number.isInteger(level) && level >= 1 ? level : 2;
  }
  const match = HEADING.exec(element.tagName);
  return match ? Number(match[1]) : undefined;
}

function isHidden(element: Element): boolean {
  return element.closest('[hidden], [aria-hidden="true"]') !== null;
}

/** Reads the headings under `root`, in document order, and flags the breaks in the outline. */
export function readOutline(root: Element): Outline {
  const entries: OutlineEntry[] = [];
  let previous: number | undefined;
  let topLevels = 0;
  for (const element of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]'))) {
    const level = headingLevel(element);
    if (level === undefined || isHidden(element)) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (level === 1) topLevels += 1;
    let problem: string | undefined;
    if (text === '') problem = 'Titre vide : il est annoncé sans texte.';
    else if (level === 1 && topLevels > 1) problem = 'Deuxième h1 : une page d’article n’en a qu’un.';
    else if (previous === undefined && level !== 1)
      problem = `Le plan commence par un h${level} : le titre de l’article devrait être le h1.`;
    else if (previous !== undefined && level > previous + 1)
      problem = `Niveau sauté : h${previous} puis h${level} (h${previous + 1} attendu).`;
    entries.push({ level, text, ...(element.id ? { id: element.id } : {}), ...(problem ? { problem } : {}) });
    previous = level;
  }
  const problems: string[] = [];
  if (entries.length === 0) problems.push('Aucun titre dans la page.');
  else if (!entries.some((entry) => entry.level === 1)) problems.push('Aucun h1 dans la page.');
  return { entries, problems };
}
