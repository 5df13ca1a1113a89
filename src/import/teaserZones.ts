import type { Teaser } from '../model';
import type { DiagnosticLog } from './diagnostics';
import { type Classified, FAMILY_LABELS, type Metadata } from './lines';
import type { SourceLine } from './normalise';
import { withoutFinalStop } from './structure';
import { isTeaserCaption, isTeaserStandfirst, resumesBody } from './teasers';

/** A teaser of another article found in the text; it becomes a `Teaser` once given the article's URL. */
export type TeaserCandidate = Omit<Teaser, 'url'>;

export interface TeaserZones {
  teasers: TeaserCandidate[];
  /** Indexes of the lines that belong to teasers (headlines, standfirsts, captions, headings). */
  consumed: Set<number>;
  /** Indexes of lines inside teaser blocks: what they say is not about the article. */
  inside: Set<number>;
}

export function findTeasers(
  lines: SourceLine[],
  kinds: Classified[],
  log: DiagnosticLog,
  metadata: Metadata,
): TeaserZones {
  const zones: TeaserZones = { teasers: [], consumed: new Set(), inside: new Set() };
  let textLinesSeen = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const kind = kinds[index];
    const line = lines[index];
    if (!kind || !line) continue;
    if (kind.kind === 'text') textLinesSeen += 1;
    if (kind.kind !== 'teaser-heading') continue;
    zones.consumed.add(index);
    const { heading } = kind;
    if (heading.sectionName && !metadata.section) {
      metadata.section = { name: heading.sectionName };
      log.add(
        'section-from-teaser-heading',
        'info',
        `The section "${heading.sectionName}" was read from a teaser heading.`,
        [line],
      );
    }
    if (heading.headline) {
      zones.teasers.push({ headline: heading.headline });
      log.add('teaser', 'info', `Teaser of another article: "${heading.headline}".`, [line]);
      continue;
    }
    log.add('teaser-heading', 'info', 'A teaser heading was dropped.', [line]);
    // Before the body, such a heading belongs to the page's side columns; what follows may be the article.
    if (textLinesSeen < 2) continue;

    let current: TeaserCandidate | undefined;
    let next = index + 1;
    for (; next < lines.length; next += 1) {
      const nextKind = kinds[next];
      const nextLine = lines[next];
      if (!nextKind || !nextLine) continue;
      if (nextKind.kind === 'teaser-heading') break;
      if (nextKind.kind !== 'text') {
        zones.inside.add(next);
        continue;
      }
      const text = nextLine.text;
      const expectingStandfirst = current !== undefined && current.standfirst === undefined;
      if (heading.kind === 'inline' && resumesBody(text, expectingStandfirst)) break;
      zones.consumed.add(next);
      zones.inside.add(next);
      const hasNextText = kinds.slice(next + 1).some((k) => k.kind === 'text');
      if (isTeaserCaption(text, hasNextText, expectingStandfirst)) {
        log.add(
          'boilerplate',
          'info',
          `Dropped: ${FAMILY_LABELS['teaser-caption']}.`,
          [nextLine],
          'teaser-caption',
        );
      } else if (current && expectingStandfirst && isTeaserStandfirst(text)) {
        current.standfirst = text;
        log.add('teaser', 'info', 'Standfirst of the teaser above.', [nextLine]);
      } else {
        current = { headline: withoutFinalStop(text.replace(/\s*(?:\.\.\.|…)$/, '')) };
        zones.teasers.push(current);
        log.add('teaser', 'info', `Teaser of another article: "${current.headline}".`, [nextLine]);
      }
    }
    index = next - 1;
  }
  return zones;
}
