import type { ArticleSection, Author } from '../model';
import { type BoilerplateMatch, matchBoilerplate } from './boilerplate';
import type { DiagnosticLog } from './diagnostics';
import { type DateLine, type DateLineDates, readDateLine } from './frenchDates';
import { type Byline, readBylineLine, readCreditLine, readSourceLine, readTagsLine } from './metadata';
import { foldKey, type SourceLine } from './normalise';
import { isWritingPrompt } from './prompts';
import { matchTeaserHeading, type TeaserHeading } from './teasers';

/** What one line of the raw text is. */
export type Classified =
  | { kind: 'blank' }
  | { kind: 'text' }
  | { kind: 'prompt' }
  | { kind: 'teaser-heading'; heading: TeaserHeading }
  | { kind: 'boilerplate'; match: BoilerplateMatch }
  | { kind: 'source'; name: string }
  | { kind: 'credit'; credit: string }
  | { kind: 'byline'; byline: Byline }
  | { kind: 'date'; date: DateLine }
  | { kind: 'tags'; tags: string[] };

/**
 * What a line is, judged on its own. The order matters: furniture comes
 * before metadata, so that "Source link -57" is not a source line nor "Par"
 * a byline; a byline before a date line, which it may carry.
 */
export function classify(line: SourceLine, timeZone: string): Classified {
  const text = line.text;
  if (text === '') return { kind: 'blank' };
  if (isWritingPrompt(text)) return { kind: 'prompt' };
  const heading = matchTeaserHeading(text);
  if (heading) return { kind: 'teaser-heading', heading };
  const boilerplate = matchBoilerplate(text);
  if (boilerplate) return { kind: 'boilerplate', match: boilerplate };
  const source = readSourceLine(text);
  if (source) return { kind: 'source', name: source };
  const credit = readCreditLine(text);
  if (credit) return { kind: 'credit', credit };
  const byline = readBylineLine(text);
  if (byline) return { kind: 'byline', byline };
  const date = readDateLine(text, timeZone);
  if (date) return { kind: 'date', date };
  const tags = readTagsLine(text);
  if (tags) return { kind: 'tags', tags };
  return { kind: 'text' };
}

export const FAMILY_LABELS: Record<BoilerplateMatch['family'], string> = {
  advertising: 'ad marker',
  social: 'share or comment widget',
  subscription: 'newsletter, app or cookie prompt',
  navigation: 'navigation text',
  paywall: 'paywall or membership marker',
  'article-tools': 'article tool',
  scraper: 'plugin credit or scraper artefact',
  'teaser-caption': 'caption of a teaser picture',
};

/** Collects what the lines around the text say of the article. */
export interface Metadata {
  authors: Author[];
  credits: string[];
  source?: string;
  tags: string[];
  dates: DateLineDates;
  section?: ArticleSection;
}

function addAuthors(metadata: Metadata, authors: readonly Author[]): void {
  for (const author of authors) {
    if (!metadata.authors.some((known) => known.name === author.name)) metadata.authors.push(author);
  }
}

export function setSource(
  metadata: Metadata,
  name: string,
  line: SourceLine | undefined,
  log: DiagnosticLog,
): void {
  if (metadata.source === undefined) {
    metadata.source = name;
    log.add('source', 'info', `Source: ${name}.`, line ? [line] : []);
  } else if (foldKey(metadata.source) !== foldKey(name)) {
    log.add(
      'source',
      'warning',
      `A second source (${name}) was found; the first one (${metadata.source}) is kept.`,
      line ? [line] : [],
    );
  }
}

/** Applies a non-text line: logs it and keeps what it says of the article. */
export function applyLine(
  kind: Classified,
  line: SourceLine,
  inTeasers: boolean,
  metadata: Metadata,
  log: DiagnosticLog,
  timeZone: string,
): void {
  switch (kind.kind) {
    case 'prompt':
      log.add(
        'writing-prompt',
        'warning',
        'An instruction to a writing tool was dropped: the text was likely machine-edited.',
        [line],
      );
      return;
    case 'boilerplate':
      log.add(
        'boilerplate',
        'info',
        `Dropped: ${FAMILY_LABELS[kind.match.family]}.`,
        [line],
        kind.match.family,
      );
      return;
    case 'source':
      if (inTeasers) break;
      setSource(metadata, kind.name, line, log);
      return;
    case 'credit':
      if (inTeasers) break;
      if (!metadata.credits.some((credit) => foldKey(credit) === foldKey(kind.credit)))
        metadata.credits.push(kind.credit);
      log.add('credit', 'info', `Image credit: ${kind.credit}.`, [line]);
      return;
    case 'byline': {
      if (inTeasers) break;
      const { byline } = kind;
      addAuthors(metadata, byline.authors);
      const names = byline.authors.map((author) => author.name).join(', ');
      log.add('byline', 'info', names ? `Authors: ${names}.` : 'Byline without a person.', [line]);
      for (const organisation of byline.organisations) {
        log.add('byline-organisation', 'info', `"${organisation}" is an organisation, not an author.`, [
          line,
        ]);
      }
      for (const agency of byline.agencies) setSource(metadata, agency, line, log);
      if (byline.dateText) {
        const date = readDateLine(byline.dateText, timeZone);
        if (date) applyDate(date, line, metadata, log);
      }
      return;
    }
    case 'date':
      if (inTeasers) break;
      applyDate(kind.date, line, metadata, log);
      return;
    case 'tags':
      if (inTeasers) break;
      for (const tag of kind.tags) if (!metadata.tags.includes(tag)) metadata.tags.push(tag);
      log.add('tags', 'info', `Keywords: ${kind.tags.join(', ')}.`, [line]);
      return;
    default:
      return;
  }
  log.add('teaser', 'info', 'A line of a teaser block was dropped.', [line]);
}

function applyDate(date: DateLine, line: SourceLine, metadata: Metadata, log: DiagnosticLog): void {
  if (date.empty) {
    log.add('date-line-empty', 'info', 'A date line without any date was dropped.', [line]);
    return;
  }
  metadata.dates.published ??= date.dates.published;
  metadata.dates.modified ??= date.dates.modified;
  const message = date.withoutTime
    ? 'A date line was dropped; a date without a time gives no instant to publish.'
    : 'A date line was read and dropped.';
  log.add('date-line', 'info', message, [line]);
}
