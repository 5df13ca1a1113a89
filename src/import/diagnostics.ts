import type { SourceLine } from './normalise';

/** How much a diagnostic matters: an error leaves the article unpublishable as is. */
export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/** The families of page furniture that the importer drops. */
export type BoilerplateFamily =
  /** Ad markers and sponsored-content labels: « PUBLICITÉ », « Contenu sponsorisé ». */
  | 'advertising'
  /** Share and comment widgets: « Partager cet article », « Copier le lien », « 3 commentaires ». */
  | 'social'
  /** Newsletter, app and cookie prompts: « Abonnez-vous », « Accepter les cookies ». */
  | 'subscription'
  /** Site navigation: « Aller au contenu », « Menu », « Suivez-nous », menu bars, breadcrumbs. */
  | 'navigation'
  /** Paywall and membership markers: « Réservé aux abonnés », « Membres Publique ». */
  | 'paywall'
  /** Article tools: « Écouter cet article », « Temps de lecture : 3 min », « Ajouter à mes favoris ». */
  | 'article-tools'
  /** Plugin credits and scraper artefacts: « Source link », « Spread the love », « Loader », stray letters. */
  | 'scraper'
  /** Image captions of teasers of other articles (« Sur cette photo illustrative prise le… »). */
  | 'teaser-caption';

/** Stable identifiers of what the importer noticed; tools may switch on them. */
export type DiagnosticCode =
  /** The input was not a string or held no text. */
  | 'input-empty'
  /** A line of page furniture was dropped (see `family`). */
  | 'boilerplate'
  /** A line of instructions to a writing tool was dropped ("Make this article seo compatible…"). */
  | 'writing-prompt'
  /** A prompt glued to the headline was cut off ("Customize this title in french…"). */
  | 'headline-prompt-removed'
  /** No headline was found; a provisional one was taken from the first sentence. */
  | 'headline-missing'
  /** A repetition of the headline (often as a bullet) was dropped. */
  | 'headline-repeated'
  /** A short line above the headline was read as the section (surtitre). */
  | 'section-kicker'
  /** The section was read from a teaser heading ("De la même section International"). */
  | 'section-from-teaser-heading'
  /** The first paragraph was read as the standfirst (chapô). */
  | 'standfirst'
  /** A byline line gave the authors. */
  | 'byline'
  /** A byline named an organisation rather than a person; it is not an author. */
  | 'byline-organisation'
  /** A publication or update date line was read and dropped. */
  | 'date-line'
  /** A date line without any date ("Publié le Mis à jour") was dropped. */
  | 'date-line-empty'
  /** `datePublished` came from a date line of the text. */
  | 'date-from-text'
  /** The date read gives the day only (a calendar date, no time): the article is dated by its day. */
  | 'date-day-only'
  /** The text prints only an update date, which is taken as the publication date. */
  | 'date-published-from-update'
  /** No publication date was given or found. */
  | 'date-published-missing'
  /** The publication or update date given in the options is not ISO 8601 with an offset. */
  | 'date-invalid'
  /** No canonical URL was given. */
  | 'url-missing'
  /** The URL given in the options is not an absolute http(s) URL. */
  | 'url-invalid'
  /** An image caption was taken out of the body; plain text has no image to attach it to. */
  | 'caption'
  /** An image credit was found ("Tous droits réservés EBU"); plain text has no image to attach it to. */
  | 'credit'
  /** The source line was read ("Source : AA", "(ats/nxp)"). */
  | 'source'
  /** A keywords line gave the tags. */
  | 'tags'
  /** A teaser heading ("Lire aussi", "Les plus lus") was dropped. */
  | 'teaser-heading'
  /** A teaser of another article was taken out of the body. */
  | 'teaser'
  /** A passage in another language was marked with its language. */
  | 'foreign-passage'
  /** Stray punctuation left by an edit or a scraper was repaired ("déclaré. ." → "déclaré."). */
  | 'punctuation-repaired'
  /** A stand-alone quotation became a quote block. */
  | 'quote'
  /** A stand-alone quotation names no speaker that could be found. */
  | 'quote-speaker-missing'
  /** Lines cut at a fixed width were joined back into one paragraph. */
  | 'lines-joined'
  /** A line that matches no known furniture was dropped for what it looks like (see the message). */
  | 'furniture'
  /** A line was kept as body text on weak evidence: an editor should look at it. */
  | 'body-text';

/** One line of the raw text that a diagnostic is about. */
export interface DiagnosticLine {
  /** 1-based line number in the raw text. */
  number: number;
  /** The line as read (spaces collapsed). */
  text: string;
}

/** Something the importer noticed, dropped, repaired or could not find. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: DiagnosticSeverity;
  /** What happened, for the person who checks the import. */
  message: string;
  /** The offending lines; empty for what concerns the whole text (a missing URL). */
  lines: DiagnosticLine[];
  /** The boilerplate family, for `boilerplate` diagnostics. */
  family?: BoilerplateFamily;
}

/** Collects diagnostics in reading order. */
export class DiagnosticLog {
  readonly entries: Diagnostic[] = [];

  add(
    code: DiagnosticCode,
    severity: DiagnosticSeverity,
    message: string,
    lines: readonly SourceLine[] = [],
    family?: BoilerplateFamily,
  ): void {
    this.entries.push({
      code,
      severity,
      message,
      lines: lines.map((line) => ({ number: line.number, text: line.text })),
      ...(family ? { family } : {}),
    });
  }
}
