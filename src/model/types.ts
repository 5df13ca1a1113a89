/**
 * The content model: plain, JSON-serialisable data that a CMS, a build script
 * or a fixture hands to the components and builders. Dates are ISO 8601
 * strings with an offset ("2024-06-12T14:30:00+02:00").
 */

/**
 * Inline content of a paragraph or list item. A plain string, or a mark
 * wrapping more inline content.
 */
export type Inline = string | EmphasisMark | StrongMark | LinkMark | ForeignMark;

/** Emphasis (`<em>`), as in a title of a work or a stressed word. */
export interface EmphasisMark {
  type: 'emphasis';
  children: Inline[];
}

/** Strong importance (`<strong>`). */
export interface StrongMark {
  type: 'strong';
  children: Inline[];
}

/** A hyperlink; only `http:`/`https:` or relative URLs are ever rendered as links. */
export interface LinkMark {
  type: 'link';
  /** The target URL, absolute or relative to the page. */
  href: string;
  children: Inline[];
}

/** A phrase in another language than the article's, rendered with its own `lang`. */
export interface ForeignMark {
  type: 'foreign';
  /** BCP 47 language tag of the phrase, e.g. `en`. */
  lang: string;
  children: Inline[];
}

/** Text that may carry inline marks: a plain string or a list of inline nodes. */
export type RichText = string | Inline[];

/** A picture source: one file at one size (a crop or the original). */
export interface ImageSource {
  /** URL of the file, absolute or relative to the site. */
  src: string;
  /** Intrinsic width in pixels. */
  width: number;
  /** Intrinsic height in pixels. */
  height: number;
}

/** An image with its editorial text. */
export interface ImageAsset extends ImageSource {
  /** Text alternative; an empty string marks a purely decorative image. */
  alt: string;
  /** Caption (légende) shown under the image. */
  caption?: string;
  /** Credit (crédit photo), e.g. "© EBU" or "Tous droits réservés EBU". */
  credit?: string;
  /** Other crops of the same picture (16:9, 4:3, 1:1) offered to search engines. */
  crops?: ImageSource[];
}

/** A paragraph of body text. */
export interface ParagraphBlock {
  type: 'paragraph';
  text: RichText;
}

/** An intertitle (intertitre) that opens a part of the body. */
export interface SubheadingBlock {
  type: 'subheading';
  text: string;
  /** Anchor id; derived from the text with `slugify` when absent. */
  id?: string;
}

/** The person quoted, and their role. */
export interface Attribution {
  /** Name of the speaker, e.g. "Jens Stoltenberg". */
  name: string;
  /** Role or title, e.g. "secrétaire général de l’OTAN". */
  role?: string;
}

/** A stand-alone quotation (citation) set apart from the body. */
export interface QuoteBlockData {
  type: 'quote';
  /** The quoted words, with or without guillemets. */
  text: string;
  attribution?: Attribution;
  /** URL of the source of the quotation (`<blockquote cite>`). */
  cite?: string;
  /** Language of the quotation when it differs from the article's. */
  lang?: string;
}

/** An image inside the body. */
export interface ImageBlock {
  type: 'image';
  image: ImageAsset;
}

/** A bulleted or numbered list. */
export interface ListBlock {
  type: 'list';
  /** Numbered list when true. @default false */
  ordered?: boolean;
  items: RichText[];
}

/**
 * Where the subscriber-only part of the article starts (the paywall). With
 * `isAccessibleForFree: false`, every block after it is rendered inside one
 * element of a stable class that the JSON-LD names; in a free article it is
 * ignored.
 */
export interface PaywallBlock {
  type: 'paywall';
}

/** One block of the article body. */
export type Block = ParagraphBlock | SubheadingBlock | QuoteBlockData | ImageBlock | ListBlock | PaywallBlock;

/** The kind of a body block. */
export type BlockType = Block['type'];

/** A section of the site (rubrique), e.g. "International". */
export interface ArticleSection {
  name: string;
  /** URL of the section's front page. */
  url?: string;
}

/** An author of the article (signature). */
export interface Author {
  name: string;
  /** URL of the author's page on the site. */
  url?: string;
  /** Job title, e.g. "correspondante à Bruxelles". */
  jobTitle?: string;
}

/** Where the text comes from: an agency or an institution ("Source : AA"). */
export interface ArticleSource {
  name: string;
  url?: string;
}

/**
 * A correction printed under the article (rectificatif), e.g.
 * `{ date: '2024-04-04T18:00:00+02:00', text: 'Une précédente version donnait un montant erroné.' }`.
 */
export interface Correction {
  /** When the correction was made: ISO 8601 with offset, or a calendar date ("2024-04-04"). */
  date: string;
  /** What was corrected, for the reader. */
  text: string;
}

/** A news article. */
export interface Article {
  /** Canonical URL of the article, absolute. */
  url: string;
  /** Headline (titre). */
  headline: string;
  /** Standfirst (chapô): the paragraph under the headline. */
  standfirst?: string;
  /** Meta description for search engines; the standfirst is used when absent. */
  description?: string;
  /** Section (rubrique). */
  section?: ArticleSection;
  /** Keywords (mots-clés). */
  tags?: string[];
  /**
   * First publication, ISO 8601 with offset; or a calendar date alone ("2024-06-12") when
   * only the day is known, which the page, the meta tags and the JSON-LD then give as a day.
   */
  datePublished: string;
  /** Last significant update, ISO 8601 with offset, or a calendar date alone as `datePublished`. */
  dateModified?: string;
  /** Authors (signatures). */
  authors?: Author[];
  /** Lead image (photo principale). */
  image?: ImageAsset;
  /** Body blocks, in reading order. */
  body: Block[];
  /** Source line, e.g. an agency (« Source : AA »). */
  source?: ArticleSource;
  /** BCP 47 language of the article. @default 'fr-FR' */
  language?: string;
  /**
   * Whether the article can be read without a subscription. With `false`, a
   * `{ type: 'paywall' }` block marks where the subscriber-only part starts.
   * @default true
   */
  isAccessibleForFree?: boolean;
  /** Corrections (rectificatifs), shown under the body as dated notices and given to search engines. */
  corrections?: Correction[];
}

/** A teaser of another article, as shown in "À lire aussi". */
export interface Teaser {
  url: string;
  headline: string;
  standfirst?: string;
  image?: ImageAsset;
  section?: ArticleSection;
  datePublished?: string;
}

/** The publishing site. */
export interface SiteConfig {
  /** Name of the publication, e.g. "Le Quotidien". */
  name: string;
  /** Absolute URL of the home page; relative URLs in the data resolve against it. */
  url: string;
  /** The publisher's logo, as search engines want it. */
  logo: ImageSource;
  /** Open Graph locale. @default 'fr_FR' */
  locale?: string;
  /** Title template where `%s` stands for the page title, e.g. "%s | Le Quotidien". */
  titleTemplate?: string;
  /** The site's X (Twitter) handle, with its @. */
  twitter?: string;
  /** IANA time zone in which dates are printed. @default 'Europe/Paris' */
  timeZone?: string;
}
