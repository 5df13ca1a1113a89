import type { Attribution, Block, Inline, ListBlock, QuoteBlockData, RichText } from '../model';
import type { DiagnosticLog } from './diagnostics';
import { canDetectAgainst, detectForeignLanguage, detectForeignWords } from './language';
import { attributionFor, PersonRegistry, sentencesOf } from './people';
import { repairPunctuation } from './punctuation';
import { readLeadIn, readStandaloneQuote, type SpeakerClue } from './quotes';
import { splitSentences } from './sentences';
import type { TextUnit } from './units';

/** A unit of the body with the role the labels gave it. */
export interface BodyUnit {
  unit: TextUnit;
  role: 'paragraph' | 'subheading' | 'quote' | 'list-item';
  /** The speaker an attribution line gave a quotation. */
  speaker?: string;
}

/** Passages in another language than the article's, as found. */
export interface ForeignPassage {
  lang: string;
  text: string;
}

interface Span {
  start: number;
  end: number;
  lang: string;
}

// Quoted words inside a sentence: « … », “ … ”, " … " (spaces inside are trimmed apart).
const QUOTED = /«([^«»]+)»|“([^“”]+)”|"([^"]+)"/gu;
// A term in brackets, after "ou" or before "en anglais": "(ou ransomware)", "(ransomware en anglais)".
const GLOSS = /\((?:ou )?([^()«»"“”]{2,40}?)(?: en anglais)?\)/gu;

function foreignSpans(text: string, language: string): Span[] {
  const spans: Span[] = [];
  for (const sentence of splitSentences(text)) {
    const lang = detectForeignLanguage(sentence.text, language);
    if (lang) {
      const previous = spans.at(-1);
      // Consecutive sentences in the same language make one passage.
      if (previous && previous.lang === lang && /^\s*$/.test(text.slice(previous.end, sentence.start))) {
        previous.end = sentence.end;
      } else {
        spans.push({ start: sentence.start, end: sentence.end, lang });
      }
      continue;
    }
    // A French sentence may quote words in another language.
    for (const quoted of sentence.text.matchAll(QUOTED)) {
      const spaced = quoted[1] ?? quoted[2] ?? quoted[3] ?? '';
      const inner = spaced.trim();
      const quotedLang =
        inner === ''
          ? undefined
          : (detectForeignLanguage(inner, language) ?? detectForeignWords(inner, language));
      if (!quotedLang) continue;
      const start = sentence.start + (quoted.index ?? 0) + 1 + (spaced.length - spaced.trimStart().length);
      spans.push({ start, end: start + inner.length, lang: quotedLang });
    }
    // The foreign term a French word is glossed with: "rançongiciel (ou ransomware)", "(ransomware en anglais)".
    for (const glossed of sentence.text.matchAll(GLOSS)) {
      const term = glossed[1] ?? '';
      const termLang = detectForeignWords(term, language);
      if (!termLang) continue;
      const start = sentence.start + (glossed.index ?? 0) + glossed[0].indexOf(term);
      spans.push({ start, end: start + term.length, lang: termLang });
    }
    spans.sort((a, b) => a.start - b.start);
    // A glossed term inside a quoted passage: the passage is marked, once.
    for (let index = spans.length - 1; index > 0; index -= 1) {
      const span = spans[index];
      const previous = spans[index - 1];
      if (span && previous && span.start < previous.end) spans.splice(index, 1);
    }
  }
  return spans;
}

/**
 * Rich text with every passage in another language wrapped in a `foreign`
 * mark (`lang: 'en'`…), so that it is rendered with its own `lang`; the
 * plain string when there is none.
 */
function markForeignPassages(text: string, language: string, found: ForeignPassage[]): RichText {
  const spans = foreignSpans(text, language);
  if (spans.length === 0) return text;
  const inlines: Inline[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start > cursor) inlines.push(text.slice(cursor, span.start));
    const passage = text.slice(span.start, span.end);
    inlines.push({ type: 'foreign', lang: span.lang, children: [passage] });
    found.push({ lang: span.lang, text: passage });
    cursor = span.end;
  }
  if (cursor < text.length) inlines.push(text.slice(cursor));
  return inlines;
}

/** What the importer needs to attribute quotations. */
export interface QuoteContext {
  registry: PersonRegistry;
  /** Sentences before the quotation, nearest last. */
  before: string[];
  /** The paragraph before, for a quotation introduced by "Il a déclaré :". */
  previousParagraph?: string;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function resolveSpeaker(clue: SpeakerClue | undefined, context: QuoteContext): Attribution | undefined {
  const { registry, before } = context;
  const nearest = [...before].reverse().slice(0, 3);
  if (!clue) return undefined;
  if (clue.kind === 'pronoun') {
    for (const sentence of nearest) {
      const person = registry.firstIn(sentence);
      if (person) return attributionFor(person);
    }
    return undefined;
  }
  if (clue.name) {
    const person = registry.find(clue.name) ?? { name: clue.name };
    return attributionFor(person, clue.role);
  }
  if (clue.role) {
    // "a déclaré le secrétaire général de l’OTAN": who holds the title, or who the sentence before names.
    let holder = registry.withRole(clue.role);
    for (const sentence of nearest) holder ??= registry.firstIn(sentence);
    if (holder) return attributionFor(holder, clue.role);
    return { name: capitalise(clue.phrase) };
  }
  return undefined;
}

/** A paragraph that is a stand-alone quotation, as a quote block with its speaker when the text names one. */
function readQuoteBlock(
  text: string,
  language: string,
  context: QuoteContext,
): { block: QuoteBlockData; speakerFound: boolean } | undefined {
  const quote = readStandaloneQuote(text);
  if (!quote) return undefined;
  let clue = quote.clue;
  // « … » alone, after a paragraph that ends with "Il a ajouté :".
  if (!clue && context.previousParagraph?.endsWith(':')) {
    const last = splitSentences(context.previousParagraph).at(-1)?.text;
    if (last) clue = readLeadIn(last);
  }
  const attribution = resolveSpeaker(clue, context);
  const lang = detectForeignLanguage(quote.text, language) ?? detectForeignWords(quote.text, language);
  const block: QuoteBlockData = {
    type: 'quote',
    text: quote.text,
    ...(attribution ? { attribution } : {}),
    ...(lang ? { lang } : {}),
  };
  return { block, speakerFound: attribution !== undefined };
}

/** Consecutive list items as one list block. */
function appendListItem(blocks: Block[], item: RichText, ordered: boolean): void {
  const last = blocks.at(-1);
  if (last?.type === 'list' && (last.ordered ?? false) === ordered) {
    last.items.push(item);
    return;
  }
  const list: ListBlock = { type: 'list', items: [item], ...(ordered ? { ordered: true } : {}) };
  blocks.push(list);
}

/**
 * The body blocks of the units that follow the headline and the chapô:
 * list items, subheadings, stand-alone quotations attributed from the text
 * around them, and paragraphs with their passages in another language.
 */
export function buildBody(
  units: readonly BodyUnit[],
  standfirst: string | undefined,
  language: string,
  log: DiagnosticLog,
): Block[] {
  const texts = units.map(({ unit }) => repairPunctuation(unit.text));
  const registry = new PersonRegistry([...(standfirst ? [standfirst] : []), ...texts]);
  const detectForeign = canDetectAgainst(language);
  const before: string[] = standfirst ? sentencesOf([standfirst]) : [];
  const body: Block[] = [];

  units.forEach(({ unit, role, speaker }, index) => {
    const text = texts[index] ?? '';
    if (text !== unit.text) {
      log.add(
        'punctuation-repaired',
        'info',
        `Stray punctuation was repaired: "${text.slice(-60)}".`,
        unit.lines,
      );
    }
    const found: ForeignPassage[] = [];
    const rich = (value: string) => (detectForeign ? markForeignPassages(value, language, found) : value);
    if (role === 'list-item') {
      appendListItem(body, rich(text), unit.bullet?.ordered ?? false);
    } else if (role === 'subheading') {
      body.push({ type: 'subheading', text });
    } else {
      const previousParagraph = index > 0 ? texts[index - 1] : standfirst;
      const quote =
        role === 'quote'
          ? pullQuote(text, speaker, language, registry)
          : readQuoteBlock(text, language, {
              registry,
              before,
              ...(previousParagraph ? { previousParagraph } : {}),
            });
      if (quote) {
        body.push(quote.block);
        const name = quote.block.attribution?.name;
        log.add(
          'quote',
          'info',
          name ? `Quotation attributed to ${name}.` : 'Stand-alone quotation.',
          unit.lines,
        );
        if (!quote.speakerFound) {
          log.add(
            'quote-speaker-missing',
            'warning',
            'A stand-alone quotation names no speaker the text identifies.',
            unit.lines,
          );
        }
        if (quote.block.lang) found.push({ lang: quote.block.lang, text: quote.block.text });
      } else {
        body.push({ type: 'paragraph', text: rich(text) });
      }
    }
    for (const passage of found) {
      log.add(
        'foreign-passage',
        'info',
        `Passage in another language (${passage.lang}): "${passage.text.slice(0, 80)}".`,
        unit.lines,
      );
    }
    before.push(...sentencesOf([text]));
  });
  return body;
}

// "Elon Musk (@elonmusk) March 16, 2020": the name before the handle or the date.
function speakerName(line: string): string {
  const cut = line.search(/\s[(@]|,\s/u);
  return (cut > 0 ? line.slice(0, cut) : line).trim();
}

/** A pull quote or a quotation set apart with its attribution line: the words as printed, outer marks removed. */
function pullQuote(
  text: string,
  speaker: string | undefined,
  language: string,
  registry: PersonRegistry,
): { block: QuoteBlockData; speakerFound: boolean } {
  const inner = readStandaloneQuote(text)?.text ?? text;
  const name = speaker ? speakerName(speaker) : undefined;
  const attribution = name ? attributionFor(registry.find(name) ?? { name }) : undefined;
  const lang = detectForeignLanguage(inner, language) ?? detectForeignWords(inner, language);
  const block: QuoteBlockData = {
    type: 'quote',
    text: inner,
    ...(attribution ? { attribution } : {}),
    ...(lang ? { lang } : {}),
  };
  return { block, speakerFound: attribution !== undefined };
}
