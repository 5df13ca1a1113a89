import type { BoilerplateFamily } from './diagnostics';
import { isProse, type UnitFeatures } from './features';
import { foldKey } from './normalise';
import { resumesBody } from './teasers';

/** What a unit of the text is, once judged against its neighbours. */
export type Role =
  | 'headline'
  | 'kicker'
  | 'navigation'
  | 'standfirst'
  | 'byline'
  | 'date'
  | 'source'
  | 'credit'
  | 'caption'
  | 'tags'
  | 'signature'
  | 'label'
  | 'paragraph'
  | 'subheading'
  | 'quote'
  | 'attribution'
  | 'list-item'
  | 'headline-repeat'
  | 'prompt'
  | 'furniture'
  | 'teaser-heading'
  | 'teaser';

/** The decision on one unit, with its reason. */
export interface Label {
  role: Role;
  /** Why, in words an editor can check: which features decided. */
  reason: string;
  /** A decision the features only lean towards: an editor should look at it. */
  unsure?: boolean;
  /** The furniture family, when the line matched a known one. */
  family?: BoilerplateFamily;
  /** For a quotation: its speaker, read from an attribution line. */
  speaker?: string;
}

/** The labelled text: one label per unit, and where the article's parts stand. */
export interface Labelling {
  labels: Label[];
  /** Index of the headline unit, or -1 when the text has none. */
  headline: number;
  /** First and last unit of the densest run of prose (the body), inclusive; -1 when there is none. */
  run: { start: number; end: number };
  /** The text reads as an interview: its questions are body text, not subheadings. */
  interview: boolean;
}

// --- 1. Each unit on its own (jusText's context-free classes) -----------------

type ProseClass = 'good' | 'near' | 'short' | 'bad';

/** Why a unit is page furniture whatever surrounds it; undefined when nothing says so. */
function furnitureReason(f: UnitFeatures): string | undefined {
  if (f.prompt) return 'an instruction to a writing tool';
  if (f.furniture) return `a known piece of page furniture (${f.furniture.family})`;
  if (f.teaserHeading) return 'a heading of teasers';
  if (f.label) return 'a label of the page';
  if (f.contentsEntry) return 'an entry of a table of contents';
  if (isCapitalsButton(f)) return 'a label in capitals that is no heading (a link or a button)';
  if (f.words <= 12 && f.repeats > 0) return `a short line the page repeats (${f.repeats + 1} times)`;
  if (f.words <= 8 && f.digits > 0 && f.shapeRepeats > 1)
    return `a short line whose shape the page repeats (${f.shapeRepeats + 1} times)`;
  return undefined;
}

// "NOTRE DOSSIER « ÉLECTIONS »", "VOIR LA VIDÉO :": a few words in capitals
// that end or quote like a link, where an intertitle in capitals ends bare.
function isCapitalsButton(f: UnitFeatures): boolean {
  return (
    f.words <= 10 &&
    f.capitals >= 0.85 &&
    (f.text.match(/\p{Lu}/gu)?.length ?? 0) >= 8 &&
    /[«»"“”:>›]/u.test(f.text)
  );
}

function isMetadata(f: UnitFeatures): boolean {
  return Boolean(f.source || f.credit || f.byline || f.date || f.tags || f.attribution);
}

function proseClass(f: UnitFeatures): ProseClass {
  if (furnitureReason(f) || isMetadata(f) || (f.caption && !isProse(f))) return 'bad';
  if (f.unit.bullet) return f.words >= 3 ? 'near' : 'short';
  // A line without a sentence's end, short enough for an intertitle: its neighbours decide.
  if (f.chars < 70 || (!f.terminal && f.chars <= 120 && f.words <= 16)) return 'short';
  if (isProse(f) && f.functionShare >= 0.3) return 'good';
  if (f.functionShare >= 0.25 && (f.terminal || f.chars >= 160)) return 'near';
  return 'bad';
}

// --- 2. Context smoothing (jusText's revision of short and near-good units) ----

function neighbour(
  classes: readonly ProseClass[],
  from: number,
  step: 1 | -1,
  skipNear: boolean,
): ProseClass {
  for (let index = from + step; index >= 0 && index < classes.length; index += step) {
    const value = classes[index];
    if (value === 'good' || value === 'bad') return value;
    if (value === 'near' && !skipNear) return value;
  }
  return 'bad';
}

/** Short units take the class of their surroundings, near-good ones stay unless furniture surrounds them. */
function smooth(classes: readonly ProseClass[]): ('good' | 'bad')[] {
  const shortRevised = classes.map((value, index) => {
    if (value !== 'short') return value;
    const before = neighbour(classes, index, -1, true);
    const after = neighbour(classes, index, 1, true);
    if (before === after) return before;
    const nearBefore = neighbour(classes, index, -1, false);
    const nearAfter = neighbour(classes, index, 1, false);
    if ((nearBefore === 'bad' && nearAfter === 'near') || (nearBefore === 'near' && nearAfter === 'bad'))
      return 'bad';
    return 'good';
  });
  return shortRevised.map((value, index) => {
    if (value === 'good' || value === 'bad') return value;
    const before = neighbour(shortRevised, index, -1, true);
    const after = neighbour(shortRevised, index, 1, true);
    return before === 'bad' && after === 'bad' ? 'bad' : 'good';
  });
}

// --- 3. The densest run of prose -------------------------------------------------

// What one unit that is not prose costs the run: a run goes through a share
// bar or an ad marker between two paragraphs, not through a list of teaser
// titles that nothing recognises.
const FURNITURE_COST = 80;
const KNOWN_FURNITURE_COST = 5;
const BOUNDARY_COST = 1_000_000;

/**
 * The run of units with the most prose and the least furniture (a maximum
 * sum sub-array, in one pass): prose counts for its length, furniture
 * against it, and a closing heading of teasers ("Les plus lus") ends any run.
 */
function densestRun(
  features: readonly UnitFeatures[],
  classes: readonly ProseClass[],
  smoothed: readonly ('good' | 'bad')[],
) {
  let best = { start: -1, end: -1, sum: 0 };
  let start = 0;
  let sum = 0;
  const isProseUnit = (index: number) =>
    classes[index] === 'good' || (classes[index] === 'near' && smoothed[index] === 'good');
  features.forEach((f, index) => {
    let weight: number;
    if (f.teaserHeading?.kind === 'closing') weight = -BOUNDARY_COST;
    else if (isProseUnit(index)) weight = f.chars;
    else if (smoothed[index] === 'good') weight = 1;
    // Known furniture and metadata are dropped wherever they stand: they barely weigh on the run.
    else if (furnitureReason(f) || isMetadata(f) || f.caption) weight = -KNOWN_FURNITURE_COST;
    else weight = -FURNITURE_COST;
    if (sum <= 0) {
      start = index;
      sum = 0;
    }
    sum += weight;
    if (sum > best.sum) best = { start, end: index, sum };
  });
  // The run starts and ends with prose: a headline or a short line at its edges is judged apart.
  let { start: first, end: last } = best;
  while (first >= 0 && first < last && !isProseUnit(first)) first += 1;
  while (last > first && !isProseUnit(last)) last -= 1;
  if (first >= 0 && !isProseUnit(first)) return { start: -1, end: -1 };
  last = withoutClosingAddress(features, smoothed, isProseUnit, first, last);
  return { start: first, end: last };
}

/**
 * The run without its last stretch when that stretch, set apart by a
 * newsletter or subscription widget, mostly speaks to the reader: a newsletter's pitch, a form's small print
 * ("vous bénéficiez d’un droit d’accès…") printed after the article.
 */
function withoutClosingAddress(
  features: readonly UnitFeatures[],
  smoothed: readonly ('good' | 'bad')[],
  isProseUnit: (index: number) => boolean,
  first: number,
  last: number,
): number {
  let gap = last;
  while (gap > first && (isProseUnit(gap) || smoothed[gap] === 'good')) gap -= 1;
  if (gap <= first) return last;
  let prose = 0;
  let addressing = 0;
  for (let index = gap + 1; index <= last; index += 1) {
    if (!isProseUnit(index)) continue;
    prose += 1;
    if (features[index]?.addressesReader) addressing += 1;
  }
  if (prose === 0 || addressing * 2 < prose) return last;
  let end = gap - 1;
  while (end > first && !isProseUnit(end)) end -= 1;
  // Only behind a newsletter or subscription widget: after an ad marker, advice to the reader is the text.
  for (let index = end + 1; index <= gap; index += 1) {
    const family = features[index]?.furniture?.family;
    if (family === 'subscription' || family === 'paywall') return end;
  }
  return last;
}

// --- 4. Roles --------------------------------------------------------------------

function metadataRole(f: UnitFeatures): Label | undefined {
  if (f.prompt) return { role: 'prompt', reason: 'An instruction to a writing tool.' };
  if (f.teaserHeading)
    return f.teaserHeading.headline
      ? { role: 'teaser', reason: 'A teaser heading with the headline of another article.' }
      : { role: 'teaser-heading', reason: 'A heading of teasers.' };
  if (f.source) return { role: 'source', reason: 'Names the source or agency of the copy.' };
  if (f.credit) return { role: 'credit', reason: 'An image credit.' };
  if (f.byline) return { role: 'byline', reason: 'A byline.' };
  if (f.date) return { role: 'date', reason: 'A date line.' };
  if (f.tags) return { role: 'tags', reason: 'A keywords line.' };
  if (f.furniture)
    return { role: 'furniture', reason: 'A known piece of page furniture.', family: f.furniture.family };
  if (f.label) return { role: 'label', reason: 'A label of the page ("Auteur", "Date").' };
  return undefined;
}

function headlineShaped(f: UnitFeatures): boolean {
  if (f.unit.bullet || f.startsLower || f.truncated || f.caption || isMetadata(f)) return false;
  // The page may repeat the headline: repetition alone does not make it furniture here.
  if (f.prompt || f.furniture || f.teaserHeading || f.label) return false;
  if (f.words < 2 || f.words > 40 || f.chars > 250) return false;
  if (f.text.endsWith('.') && !f.text.endsWith('..') && f.chars > 150) return false;
  return !/[,;]$/.test(f.text);
}

function kickerShaped(f: UnitFeatures): boolean {
  return !f.unit.bullet && f.words <= 4 && f.chars <= 40 && !/[.!?:;,…]$/.test(f.text);
}

/**
 * The headline among the headline-shaped units before the first paragraph:
 * the first of five words or more that is no breadcrumb ending with another
 * line nor a cut line; failing that, the one that says most, that the page
 * repeats (in a player, a teaser, an e-mail form) and that the byline, date
 * or standfirst follows, a kicker or a sentence ending with a full stop
 * scoring less.
 */
function findHeadline(
  features: readonly UnitFeatures[],
  classes: readonly ProseClass[],
  runStart: number,
): number {
  const firstProse = classes.indexOf('good');
  const limits = [runStart, firstProse].filter((limit) => limit >= 0);
  const limit = limits.length > 0 ? Math.min(...limits) : Math.min(features.length, 1);
  let best = -1;
  let bestScore = 0;
  for (let index = 0; index < limit; index += 1) {
    const f = features[index];
    if (!f || !headlineShaped(f)) continue;
    if (f.endsWithUnit !== undefined && f.endsWithUnit > index) continue;
    // The first one that says something: five words or more.
    if (f.words >= 5 && !f.text.endsWith('.')) return index;
    const next = features[index + 1];
    const leadsIn =
      next !== undefined &&
      (isMetadata(next) || classes[index + 1] === 'good' || next.signature !== undefined);
    const score =
      Math.min(f.words, 12) +
      (f.repeats > 0 ? 4 : 0) +
      (leadsIn ? 3 : 0) -
      (kickerShaped(f) ? 3 : 0) -
      (f.text.endsWith('.') ? 5 : 0);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  // Without furniture before the body, the headline opens the text: a short line before the first paragraph.
  const first = features[0];
  if (first && limit === 0 && headlineShaped(first) && !first.terminal) return 0;
  return -1;
}

function isSubheadingShaped(f: UnitFeatures, interview: boolean): boolean {
  if (f.unit.bullet || f.startsLower || f.caption || isMetadata(f) || furnitureReason(f)) return false;
  if (f.chars > 120 || f.words > 16 || f.words === 0) return false;
  // Words said again nearby make a pull quote, unless they are too few for one.
  if (f.repeats > 0 || (f.echoOf !== undefined && (f.words >= PULL_QUOTE_WORDS || f.terminal))) return false;
  if (interview && f.text.endsWith('?')) return false;
  if (/[.,;:…!»"”’)]$/u.test(f.text) && !isQuotedWord(f)) return false;
  if (/[.!?]\s/.test(f.text)) return false;
  return /^[\p{Lu}\p{N}«"“]/u.test(f.text);
}

// «Mobilisation»: one to three words in quotation marks, printed as an intertitle.
function isQuotedWord(f: UnitFeatures): boolean {
  return f.words <= 3 && /^[«"“][^«»"“”]+[»"”]$/u.test(f.text);
}

function isInterview(features: readonly UnitFeatures[], start: number, end: number): boolean {
  let questions = 0;
  for (let index = start; index <= end; index += 1) {
    const f = features[index];
    if (f?.text.endsWith('?') && f.words >= 12) questions += 1;
  }
  return questions >= 3;
}

/**
 * Labels every unit: lines → features (given) → prose classes → smoothed
 * classes → densest run → roles. Each step is a function of the one before;
 * nothing is edited in place.
 */
export function labelUnits(features: readonly UnitFeatures[]): Labelling {
  const classes = features.map(proseClass);
  const smoothed = smooth(classes);
  const run = densestRun(features, classes, smoothed);
  const headline = findHeadline(features, classes, run.start);
  const interview = run.start >= 0 && isInterview(features, run.start, run.end);
  const closing = features.findIndex((f, index) => index > run.end && f.teaserHeading?.kind === 'closing');
  const afterTeasers = (index: number) => closing >= 0 && index > closing;
  // Short lines that smoothing keeps right after the body, before any furniture, stay with it.
  let tail = run.end;
  while (
    run.end >= 0 &&
    tail + 1 < features.length &&
    smoothed[tail + 1] === 'good' &&
    classes[tail + 1] === 'short' &&
    !features[tail + 1]?.addressesReader
  )
    tail += 1;

  // The standfirst: the first prose unit after the headline that is no furniture, caption, credit or date.
  let standfirst = -1;
  if (headline >= 0) {
    for (let index = headline + 1; index < features.length; index += 1) {
      const f = features[index];
      if (!f) break;
      if (metadataRole(f) || f.caption || f.attribution || furnitureReason(f)) continue;
      // A chapô is prose: a sentence's end, or more than a name with a date ("La Rédaction, Mis à jour le …").
      const prose = f.terminal || f.chars >= 100 || f.digits < 0.05;
      if (f.words < 8 || f.functionShare < 0.15 || f.unit.bullet || f.quoted || !prose) {
        if (index >= run.start && run.start >= 0) break;
        continue;
      }
      if (index < run.start || run.start < 0) standfirst = index;
      else if (index === run.start) {
        const next = features[index + 1];
        // Set apart from the body by a dropped line (an ad, a caption, the headline again).
        const setApart =
          next !== undefined &&
          (smoothed[index + 1] === 'bad' ||
            next.caption ||
            foldKey(next.text) === foldKey(features[headline]?.text ?? ''));
        // Or one sentence that sums up the article, right under the headline, as wire copy prints it.
        const summary =
          index === headline + 1 &&
          f.terminal &&
          f.sentences === 1 &&
          f.chars <= 260 &&
          run.end - run.start >= 2 &&
          !CONTINUATION.test(f.text);
        if ((setApart && f.sentences <= STANDFIRST_SENTENCES && f.chars <= STANDFIRST_CHARS) || summary)
          standfirst = index;
      }
      break;
    }
  }

  const labels = features.map((f, index): Label => {
    if (index === headline)
      return { role: 'headline', reason: 'The first headline-shaped line before the body.' };
    if (index === standfirst)
      return {
        role: 'standfirst',
        reason: 'The first prose after the headline that is no furniture, caption, credit or date.',
        ...(index === run.start ? { unsure: true } : {}),
      };
    const known = metadataRole(f);
    const before = index < run.start || run.start < 0;
    const after = index > run.end;
    if (before && headline >= 0 && index < headline) {
      if (known) return known;
      if (index === headline - 1 && kickerShaped(f))
        return { role: 'kicker', reason: 'A short line right above the headline.' };
      return {
        role: 'navigation',
        reason: 'Above the headline: a breadcrumb or a menu entry.',
        family: 'navigation',
      };
    }
    if (f.attribution) return { role: 'attribution', reason: 'Attributes the quotation above it.' };
    if (features[index - 1]?.label === 'author' && f.signature)
      return { role: 'byline', reason: 'A name under the label "Auteur".' };
    // A person's name alone next to a date line: a byline block ("Jeanne Corriveau" over "19 février 2020").
    if (
      !afterTeasers(index) &&
      f.signature &&
      !f.signature.jobTitle &&
      f.words <= 4 &&
      [features[index - 1], features[index + 1]].some((other) => other?.date && !other.date.empty)
    )
      return { role: 'byline', reason: 'A person’s name alone next to a date line.' };
    // A person's name alone between the headline and the body: the byline without "Par".
    if (before && headline >= 0 && index > headline && f.signature && !f.signature.jobTitle && f.words <= 4)
      return {
        role: 'byline',
        reason: 'A person’s name alone between the headline and the body.',
        unsure: true,
      };
    // The headline or the standfirst printed again (a player, an e-mail form): not the body.
    if (
      index > Math.max(headline, standfirst) &&
      ((headline >= 0 && sameKey(f, features[headline])) ||
        (standfirst >= 0 && sameKey(f, features[standfirst])))
    )
      return { role: 'headline-repeat', reason: 'The headline or the standfirst, printed again.' };
    if (known && !(known.role === 'source' && afterTeasers(index))) {
      if (known.role === 'byline' && afterTeasers(index))
        return { role: 'teaser', reason: 'A byline inside the teasers.' };
      if (known.role !== 'date' || !afterTeasers(index)) return known;
    }
    if (afterTeasers(index) && !f.furniture)
      return { role: 'teaser', reason: 'After a closing heading of teasers.' };
    if (f.caption) return { role: 'caption', reason: 'A caption: it names a photo and its credit.' };
    if (after && f.signature && !afterTeasers(index) && index <= run.end + 2)
      return { role: 'signature', reason: 'A name alone after the body: the author’s signature.' };
    if (before || after) {
      const reason = furnitureReason(f);
      if (afterTeasers(index)) return { role: 'teaser', reason: 'After a closing heading of teasers.' };
      if (after && !reason && index <= tail)
        return {
          role: 'paragraph',
          reason: 'A short line right after the body, between the body and the end: kept.',
          unsure: true,
        };
      return {
        role: 'furniture',
        reason: `${before ? 'Before' : 'After'} the body${reason ? `: ${reason}` : ''}.`,
        ...(reason ? {} : { unsure: true }),
        ...(f.furniture ? { family: f.furniture.family } : {}),
      };
    }
    // Inside the body.
    if (smoothed[index] === 'bad') {
      const reason = furnitureReason(f) ?? 'few function words and no sentence, among furniture';
      return {
        role: 'furniture',
        reason: `Inside the body, ${reason}.`,
        ...(furnitureReason(f) ? {} : { unsure: true }),
        ...(f.furniture ? { family: f.furniture.family } : {}),
      };
    }
    if (f.unit.bullet) return { role: 'list-item', reason: 'A list item.' };
    return { role: 'paragraph', reason: 'Body text.' };
  });

  // "Lire aussi" inside the body: the lines after it are teasers until the body's text resumes.
  const inlineTeasers = new Set<number>();
  features.forEach((f, index) => {
    if (f.teaserHeading?.kind !== 'inline' || f.teaserHeading.headline) return;
    let expectingStandfirst = false;
    let taken = 0;
    for (let next = index + 1; next < features.length; next += 1) {
      const line = features[next];
      const role = labels[next]?.role;
      if (
        !line ||
        line.teaserHeading ||
        (role !== 'paragraph' && role !== 'subheading' && role !== 'furniture')
      )
        break;
      if (
        resumesBody(line.text, expectingStandfirst) ||
        (role === 'paragraph' && isProse(line) && !line.truncated && !expectingStandfirst && line.chars > 200)
      )
        break;
      // A teaser's headline says something; a word or two after it is the body's next heading.
      if (taken > 0 && line.words <= 3 && !line.furniture) break;
      inlineTeasers.add(next);
      taken += 1;
      expectingStandfirst = !expectingStandfirst && !line.terminal;
    }
  });

  // Quotations and subheadings depend on the labels of the neighbours.
  // The names printed under the page's pull quotes: under another paragraph, they make it one too.
  const pullQuoteSpeakers = new Set<string>();
  for (let index = 0; index + 1 < features.length; index += 1) {
    const below = features[index + 1];
    if (below && isPullQuote(features, labels, index) && isSpeakerLine(below) && below.repeats > 0)
      pullQuoteSpeakers.add(foldKey(below.text));
  }
  // A quotation printed on several lines of one block, its attribution under the last one.
  const quotedLines = new Map<number, string>();
  features.forEach((f, index) => {
    if (!f.attribution) return;
    for (let line = index - 1; line >= Math.max(0, run.start); line -= 1) {
      const role = labels[line]?.role;
      if (role !== 'paragraph' && role !== 'list-item') break;
      quotedLines.set(line, f.attribution);
      if (features[line]?.unit.opensBlock) break;
    }
  });

  const final = labels.map((label, index): Label => {
    const f = features[index];
    if (inlineTeasers.has(index))
      return { role: 'teaser', reason: 'After a "Lire aussi" heading, before the text resumes.' };
    const quotedLine = quotedLines.get(index);
    if (f && quotedLine && features[index + 1]?.attribution === undefined && index <= run.end)
      return {
        role: 'quote',
        reason: 'A line of the quotation whose attribution line stands under the block.',
        speaker: quotedLine,
      };
    const attributionBelow = features[index + 1]?.attribution;
    if (
      f &&
      attributionBelow &&
      f.words >= 3 &&
      index >= run.start &&
      index <= run.end &&
      (label.role === 'paragraph' || (label.role === 'furniture' && !furnitureReason(f)))
    )
      return {
        role: 'quote',
        reason: 'A quotation with an attribution line below it.',
        speaker: attributionBelow,
      };
    if (!f || label.role !== 'paragraph' || index < run.start || index > run.end) return label;
    if (isPullQuote(features, labels, index - 1) && isSpeakerLine(f))
      return { role: 'attribution', reason: 'The name under a pull quote.' };
    const next = nextContent(labels, index);
    const nextLabel = next >= 0 ? labels[next] : undefined;
    const nextFeatures = next >= 0 ? features[next] : undefined;
    const below = features[index + 1];
    // A pull quote: words repeated from a paragraph nearby, with its speaker's name below it;
    // or a paragraph under which the page prints the name it prints under its pull quotes.
    const signedLikePullQuotes =
      below !== undefined && f.words >= PULL_QUOTE_WORDS && pullQuoteSpeakers.has(foldKey(below.text));
    if (isPullQuote(features, labels, index) || signedLikePullQuotes) {
      const speakerLine = features[index + 1];
      const speaker =
        speakerLine?.attribution ??
        (speakerLine && isSpeakerLine(speakerLine) ? speakerLine.text : undefined);
      return {
        role: 'quote',
        reason: 'A pull quote: it repeats words of a paragraph nearby.',
        ...(speaker ? { speaker } : {}),
      };
    }
    if (isSubheadingShaped(f, interview) && nextFeatures && nextLabel) {
      const nextIsProse =
        (nextLabel.role === 'paragraph' || nextLabel.role === 'list-item') &&
        (isProse(nextFeatures) || nextFeatures.chars > 100 || nextFeatures.terminal);
      // Two levels of headings: "Dix mises en examen", then "François Bayrou, …", then the text.
      const nextIsHeading =
        nextLabel.role === 'paragraph' &&
        isSubheadingShaped(nextFeatures, interview) &&
        nextAfterIsProse(features, labels, next);
      if (nextIsProse || nextIsHeading) {
        const thin = f.words <= 2 && f.functionShare === 0;
        return {
          role: 'subheading',
          reason: 'A short line without a sentence’s end, between paragraphs.',
          ...(thin ? { unsure: true } : {}),
        };
      }
    }
    return label;
  });

  return { labels: final, headline, run, interview };
}

// A chapô set apart from the body says what the article holds in a few sentences.
const STANDFIRST_SENTENCES = 4;
const STANDFIRST_CHARS = 600;

// Words that tie a paragraph to what comes before: it goes on, it does not sum up.
const CONTINUATION =
  /^(?:mais|et|or|pourtant|cependant|toutefois|ainsi|alors|puis|ensuite|enfin|par ailleurs|en outre|de plus|il|elle|ils|elles|ce|cela|ceci|c['’]est)(?![\p{L}\p{N}])/iu;

// A pull quote is a sentence or a good part of one, not a name or a heading
// that happens to be said again ("Dix mises en examen" under a headline that says it).
const PULL_QUOTE_WORDS = 6;

function isPullQuote(features: readonly UnitFeatures[], labels: readonly Label[], index: number): boolean {
  const f = features[index];
  if (f === undefined || f.echoOf === undefined || f.unit.bullet || labels[index]?.role !== 'paragraph')
    return false;
  // It repeats the body's words, not the headline's.
  if (labels[f.echoOf]?.role !== 'paragraph') return false;
  return f.words >= PULL_QUOTE_WORDS || f.terminal;
}

// A name under a pull quote: a few words, no sentence.
function isSpeakerLine(f: UnitFeatures): boolean {
  return f.words <= 5 && !f.terminal && !f.unit.bullet;
}

function sameKey(a: UnitFeatures, b: UnitFeatures | undefined): boolean {
  return b !== undefined && a.repeats > 0 && foldKey(a.text) === foldKey(b.text);
}

const CONTENT: ReadonlySet<Role> = new Set(['paragraph', 'subheading', 'quote', 'list-item']);

function nextContent(labels: readonly Label[], index: number): number {
  for (let other = index + 1; other < labels.length; other += 1) {
    const role = labels[other]?.role;
    if (role && CONTENT.has(role)) return other;
    if (role === 'teaser-heading' || role === 'teaser') return -1;
  }
  return -1;
}

function nextAfterIsProse(
  features: readonly UnitFeatures[],
  labels: readonly Label[],
  index: number,
): boolean {
  const next = nextContent(labels, index);
  const f = next >= 0 ? features[next] : undefined;
  return f !== undefined && isProse(f);
}
