import fc from 'fast-check';
import type {
  Article,
  ArticleSection,
  Author,
  Block,
  Correction,
  ImageAsset,
  ImageSource,
  Inline,
  QuoteBlockData,
  RichText,
  SiteConfig,
  Teaser,
} from '../../src/model';

/**
 * fast-check arbitraries for the content model, for property tests anywhere
 * in the suite. Every value fits the TypeScript types (it is what a CMS could
 * send), but the strings, URLs, dates and sizes mix ordinary French copy with
 * input chosen to break renderers: script-closing sequences, comment openers,
 * line separators that end JavaScript strings, lone surrogates, bidi controls,
 * a 10,000-character word, and URLs with dangerous schemes hidden by case,
 * tabs or leading spaces.
 */

/** A word longer than any line, any column, any meta description. */
export const LONG_WORD = 'anticonstitutionnellement'.repeat(400);

/**
 * Whether a text shows nothing: white space (as `trim` knows it) and the
 * zero-width characters (U+200B to U+200D, U+2060) only. The tests' own rule,
 * written apart from the library's: such a text counts as absent, as an empty
 * one does.
 */
export function showsNothing(text: string): boolean {
  return [...text].every((character) => INVISIBLE.test(character));
}

// White space, invisible format characters, controls and non-characters, by their Unicode properties.
const INVISIBLE = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Noncharacter_Code_Point}]$/u;

/** Strings that have broken HTML renderers, JSON-in-HTML serialisers or text handling somewhere. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n ',
  '</script>',
  '</SCRIPT >',
  '</script\t\n>',
  '</ScRiPt><script>alert(1)</script>',
  '<!--',
  '<!-- -->',
  '-->',
  '<![CDATA[',
  ']]>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><a href=javascript:alert(1)>x</a>",
  '<style>body{display:none}</style>',
  '&amp; &lt; &gt; &quot; &#39; &nbsp;',
  '&',
  '{{constructor.constructor("alert(1)")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder in data is the point.
  '${alert(1)}',
  '$& $1 $` %s %d',
  '\u2028',
  '\u2029',
  'ligne\u2028séparée\u2029ici',
  '\uD800',
  '\uDC00',
  'a\uD83Db',
  '\u200F\u200E\u202E\u2066\u2069',
  '\u202Eexe.txt',
  'مرحبا بالعالم',
  'שלום',
  '\u0000\u0001\u001F\u007F',
  '\uFEFF',
  '\u200B',
  '\u2060\u200D \u200C',
  '\u00A0\u202F',
  'é'.normalize('NFD'),
  '👩‍👩‍👧‍👦🇫🇷',
  LONG_WORD,
  '__proto__',
  'constructor',
  'toString',
];

/** URLs that must never reach an href, a src or the JSON-LD. */
export const HOSTILE_URLS: readonly string[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\tjavascript:alert(1)',
  '  javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
  'da\tta:text/html,x',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'mailto:redaction@example.fr',
  'ftp://example.fr/a',
  'blob:https://example.fr/1',
];

/** URLs a site really uses: absolute, root-relative, relative, protocol-relative, with queries and fragments. */
export const ORDINARY_URLS: readonly string[] = [
  'https://www.lequotidien.example/international/2024/06/12/otan-ukraine',
  'http://www.lequotidien.example/politique/',
  'https://www.lequotidien.example/recherche?q=%C3%A9lections&page=2#r%C3%A9sultats',
  'https://www.lequotidien.example/économie/prix-de-l’énergie',
  '/images/otan-bruxelles.jpg',
  '/culture/festival-d-avignon',
  'images/photo.webp',
  '../autre-article',
  '?page=2',
  '#umerov-remercie-les-allies',
  '//cdn.lequotidien.example/img/1.jpg',
  'HTTPS://WWW.LEQUOTIDIEN.EXAMPLE/MAJUSCULES',
];

const FRENCH_WORDS = [
  'l’OTAN',
  "l'Ukraine",
  'aujourd’hui',
  'Kiev',
  'Bruxelles',
  'élections',
  'européennes',
  'ministre',
  'réunion',
  'à',
  'déclaré',
  'mercredi',
  'Œuvre',
  'cœur',
  'garçon',
  'Noël',
  '300 000',
  '12,5 %',
  '1 500',
  '14 h 30',
  '« soutien »',
  '"guillemets droits"',
  'qu’en',
  'pourquoi ?',
  'attention !',
  'note :',
  'ainsi ;',
  'www.lequotidien.example',
  'https://www.lequotidien.example/a?b=c',
  'redaction@lequotidien.example',
  'COVID-19',
  'Jens Stoltenberg',
  'Dmytro Kuleba',
];

/** French copy with the punctuation, numbers, apostrophes and URLs French typography has to handle. */
export const frenchText: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...FRENCH_WORDS), { minLength: 1, maxLength: 14 })
  .map((words) => words.join(' '));

/** One of the hostile strings, alone or inside ordinary copy. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc
    .tuple(frenchText, fc.constantFrom(...HOSTILE_STRINGS), frenchText)
    .map(([before, hostile, after]) => `${before}${hostile}${after}`),
);

/** Any text: mostly French copy, often hostile, sometimes arbitrary Unicode. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: frenchText, weight: 5 },
  { arbitrary: hostileText, weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
);

/** Text that should be there (a headline, a name): never the empty string on purpose, but hostile all the same. */
export const presentText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: frenchText, weight: 6 },
  { arbitrary: hostileText, weight: 3 },
  { arbitrary: fc.constant(''), weight: 1 },
);

/** A URL: ordinary, hostile, or random text. */
export const anyUrl: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...ORDINARY_URLS), weight: 5 },
  { arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }), weight: 2 },
  { arbitrary: fc.constantFrom(...HOSTILE_URLS), weight: 4 },
  { arbitrary: hostileText, weight: 1 },
);

/** An absolute `http(s)` URL, for the places where the data promises one (canonical, site root). */
export const absoluteUrl: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'https://www.lequotidien.example/',
    'https://www.lequotidien.example',
    'http://localhost:3000/',
    'https://www.lequotidien.example/sous/dossier/',
  ),
  fc.webUrl(),
);

const OFFSETS = ['Z', '+00:00', '+01:00', '+02:00', '-04:00', '-05:00', '+05:30', '+14:00', '-12:00'];

function toIsoWithOffset(date: Date, offset: string): string {
  if (offset === 'Z') return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(':').map(Number);
  const shifted = new Date(date.getTime() + sign * ((hours ?? 0) * 60 + (minutes ?? 0)) * 60_000);
  return shifted.toISOString().replace(/\.\d{3}Z$/, offset);
}

/** A valid ISO 8601 date-time with an offset, between 1990 and 2040. */
export const isoDateTime: fc.Arbitrary<string> = fc
  .tuple(
    fc.date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2040-12-31T23:59:59Z'),
      noInvalidDate: true,
    }),
    fc.constantFrom(...OFFSETS),
  )
  .map(([date, offset]) => toIsoWithOffset(date, offset));

/** Dates the types allow but a renderer must refuse or survive. */
export const MALFORMED_DATES: readonly string[] = [
  '',
  'hier',
  'NaN',
  'Invalid Date',
  '2024-13-45T25:61:00+02:00',
  '2024-02-30T10:00:00+01:00',
  '2024-06-31',
  '2024-06-12T14:30:00',
  '12/06/2024 14:30',
  '2024-06-12T14:30:00+25:00',
  '+275760-09-13T00:00:00Z',
  '</script><script>alert(1)</script>',
];

/** A date as the data may carry it: mostly valid, sometimes malformed. */
export const anyDate: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: isoDateTime, weight: 4 },
  { arbitrary: fc.constantFrom(...MALFORMED_DATES), weight: 1 },
);

/** A pixel size: usually sensible, sometimes zero, negative, fractional, NaN or infinite. */
export const anySize: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 4000 }), weight: 6 },
  {
    arbitrary: fc.constantFrom(
      0,
      -1,
      -1200,
      0.5,
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.MAX_SAFE_INTEGER,
    ),
    weight: 1,
  },
);

/** A BCP 47 tag, or something that only pretends to be one. */
export const languageTag: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc.constantFrom('fr', 'fr-FR', 'fr-CA', 'en', 'en-GB', 'de', 'la', 'uk', 'ar', 'he'),
    weight: 5,
  },
  { arbitrary: fc.constantFrom('', ' ', 'fr_FR', 'x', '"><script>', 'en\u2028', LONG_WORD), weight: 1 },
);

export const imageSource: fc.Arbitrary<ImageSource> = fc.record({
  src: anyUrl,
  width: anySize,
  height: anySize,
});

export const imageAsset: fc.Arbitrary<ImageAsset> = fc.record(
  {
    src: anyUrl,
    width: anySize,
    height: anySize,
    alt: anyText,
    caption: anyText,
    credit: anyText,
    crops: fc.array(imageSource, { maxLength: 3 }),
  },
  { requiredKeys: ['src', 'width', 'height', 'alt'] },
);

/** Inline content with marks nested up to a few levels. */
export const inline: fc.Arbitrary<Inline> = fc.letrec<{ inline: Inline }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: anyText, weight: 6 },
    {
      arbitrary: fc.record({
        type: fc.constant('emphasis' as const),
        children: fc.array(tie('inline'), { maxLength: 3 }),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        type: fc.constant('strong' as const),
        children: fc.array(tie('inline'), { maxLength: 3 }),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        type: fc.constant('link' as const),
        href: anyUrl,
        children: fc.array(tie('inline'), { maxLength: 3 }),
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        type: fc.constant('foreign' as const),
        lang: languageTag,
        children: fc.array(tie('inline'), { maxLength: 3 }),
      }),
      weight: 1,
    },
  ),
})).inline;

export const richText: fc.Arbitrary<RichText> = fc.oneof(anyText, fc.array(inline, { maxLength: 5 }));

export const quoteBlockData: fc.Arbitrary<QuoteBlockData> = fc.record(
  {
    type: fc.constant('quote' as const),
    text: anyText,
    attribution: fc.record({ name: presentText, role: anyText }, { requiredKeys: ['name'] }),
    cite: anyUrl,
    lang: languageTag,
  },
  { requiredKeys: ['type', 'text'] },
);

export const block: fc.Arbitrary<Block> = fc.oneof(
  { arbitrary: fc.record({ type: fc.constant('paragraph' as const), text: richText }), weight: 5 },
  {
    arbitrary: fc.record(
      {
        type: fc.constant('subheading' as const),
        text: presentText,
        // Ids a CMS might send: duplicates, spaces, nothing at all, markup.
        id: fc.oneof(fc.constantFrom('intro', 'intro', 'deux mots', '', '1', '"><b>'), anyText),
      },
      { requiredKeys: ['type', 'text'] },
    ),
    weight: 2,
  },
  { arbitrary: quoteBlockData, weight: 1 },
  { arbitrary: fc.record({ type: fc.constant('image' as const), image: imageAsset }), weight: 1 },
  {
    arbitrary: fc.record(
      {
        type: fc.constant('list' as const),
        ordered: fc.boolean(),
        items: fc.array(richText, { maxLength: 5 }),
      },
      { requiredKeys: ['type', 'items'] },
    ),
    weight: 1,
  },
  // Where a subscriber-only part starts: used in paywalled articles, ignored in free ones.
  { arbitrary: fc.constant({ type: 'paywall' as const }), weight: 1 },
);

export const articleSection: fc.Arbitrary<ArticleSection> = fc.record(
  { name: presentText, url: anyUrl },
  { requiredKeys: ['name'] },
);

export const author: fc.Arbitrary<Author> = fc.record(
  { name: presentText, url: anyUrl, jobTitle: anyText },
  { requiredKeys: ['name'] },
);

/** A correction: a date-time, a calendar day or a malformed date, and any text (blank and hostile included). */
export const correction: fc.Arbitrary<Correction> = fc.record({
  date: fc.oneof(
    { arbitrary: anyDate, weight: 3 },
    { arbitrary: anyDate.map((date) => date.slice(0, 10)), weight: 1 },
  ),
  text: anyText,
});

export const article: fc.Arbitrary<Article> = fc.record(
  {
    url: fc.oneof({ arbitrary: absoluteUrl, weight: 4 }, { arbitrary: anyUrl, weight: 1 }),
    headline: presentText,
    standfirst: anyText,
    description: anyText,
    section: articleSection,
    tags: fc.array(anyText, { maxLength: 6 }),
    datePublished: anyDate,
    dateModified: anyDate,
    authors: fc.array(author, { maxLength: 4 }),
    image: imageAsset,
    body: fc.array(block, { maxLength: 8 }),
    source: fc.record({ name: presentText, url: anyUrl }, { requiredKeys: ['name'] }),
    language: languageTag,
    isAccessibleForFree: fc.boolean(),
    corrections: fc.array(correction, { maxLength: 3 }),
  },
  { requiredKeys: ['url', 'headline', 'datePublished', 'body'] },
);

export const teaser: fc.Arbitrary<Teaser> = fc.record(
  {
    url: anyUrl,
    headline: presentText,
    standfirst: anyText,
    image: imageAsset,
    section: articleSection,
    datePublished: anyDate,
  },
  { requiredKeys: ['url', 'headline'] },
);

export const siteConfig: fc.Arbitrary<SiteConfig> = fc.record(
  {
    name: presentText,
    url: fc.oneof({ arbitrary: absoluteUrl, weight: 5 }, { arbitrary: anyUrl, weight: 1 }),
    logo: imageSource,
    locale: fc.oneof(fc.constantFrom('fr_FR', 'fr_CA', 'en_GB'), anyText),
    titleTemplate: fc.oneof(
      fc.constantFrom('%s | Le Quotidien', '%s', 'Le Quotidien — %s — %s', 'sans marque'),
      anyText,
    ),
    twitter: fc.oneof(fc.constant('@lequotidien'), anyText),
    timeZone: fc.constantFrom(
      'Europe/Paris',
      'America/Montreal',
      'Pacific/Kiritimati',
      'UTC',
      'Mars/Olympus',
      '',
    ),
  },
  { requiredKeys: ['name', 'url', 'logo'] },
);
