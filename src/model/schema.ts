import * as v from 'valibot';
import { isIsoDateOrDateTime, isIsoDateTimeWithOffset, isValidTimeZone } from '../dates';
import { isBlank, isLanguageTag, isOpenGraphLocale } from '../text';
import { isSafeUrl, safeUrl, urlAsParsed } from '../url';
import type { Inline } from './types';

// Validation messages say what is wrong with the value, in plain English; the
// field path is reported next to them. Type mismatches and missing fields get
// their messages from `describeIssue` in parseArticle.ts.

// The URL policy's rendering of the value, parsed without a base: only an absolute URL parses.
function isAbsoluteHttpUrl(value: string): boolean {
  const text = safeUrl(value);
  if (text === undefined) return false;
  try {
    return new URL(text).hostname !== '';
  } catch {
    return false;
  }
}

// The components' own test (a well-formed tag) and, stricter for data from outside, one Intl can read.
function isCanonicalLanguageTag(value: string): boolean {
  if (!isLanguageTag(value)) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

const NonEmptyText = v.pipe(
  v.string(),
  v.check((value) => !isBlank(value), 'must not be empty'),
);

// URLs are checked as given, with the policy the components render them by
// (src/url), then handed on as the URL parser reads them: only ASCII controls
// and spaces at the ends, and tabs and newlines, are removed, which changes
// where the URL leads by nothing. A no-break space is not trimmed away.
const SafeUrl = v.pipe(
  v.string(),
  v.check((value) => isSafeUrl(value), 'not an http(s) or relative URL'),
  v.transform(urlAsParsed),
);

const AbsoluteUrl = v.pipe(
  v.string(),
  v.check(isAbsoluteHttpUrl, 'not an absolute http(s) URL'),
  v.transform(urlAsParsed),
);

const IsoDateTime = v.pipe(
  v.string(),
  v.trim(),
  v.check(
    (value) => isIsoDateTimeWithOffset(value),
    'not an ISO 8601 date-time with a time zone (e.g. 2024-06-12T14:30:00+02:00)',
  ),
);

const LanguageTag = v.pipe(
  v.string(),
  v.trim(),
  v.check(isCanonicalLanguageTag, 'not a BCP 47 language tag (e.g. fr-FR)'),
);

const Pixels = v.pipe(
  v.number(),
  v.check((value) => Number.isSafeInteger(value) && value > 0, 'not a positive whole number of pixels'),
);

/** One file of a picture at one size: `src`, `width`, `height`. */
export const ImageSourceSchema = v.object({
  src: SafeUrl,
  width: Pixels,
  height: Pixels,
});

/** A picture with its alt text, caption, credit and crops. */
export const ImageAssetSchema = v.object({
  ...ImageSourceSchema.entries,
  // An empty alt is allowed: it marks a decorative picture.
  alt: v.string(),
  caption: v.optional(v.string()),
  credit: v.optional(v.string()),
  crops: v.optional(v.array(ImageSourceSchema)),
});

/** Inline content: a string, or a mark around more inline content. */
export const InlineSchema: v.GenericSchema<Inline> = v.lazy(() =>
  v.union([
    v.string(),
    v.variant('type', [
      v.object({ type: v.literal('emphasis'), children: v.array(InlineSchema) }),
      v.object({ type: v.literal('strong'), children: v.array(InlineSchema) }),
      v.object({ type: v.literal('link'), href: SafeUrl, children: v.array(InlineSchema) }),
      v.object({ type: v.literal('foreign'), lang: LanguageTag, children: v.array(InlineSchema) }),
    ]),
  ]),
);

/** A string, or a list of inline nodes. */
export const RichTextSchema = v.union([v.string(), v.array(InlineSchema)]);

/** One block of an article body, told apart by its `type`. */
export const BlockSchema = v.variant('type', [
  v.object({ type: v.literal('paragraph'), text: RichTextSchema }),
  v.object({
    type: v.literal('subheading'),
    text: NonEmptyText,
    id: v.optional(v.pipe(v.string(), v.regex(/^[^\s]+$/, 'not a usable HTML id (empty or with spaces)'))),
  }),
  v.object({
    type: v.literal('quote'),
    text: NonEmptyText,
    attribution: v.optional(v.object({ name: NonEmptyText, role: v.optional(v.string()) })),
    cite: v.optional(SafeUrl),
    lang: v.optional(LanguageTag),
  }),
  v.object({ type: v.literal('image'), image: ImageAssetSchema }),
  v.object({ type: v.literal('list'), ordered: v.optional(v.boolean()), items: v.array(RichTextSchema) }),
  v.object({ type: v.literal('paywall') }),
]);

const CalendarOrDateTime = v.pipe(
  v.string(),
  v.trim(),
  v.check(
    (value: string) => isIsoDateOrDateTime(value),
    'not an ISO 8601 date (e.g. 2024-04-04) or date-time with a time zone (e.g. 2024-04-04T18:00:00+02:00)',
  ),
);

/** A correction: its date and its text. */
const CorrectionSchema = v.object({ date: CalendarOrDateTime, text: NonEmptyText });

const SectionSchema = v.object({ name: NonEmptyText, url: v.optional(SafeUrl) });

/** A news article: what `parseArticle` checks. Unknown fields are stripped. */
export const ArticleSchema = v.object({
  url: AbsoluteUrl,
  headline: NonEmptyText,
  standfirst: v.optional(v.string()),
  description: v.optional(v.string()),
  section: v.optional(SectionSchema),
  tags: v.optional(v.array(NonEmptyText)),
  datePublished: CalendarOrDateTime,
  dateModified: v.optional(CalendarOrDateTime),
  authors: v.optional(
    v.array(v.object({ name: NonEmptyText, url: v.optional(SafeUrl), jobTitle: v.optional(v.string()) })),
  ),
  image: v.optional(ImageAssetSchema),
  body: v.array(BlockSchema),
  source: v.optional(v.object({ name: NonEmptyText, url: v.optional(SafeUrl) })),
  language: v.optional(LanguageTag),
  isAccessibleForFree: v.optional(v.boolean()),
  corrections: v.optional(v.array(CorrectionSchema)),
});

/** A teaser of another article. */
export const TeaserSchema = v.object({
  url: SafeUrl,
  headline: NonEmptyText,
  standfirst: v.optional(v.string()),
  image: v.optional(ImageAssetSchema),
  section: v.optional(SectionSchema),
  datePublished: v.optional(IsoDateTime),
});

/** The publishing site. */
export const SiteConfigSchema = v.object({
  name: NonEmptyText,
  url: AbsoluteUrl,
  logo: ImageSourceSchema,
  locale: v.optional(
    v.pipe(
      v.string(),
      v.check((value: string) => isOpenGraphLocale(value), 'not an Open Graph locale (e.g. fr_FR)'),
    ),
  ),
  titleTemplate: v.optional(
    v.pipe(
      v.string(),
      v.check((value) => value.includes('%s'), 'has no %s where the page title goes'),
    ),
  ),
  twitter: v.optional(
    v.pipe(v.string(), v.regex(/^@\w{1,15}$/, 'not an X (Twitter) handle (e.g. @exemple)')),
  ),
  timeZone: v.optional(
    v.pipe(v.string(), v.check(isValidTimeZone, 'not an IANA time zone (e.g. Europe/Paris)')),
  ),
});
