import type { ArticleSection, Author, Teaser } from '../model';
import { trimEndMatching, trimStartMatching } from '../text';
import { type BodyUnit, buildBody } from './body';
import type { BoilerplateFamily, DiagnosticCode, DiagnosticLog } from './diagnostics';
import type { UnitFeatures } from './features';
import type { DateLine, DateLineDates } from './frenchDates';
import type { Label, Labelling } from './labels';
import { splitTrailingSource } from './metadata';
import { foldKey, type SourceLine } from './normalise';
import { stripHeadlinePrompt } from './prompts';
import { repairPunctuation } from './punctuation';
import { splitSentences } from './sentences';
import { isTeaserCaption, isTeaserStandfirst } from './teasers';

/** A teaser of another article found in the text; it becomes a `Teaser` once given the article's URL. */
export type TeaserCandidate = Omit<Teaser, 'url'>;

const FAMILY_LABELS: Record<BoilerplateFamily, string> = {
  advertising: 'ad marker',
  social: 'share or comment widget',
  subscription: 'newsletter, app or cookie prompt',
  navigation: 'navigation text',
  paywall: 'paywall or membership marker',
  'article-tools': 'article tool',
  scraper: 'plugin credit or scraper artefact',
  'teaser-caption': 'caption of a teaser picture',
};

/** What the text says of the article around its body. */
export interface Metadata {
  authors: Author[];
  credits: string[];
  captions: string[];
  source?: string;
  tags: string[];
  dates: DateLineDates;
  section?: ArticleSection;
  teasers: TeaserCandidate[];
  /** The unit that gave the last teaser its headline: its standfirst may follow. */
  lastTeaserUnit?: number;
}

// French headlines take no full stop; an ellipsis or a question stays.
function withoutFinalStop(text: string): string {
  return text.endsWith('.') && !text.endsWith('..') ? text.slice(0, -1) : text;
}

// "Titre coupé…" → "Titre coupé".
function withoutEllipsis(text: string): string {
  if (text.endsWith('…')) return trimEndMatching(text.slice(0, -1), /\s/u);
  return text.endsWith('...') ? trimEndMatching(text.slice(0, -3), /\s/u) : text;
}

function withAuthors(metadata: Metadata, authors: readonly Author[]): void {
  for (const author of authors) {
    if (!metadata.authors.some((known) => known.name === author.name)) metadata.authors.push(author);
  }
}

function setSource(metadata: Metadata, name: string, lines: readonly SourceLine[], log: DiagnosticLog): void {
  if (metadata.source === undefined) {
    metadata.source = name;
    log.add('source', 'info', `Source: ${name}.`, lines);
  } else if (foldKey(metadata.source) !== foldKey(name)) {
    log.add(
      'source',
      'warning',
      `A second source (${name}) was found; the first one (${metadata.source}) is kept.`,
      lines,
    );
  }
}

function applyDate(
  date: DateLine,
  lines: readonly SourceLine[],
  metadata: Metadata,
  log: DiagnosticLog,
): void {
  if (date.empty) {
    log.add('date-line-empty', 'info', 'A date line without any date was dropped.', lines);
    return;
  }
  metadata.dates.published ??= date.dates.published;
  metadata.dates.modified ??= date.dates.modified;
  const message = date.withoutTime
    ? 'A date line was read and dropped; it gives the day only, without a time.'
    : 'A date line was read and dropped.';
  log.add('date-line', 'info', message, lines);
}

function logDropped(f: UnitFeatures, label: Label, code: DiagnosticCode, log: DiagnosticLog): void {
  const family = label.family;
  const what = family ? `Dropped: ${FAMILY_LABELS[family]}.` : `Dropped: ${label.reason}`;
  const reason = family ? ` ${label.reason}` : '';
  log.add(
    code,
    label.unsure ? 'warning' : 'info',
    `${what}${reason}${label.unsure ? ' (unsure)' : ''}`,
    f.unit.lines,
    family,
  );
}

/** Reads what one unit that is not body text says of the article, and logs why it was dropped. */
function applyUnit(
  f: UnitFeatures,
  label: Label,
  isLast: boolean,
  metadata: Metadata,
  log: DiagnosticLog,
): void {
  const lines = f.unit.lines;
  switch (label.role) {
    case 'prompt':
      log.add(
        'writing-prompt',
        'warning',
        'An instruction to a writing tool was dropped: the text was likely machine-edited.',
        lines,
      );
      return;
    case 'source':
      if (f.source) setSource(metadata, f.source, lines, log);
      return;
    case 'credit':
      if (f.credit && !metadata.credits.some((credit) => foldKey(credit) === foldKey(f.credit ?? '')))
        metadata.credits.push(f.credit);
      log.add('credit', 'info', `Image credit: ${f.credit}.`, lines);
      return;
    case 'caption':
      metadata.captions.push(f.text);
      log.add('caption', 'info', 'An image caption was taken out of the body.', lines);
      return;
    case 'byline': {
      const byline = f.byline;
      if (!byline) {
        if (f.signature) withAuthors(metadata, [f.signature]);
        log.add('byline', 'info', `Author: ${f.signature?.name ?? f.text} (${label.reason})`, lines);
        return;
      }
      withAuthors(metadata, byline.authors);
      const names = byline.authors.map((author) => author.name).join(', ');
      log.add('byline', 'info', names ? `Authors: ${names}.` : 'Byline without a person.', lines);
      for (const organisation of byline.organisations)
        log.add('byline-organisation', 'info', `"${organisation}" is an organisation, not an author.`, lines);
      for (const agency of byline.sources) setSource(metadata, agency, lines, log);
      if (f.bylineDate) applyDate(f.bylineDate, lines, metadata, log);
      return;
    }
    case 'signature':
      if (f.signature) {
        withAuthors(metadata, [f.signature]);
        log.add('byline', 'info', `Signature at the end: ${f.signature.name}.`, lines);
      }
      return;
    case 'date':
      if (f.date) applyDate(f.date, lines, metadata, log);
      return;
    case 'tags':
      for (const tag of f.tags ?? []) if (!metadata.tags.includes(tag)) metadata.tags.push(tag);
      log.add('tags', 'info', `Keywords: ${(f.tags ?? []).join(', ')}.`, lines);
      return;
    case 'kicker':
      metadata.section ??= { name: f.text };
      log.add('section-kicker', 'info', `"${f.text}" above the headline was read as the section.`, lines);
      return;
    case 'headline-repeat':
      log.add('headline-repeated', 'info', 'A repetition of the headline was dropped.', lines);
      return;
    case 'teaser-heading':
      if (f.teaserHeading?.sectionName && !metadata.section) {
        metadata.section = { name: f.teaserHeading.sectionName };
        log.add(
          'section-from-teaser-heading',
          'info',
          `The section "${f.teaserHeading.sectionName}" was read from a teaser heading.`,
          lines,
        );
      }
      log.add('teaser-heading', 'info', 'A teaser heading was dropped.', lines);
      return;
    case 'teaser': {
      const headline = f.teaserHeading?.headline;
      const last = metadata.teasers.at(-1);
      const expectingStandfirst =
        last !== undefined && last.standfirst === undefined && metadata.lastTeaserUnit === f.index - 1;
      if (headline) {
        metadata.teasers.push({ headline });
        log.add('teaser', 'info', `Teaser of another article: "${headline}".`, lines);
      } else if (f.furniture || f.words < 3 || f.digits > 0.2) {
        logDropped(f, { ...label, ...(f.furniture ? { family: f.furniture.family } : {}) }, 'teaser', log);
      } else if (isTeaserCaption(f.text, !isLast, expectingStandfirst)) {
        log.add(
          'boilerplate',
          'info',
          `Dropped: ${FAMILY_LABELS['teaser-caption']}.`,
          lines,
          'teaser-caption',
        );
      } else if (last && expectingStandfirst && isTeaserStandfirst(f.text)) {
        last.standfirst = f.text;
        log.add('teaser', 'info', 'Standfirst of the teaser above.', lines);
      } else {
        // ">> Titre", "• Titre": the arrow or bullet that marks a link is no part of the title.
        const title = withoutFinalStop(withoutEllipsis(trimStartMatching(f.text, /[\s»>•|▶►–—-]/u)));
        metadata.teasers.push({ headline: title });
        metadata.lastTeaserUnit = f.index;
        log.add('teaser', 'info', `Teaser of another article: "${title}".`, lines);
      }
      return;
    }
    case 'attribution':
      log.add('quote', 'info', `Attribution of the quotation above: ${f.attribution}.`, lines);
      return;
    case 'label':
      log.add('boilerplate', 'info', `Dropped: a label of the page ("${f.text}").`, lines, 'navigation');
      return;
    default:
      logDropped(f, label, label.family || !label.unsure ? 'boilerplate' : 'furniture', log);
  }
}

/** The standfirst, without a label in capitals glued to it ("GUERRE Le président…"). */
function standfirstText(f: UnitFeatures, log: DiagnosticLog): string {
  log.add('standfirst', 'info', 'The first paragraph was read as the standfirst (chapô).', f.unit.lines);
  const label = /^\p{Lu}{3,}(?:[\s-]\p{Lu}{2,}){0,2}\s(?=\p{Lu}\p{Ll})/u.exec(f.text);
  if (label)
    log.add(
      'standfirst',
      'info',
      `The label "${label[0].trim()}" was cut from the front of the standfirst.`,
      f.unit.lines,
    );
  return repairPunctuation(label ? f.text.slice(label[0].length) : f.text);
}

function headlineText(f: UnitFeatures, log: DiagnosticLog): string {
  const stripped = stripHeadlinePrompt(f.text);
  if (stripped.prefix)
    log.add(
      'headline-prompt-removed',
      'warning',
      `"${stripped.prefix}" was cut from the front of the headline.`,
      f.unit.lines,
    );
  return withoutFinalStop(repairPunctuation(stripped.headline));
}

/** The article's parts, read from the labelled units. */
export interface Assembled {
  headline: string;
  standfirst?: string;
  metadata: Metadata;
  body: ReturnType<typeof buildBody>;
}

/** Builds the article's parts from the labels; logs a reason for every unit kept or dropped. */
export function assemble(
  features: readonly UnitFeatures[],
  labelling: Labelling,
  language: string,
  log: DiagnosticLog,
): Assembled {
  const { labels } = labelling;
  const metadata: Metadata = { authors: [], credits: [], captions: [], tags: [], dates: {}, teasers: [] };
  let headline = '';
  let standfirst: string | undefined;
  const bodyUnits: BodyUnit[] = [];
  features.forEach((f, index) => {
    const label = labels[index];
    if (!label) return;
    if (f.unit.lines.length > 1)
      log.add(
        'lines-joined',
        'info',
        `${f.unit.lines.length} lines were joined into one paragraph.`,
        f.unit.lines,
      );
    switch (label.role) {
      case 'headline':
        headline = headlineText(f, log);
        return;
      case 'standfirst':
        standfirst = standfirstText(f, log);
        return;
      case 'paragraph':
      case 'subheading':
      case 'quote':
      case 'list-item': {
        const previous = bodyUnits.at(-1);
        // The lines of one quotation in one block (a post's text, then its last line): one quote.
        if (
          label.role === 'quote' &&
          previous?.role === 'quote' &&
          !f.unit.opensBlock &&
          labels[index - 1]?.role === 'quote'
        ) {
          bodyUnits[bodyUnits.length - 1] = {
            unit: {
              ...previous.unit,
              text: `${previous.unit.text} ${f.unit.text}`,
              lines: [...previous.unit.lines, ...f.unit.lines],
            },
            role: 'quote',
            ...(label.speaker ? { speaker: label.speaker } : {}),
          };
          return;
        }
        bodyUnits.push({
          unit: f.unit,
          role: label.role,
          ...(label.speaker ? { speaker: label.speaker } : {}),
        });
        if (label.unsure) log.add('body-text', 'warning', `Kept, unsure: ${label.reason}`, f.unit.lines);
        return;
      }
      default:
        applyUnit(f, label, index === features.length - 1, metadata, log);
    }
  });

  if (labelling.headline < 0) {
    const first = bodyUnits[0]?.unit;
    const sentence = first ? (splitSentences(first.text)[0]?.text ?? '') : '';
    log.add(
      'headline-missing',
      'error',
      sentence
        ? 'No headline was found: the first sentence stands in for it until an editor writes one.'
        : 'No headline was found.',
      first?.lines ?? [],
    );
    headline = withoutFinalStop(repairPunctuation(sentence));
  }

  // An agency signature at the end of the last paragraph: "… (ats/nxp)".
  const last = bodyUnits.at(-1);
  const trailing = last && last.role === 'paragraph' ? splitTrailingSource(last.unit.text) : undefined;
  if (last && trailing) {
    bodyUnits[bodyUnits.length - 1] = { ...last, unit: { ...last.unit, text: trailing.text } };
    setSource(metadata, trailing.source, last.unit.lines.slice(-1), log);
  }
  const body = buildBody(bodyUnits, standfirst, language, log);
  return { headline, ...(standfirst ? { standfirst } : {}), metadata, body };
}
