import { isBeforePublication, readCorrection } from '../corrections';
import { isCalendarDate, isIsoDateTimeWithOffset, parseIsoDateTime } from '../dates';
import { warnOnce } from '../dev';
import { pixelSize } from '../images';
import type { Article, Block, ImageAsset, Inline, RichText, SiteConfig } from '../model';
import { bodyRichTexts, MAX_MARK_DEPTH, tooDeepMark } from '../model/marks';
// The limits the head tags share: the meta description is cut at this length, and a longer headline,
// kept whole in the JSON-LD, is cut where search results and news apps show it.
import { MAX_DESCRIPTION_LENGTH, MAX_HEADLINE_LENGTH } from '../seo/articleFacts';
import { applyTitleTemplate } from '../seo/buildArticleMeta';
import {
  countWords,
  isBlank,
  isLanguageTag,
  nonBlankText,
  richTextToPlainText,
  slugify,
  trimEndMatching,
  trimStartMatching,
} from '../text';
import { typographyFor } from '../typography';
import { isSafeUrl, resolveUrl } from '../url';

/** How much a finding matters: an error must be fixed before publishing. */
export type AuditSeverity = 'error' | 'warning' | 'info';

/** Stable identifiers of the checks; tools may switch on them. */
export type AuditCode =
  | 'url-missing'
  | 'url-invalid'
  | 'headline-missing'
  | 'headline-too-long'
  | 'title-too-long'
  | 'description-missing'
  | 'description-too-short'
  | 'description-too-long'
  | 'author-missing'
  | 'too-few-words'
  | 'subheading-missing'
  | 'section-too-long'
  | 'subheading-empty'
  | 'subheading-duplicate'
  | 'subheading-id-duplicate'
  | 'subheadings-adjacent'
  | 'subheading-at-end'
  | 'quote-empty'
  | 'quote-without-attribution'
  | 'image-missing'
  | 'image-src-unsafe'
  | 'image-size-invalid'
  | 'image-too-narrow'
  | 'image-alt-missing'
  | 'date-published-missing'
  | 'date-published-invalid'
  | 'date-published-no-timezone'
  | 'date-published-day-only'
  | 'date-modified-invalid'
  | 'date-modified-no-timezone'
  | 'date-modified-day-only'
  | 'date-modified-before-published'
  | 'correction-date-invalid'
  | 'correction-before-published'
  | 'correction-text-missing'
  | 'paywall-marker-missing'
  | 'paywall-marker-ignored'
  | 'link-unsafe'
  | 'marks-too-deep'
  | 'paragraph-empty'
  | 'list-empty';

/** One problem found in an article, for an editor. */
export interface AuditFinding {
  code: AuditCode;
  severity: AuditSeverity;
  /** Where: "headline", "description", "body.4", "image.alt", "authors.0.url". */
  field: string;
  /** What is wrong and what to do, in French. */
  message: string;
}

/** Thresholds of `auditArticle`. */
export interface AuditOptions {
  /** Fewer words than this (standfirst and body) is a thin article. @default 300 */
  minWords?: number;
  /** Longest headline search results and news apps show whole. @default 110 */
  maxHeadlineLength?: number;
  /** Longest page title (the site's template applied) search results show whole. @default 70 */
  maxTitleLength?: number;
  /** Shortest useful meta description. @default 50 */
  minDescriptionLength?: number;
  /** Longest meta description shown whole. @default 160 */
  maxDescriptionLength?: number;
  /** Most words a reader should meet without a subheading. @default 300 */
  maxWordsWithoutSubheading?: number;
  /** Narrowest lead image for large previews (Google Discover, social cards). @default 1200 */
  minImageWidth?: number;
}

const DEFAULTS: Required<AuditOptions> = {
  minWords: 300,
  maxHeadlineLength: MAX_HEADLINE_LENGTH,
  maxTitleLength: 70,
  minDescriptionLength: 50,
  maxDescriptionLength: MAX_DESCRIPTION_LENGTH,
  maxWordsWithoutSubheading: 300,
  minImageWidth: 1200,
};

/** The trimmed text, or '' for a blank one (`isBlank`) and for anything that is not a string. */
function text(value: unknown): string {
  if (typeof value !== 'string') return '';
  const trimmed = value.trim();
  return isBlank(trimmed) ? '' : trimmed;
}

function positiveNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}

const GUILLEMET_SPACE = /[\s\u00A0\u202F]/;

/**
 * A value quoted in a message: « » held to the words by narrow no-break
 * spaces, so that no line starts or ends on a lone guillemet; guillemets
 * inside the value become “ ”, as a quotation inside a quotation takes in
 * French (never « … » »).
 */
function quoted(value: string, max = 60): string {
  // Split on the guillemets and trimmed with loops: a `[\s]*»` pattern retries from every space of a long run.
  const opened = value
    .split('«')
    .map((part, index) => (index === 0 ? part : trimStartMatching(part, GUILLEMET_SPACE)))
    .join('“');
  const inner = opened
    .split('»')
    .map((part, index, parts) => (index === parts.length - 1 ? part : trimEndMatching(part, GUILLEMET_SPACE)))
    .join('”');
  const short = inner.length > max ? `${inner.slice(0, max - 1)}…` : inner;
  return `«\u202F${short}\u202F»`;
}

class Findings {
  readonly list: AuditFinding[] = [];

  add(code: AuditCode, severity: AuditSeverity, field: string, message: string): void {
    this.list.push({ code, severity, field, message });
  }
}

function checkUrl(article: Article, findings: Findings): void {
  const url = text(article.url);
  if (url === '') {
    findings.add(
      'url-missing',
      'error',
      'url',
      'L’article n’a pas d’URL canonique : la page n’aura ni lien canonique ni URL dans ses données structurées.',
    );
  } else if (resolveUrl(url, undefined) === undefined) {
    findings.add(
      'url-invalid',
      'error',
      'url',
      `L’URL canonique ${quoted(url)} n’est pas une adresse http(s) absolue.`,
    );
  }
}

// Lengths are measured as the page prints the text: French typography adds
// spaces to a French article only.
function typographyOf(article: Article): (text: string) => string {
  const language = text(article.language);
  return typographyFor(isLanguageTag(language) ? language : undefined);
}

function checkHeadline(
  article: Article,
  site: SiteConfig | undefined,
  options: Required<AuditOptions>,
  findings: Findings,
): void {
  const raw = text(article.headline);
  if (raw === '') {
    findings.add('headline-missing', 'error', 'headline', 'L’article n’a pas de titre.');
    return;
  }
  // Measured as the page and the structured data print it, French spacing included in French.
  const headline = typographyOf(article)(raw);
  if (headline.length > options.maxHeadlineLength) {
    findings.add(
      'headline-too-long',
      'warning',
      'headline',
      `Le titre fait ${headline.length} caractères : au-delà de ${options.maxHeadlineLength}, les résultats de recherche et les applications d’actualité le coupent. Les données structurées le reprennent en entier, comme la page ; raccourcissez-le.`,
    );
  }
  const title = applyTitleTemplate(site?.titleTemplate, headline);
  if (title.length > options.maxTitleLength) {
    findings.add(
      'title-too-long',
      'warning',
      'headline',
      `Le titre de la page (${quoted(title, 80)}) fait ${title.length} caractères : au-delà de ${options.maxTitleLength} environ, les moteurs de recherche le coupent. Un titre plus court, ou un titre SEO distinct, évite la coupure.`,
    );
  }
}

function firstParagraph(article: Article): string {
  for (const block of Array.isArray(article.body) ? article.body : []) {
    if (block?.type === 'paragraph') {
      const plain = richTextToPlainText(block.text).trim();
      if (plain !== '') return plain;
    }
  }
  return '';
}

// The description falls back as the meta tags do: own description, else the
// standfirst, else the first paragraph, cut at 160 characters.
function checkDescription(article: Article, options: Required<AuditOptions>, findings: Findings): void {
  const own = text(article.description);
  const standfirst = text(article.standfirst);
  const field = own !== '' ? 'description' : 'standfirst';
  const description = typographyOf(article)(own !== '' ? own : standfirst);
  if (description === '') {
    const fallback = firstParagraph(article)
      ? 'le premier paragraphe, coupé, en tiendra lieu'
      : 'la page n’aura pas de description';
    findings.add(
      'description-missing',
      'warning',
      'description',
      `Ni description ni chapô : ${fallback}. Rédigez une description de ${options.minDescriptionLength} à ${options.maxDescriptionLength} caractères.`,
    );
    return;
  }
  const what = own !== '' ? 'La description' : 'Le chapô, qui sert de description,';
  if (description.length < options.minDescriptionLength) {
    findings.add(
      'description-too-short',
      'warning',
      field,
      `${what} fait ${description.length} caractères : trop court pour donner envie de cliquer (${options.minDescriptionLength} au moins).`,
    );
  } else if (description.length > options.maxDescriptionLength) {
    findings.add(
      'description-too-long',
      'warning',
      field,
      `${what} fait ${description.length} caractères : les moteurs de recherche en montrent ${options.maxDescriptionLength} et la coupent au-delà.`,
    );
  }
}

function wordsOf(article: Article, blocks: Block[]): number {
  return countWords({ ...article, standfirst: undefined, body: blocks });
}

function checkLength(
  article: Article,
  body: Block[],
  options: Required<AuditOptions>,
  findings: Findings,
): void {
  const total = countWords(article);
  if (total < options.minWords) {
    findings.add(
      'too-few-words',
      'warning',
      'body',
      `L’article compte ${plural(total, 'mot', 'mots')} : moins de ${options.minWords}, il risque de passer pour un contenu pauvre.`,
    );
  }

  const limit = options.maxWordsWithoutSubheading;
  const hasSubheading = body.some((block) => block?.type === 'subheading');
  if (!hasSubheading) {
    const words = wordsOf(article, body);
    if (words > limit) {
      findings.add(
        'subheading-missing',
        'warning',
        'body',
        `${plural(words, 'mot', 'mots')} sans aucun intertitre : découpez le texte par des intertitres tous les ${limit} mots environ.`,
      );
    }
    return;
  }
  // Runs of text between subheadings.
  let start = 0;
  const flush = (end: number) => {
    const run = body.slice(start, end);
    const words = wordsOf(article, run);
    if (words > limit && run.length > 0) {
      findings.add(
        'section-too-long',
        'info',
        `body.${start}`,
        `${plural(words, 'mot', 'mots')} se suivent sans intertitre à partir de ce bloc : au-delà de ${limit}, un intertitre aide la lecture.`,
      );
    }
  };
  body.forEach((block, index) => {
    if (block?.type === 'subheading') {
      flush(index);
      start = index + 1;
    }
  });
  flush(body.length);
}

/** Where `key` was first seen, or undefined the first time (and `index` is remembered). */
function firstSeenAt(seen: Map<string, number>, key: string, index: number): number | undefined {
  const earlier = seen.get(key);
  if (earlier === undefined) seen.set(key, index);
  return earlier;
}

function checkOutline(body: Block[], findings: Findings): void {
  const slugs = new Map<string, number>();
  const ids = new Map<string, number>();
  body.forEach((block, index) => {
    if (block?.type !== 'subheading') return;
    const field = `body.${index}`;
    const heading = text(block.text);
    if (heading === '') {
      findings.add(
        'subheading-empty',
        'error',
        field,
        'Intertitre vide : il laisserait un titre sans texte dans le plan de la page.',
      );
      return;
    }
    const id = text(block.id);
    if (id !== '') {
      const earlier = firstSeenAt(ids, id, index);
      if (earlier !== undefined) {
        findings.add(
          'subheading-id-duplicate',
          'error',
          field,
          `L’identifiant « ${id} » est déjà celui de l’intertitre body.${earlier} : deux ancres identiques.`,
        );
      }
    } else {
      const slug = slugify(heading);
      const earlier = firstSeenAt(slugs, slug, index);
      if (earlier !== undefined) {
        findings.add(
          'subheading-duplicate',
          'warning',
          field,
          `L’intertitre ${quoted(heading)} donne la même ancre (#${slug}) que l’intertitre body.${earlier} : changez l’un des deux.`,
        );
      }
    }
    const next = body[index + 1];
    if (!next) {
      findings.add(
        'subheading-at-end',
        'warning',
        field,
        `L’intertitre ${quoted(heading)} termine l’article : aucun texte ne le suit.`,
      );
    } else if (next.type === 'subheading') {
      findings.add(
        'subheadings-adjacent',
        'warning',
        field,
        `L’intertitre ${quoted(heading)} est suivi directement d’un autre intertitre : sa partie est vide.`,
      );
    }
  });
}

// An optional URL of the data (author page, section, source, quotation
// source): absent is fine, present must be http(s) or relative.
function checkLinkUrl(url: unknown, field: string, what: string, findings: Findings): void {
  if (url !== undefined && !isSafeUrl(url)) {
    findings.add(
      'link-unsafe',
      'error',
      field,
      `${what} ${quoted(String(url))} n’est ni en http(s) ni relative.`,
    );
  }
}

// Each link mark's URL, reported with the path of its href ("body.3.text.1.children.0.href").
// Marks inside MAX_MARK_DEPTH others are not rendered: checkMarkDepth reports them.
function checkLinksIn(inlines: RichText, field: string, findings: Findings, depth = 0): void {
  if (typeof inlines === 'string' || !Array.isArray(inlines)) return;
  (inlines as Inline[]).forEach((node, index) => {
    if (!node || typeof node !== 'object' || depth >= MAX_MARK_DEPTH) return;
    const path = `${field}.${index}`;
    if (node.type === 'link' && !isSafeUrl(node.href)) {
      findings.add(
        'link-unsafe',
        'error',
        `${path}.href`,
        `Le lien ${quoted(String(node.href))} n’est ni en http(s) ni relatif : il ne sera pas rendu.`,
      );
    }
    if (Array.isArray(node.children)) checkLinksIn(node.children, `${path}.children`, findings, depth + 1);
  });
}

function checkImage(
  image: ImageAsset,
  field: string,
  lead: boolean,
  options: Required<AuditOptions>,
  findings: Findings,
): void {
  if (!isSafeUrl(image.src)) {
    findings.add(
      'image-src-unsafe',
      'error',
      `${field}.src`,
      `L’adresse de l’image ${quoted(String(image.src))} n’est ni en http(s) ni relative : l’image ne sera pas affichée.`,
    );
  }
  if (Array.isArray(image.crops)) {
    image.crops.forEach((crop, index) => {
      if (crop && typeof crop === 'object' && !isSafeUrl(crop.src)) {
        findings.add(
          'image-src-unsafe',
          'error',
          `${field}.crops.${index}.src`,
          `L’adresse du recadrage ${quoted(String(crop.src))} n’est ni en http(s) ni relative : les données structurées ne le donneront pas.`,
        );
      }
    });
  }
  // The rule the page, the meta tags and the JSON-LD apply: a size that
  // rounds to whole pixels (799.6 → 800) is kept; with any other the page
  // leaves the image out and the head tags give its URL alone.
  const size = pixelSize(image.width, image.height);
  if (size === undefined) {
    findings.add(
      'image-size-invalid',
      'error',
      field,
      `L’image n’a pas de largeur et de hauteur valides en pixels (au moins 1 × 1 une fois arrondies) : ${lead ? 'elle ne sera pas affichée, et les balises meta et les données structurées ne donneront que son adresse, sans dimensions' : 'elle ne sera pas affichée'}.`,
    );
  } else if (lead && size.width < options.minImageWidth) {
    findings.add(
      'image-too-narrow',
      'warning',
      `${field}.width`,
      `La photo principale fait ${size.width} px de large : il en faut ${options.minImageWidth} au moins pour les grands aperçus (Google Discover, réseaux sociaux).`,
    );
  }
  if (typeof image.alt !== 'string' || isBlank(image.alt)) {
    const what = lead ? 'La photo principale' : 'Cette image';
    findings.add(
      'image-alt-missing',
      'warning',
      `${field}.alt`,
      `${what} n’a pas de texte alternatif : décrivez ce qu’elle montre pour les lecteurs d’écran et la recherche d’images.`,
    );
  }
}

// The one limit of the library: a mark inside MAX_MARK_DEPTH others is left out with its text.
function checkMarkDepth(body: Block[], findings: Findings): void {
  for (const { path, value } of bodyRichTexts(body)) {
    const found = tooDeepMark(value);
    if (found) {
      findings.add(
        'marks-too-deep',
        'error',
        [path, ...found].join('.'),
        `Marques (italique, gras, lien, langue) imbriquées les unes dans les autres sur plus de ${MAX_MARK_DEPTH} niveaux : au-delà de ${MAX_MARK_DEPTH}, le texte n’est pas affiché. Simplifiez la mise en forme.`,
      );
    }
  }
}

function checkBody(body: Block[], options: Required<AuditOptions>, findings: Findings): void {
  checkMarkDepth(body, findings);
  body.forEach((block, index) => {
    const field = `body.${index}`;
    if (!block || typeof block !== 'object') return;
    switch (block.type) {
      case 'paragraph':
        if (isBlank(richTextToPlainText(block.text))) {
          findings.add('paragraph-empty', 'warning', field, 'Paragraphe vide : supprimez-le.');
        }
        checkLinksIn(block.text, `${field}.text`, findings);
        break;
      case 'list': {
        const items = Array.isArray(block.items) ? block.items : [];
        if (items.length === 0)
          findings.add('list-empty', 'warning', field, 'Liste sans élément : supprimez-la.');
        items.forEach((item, itemIndex) => {
          if (isBlank(richTextToPlainText(item))) {
            findings.add('list-empty', 'warning', `${field}.items.${itemIndex}`, 'Élément de liste vide.');
          }
          checkLinksIn(item, `${field}.items.${itemIndex}`, findings);
        });
        break;
      }
      case 'quote': {
        const words = text(block.text).replace(/[«»“”"„\s]/g, '');
        if (words === '') {
          findings.add('quote-empty', 'error', field, 'Citation vide : elle ne serait pas affichée.');
          break;
        }
        if (nonBlankText(block.attribution?.name) === undefined) {
          findings.add(
            'quote-without-attribution',
            'warning',
            field,
            `La citation ${quoted(text(block.text))} n’est attribuée à personne : qui parle ?`,
          );
        }
        checkLinkUrl(block.cite, `${field}.cite`, 'La source de la citation', findings);
        break;
      }
      case 'image':
        if (block.image && typeof block.image === 'object')
          checkImage(block.image, `${field}.image`, false, options, findings);
        break;
      default:
        break;
    }
  });
}

// "2024-06-12T14:30": a local date-time, without an offset.
const WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?$/;

function checkDate(
  value: unknown,
  field: 'datePublished' | 'dateModified',
  findings: Findings,
): Date | undefined {
  const published = field === 'datePublished';
  if (value === undefined || (typeof value === 'string' && isBlank(value))) {
    if (published) {
      findings.add('date-published-missing', 'error', field, 'L’article n’a pas de date de publication.');
    }
    return undefined;
  }
  if (typeof value === 'string' && isIsoDateTimeWithOffset(value)) return parseIsoDateTime(value.trim());
  const written = String(value);
  // A calendar date alone is valid (schema.org's Date): the page and the JSON-LD give the day, without a time.
  if (isCalendarDate(value)) {
    findings.add(
      published ? 'date-published-day-only' : 'date-modified-day-only',
      'info',
      field,
      `La date ${quoted(written)} ne donne que le jour : la page et les données structurées la publient sans heure. Si l’heure est connue, écrivez par exemple ${written.trim()}T14:30:00+02:00.`,
    );
    return undefined;
  }
  if (typeof value === 'string' && WITHOUT_OFFSET.test(value.trim())) {
    findings.add(
      published ? 'date-published-no-timezone' : 'date-modified-no-timezone',
      published ? 'error' : 'warning',
      field,
      `La date ${quoted(written)} n’indique pas de fuseau horaire (« +02:00 », « Z ») : elle est écartée des données structurées. Écrivez par exemple 2024-06-12T14:30:00+02:00.`,
    );
    return undefined;
  }
  findings.add(
    published ? 'date-published-invalid' : 'date-modified-invalid',
    published ? 'error' : 'warning',
    field,
    `La date ${quoted(written)} n’est pas une date ISO 8601 valide (attendu : 2024-06-12T14:30:00+02:00).`,
  );
  return undefined;
}

function checkDates(article: Article, findings: Findings): void {
  const published = checkDate(article.datePublished, 'datePublished', findings);
  const modified = checkDate(article.dateModified, 'dateModified', findings);
  if (published && modified && modified.getTime() < published.getTime()) {
    findings.add(
      'date-modified-before-published',
      'error',
      'dateModified',
      'La date de mise à jour précède la date de publication : elle est écartée des données structurées.',
    );
  }
}

function checkCorrections(article: Article, findings: Findings): void {
  const corrections = article.corrections;
  if (corrections === undefined || corrections === null) return;
  if (!Array.isArray(corrections)) {
    findings.add(
      'correction-text-missing',
      'error',
      'corrections',
      'Les rectificatifs ne sont pas une liste : aucun n’est publié.',
    );
    return;
  }
  const published = typeof article.datePublished === 'string' ? article.datePublished : undefined;
  corrections.forEach((value, index) => {
    const field = `corrections.${index}`;
    const { correction, problem } = readCorrection(value);
    if (problem === 'date-invalid' || problem === 'not-an-object') {
      const date = (value as { date?: unknown } | null)?.date;
      findings.add(
        'correction-date-invalid',
        'error',
        `${field}.date`,
        `Le rectificatif n’a pas de date valide (${date === undefined ? 'aucune' : quoted(String(date))}) : il n’est pas publié. Écrivez par exemple 2024-04-04 ou 2024-04-04T18:00:00+02:00.`,
      );
    } else if (problem === 'text-missing') {
      findings.add(
        'correction-text-missing',
        'error',
        `${field}.text`,
        'Le rectificatif n’a pas de texte : il n’est pas publié. Dites ce qui a été corrigé.',
      );
    } else if (correction && published && isBeforePublication(correction, published)) {
      findings.add(
        'correction-before-published',
        'error',
        `${field}.date`,
        `Le rectificatif est daté du ${quoted(correction.date)}, avant la publication de l’article : vérifiez sa date.`,
      );
    }
  });
}

function checkPaywall(article: Article, body: Block[], findings: Findings): void {
  const markers = body.flatMap((block, index) => (block?.type === 'paywall' ? [index] : []));
  const paid = article.isAccessibleForFree === false;
  if (paid && markers.length === 0) {
    findings.add(
      'paywall-marker-missing',
      'warning',
      'body',
      'L’article est réservé aux abonnés mais aucun bloc « paywall » ne marque où commence la partie réservée : les données structurées ne peuvent pas la désigner à Google, qui risque de prendre le texte masqué pour du cloaking.',
    );
  }
  markers.forEach((index, position) => {
    if (paid && position === 0) return;
    findings.add(
      'paywall-marker-ignored',
      'warning',
      `body.${index}`,
      paid
        ? 'Second marqueur de paywall : seul le premier compte, supprimez celui-ci.'
        : 'Marqueur de paywall dans un article gratuit (isAccessibleForFree n’est pas false) : il est ignoré.',
    );
  });
}

function checkMetadataLinks(article: Article, findings: Findings): void {
  const authors = Array.isArray(article.authors) ? article.authors : [];
  if (authors.length === 0 || authors.every((author) => text(author?.name) === '')) {
    findings.add(
      'author-missing',
      'info',
      'authors',
      'L’article n’est pas signé : Google recommande de nommer l’auteur.',
    );
  }
  authors.forEach((author, index) => {
    checkLinkUrl(author?.url, `authors.${index}.url`, 'La page de l’auteur', findings);
  });
  checkLinkUrl(article.section?.url, 'section.url', 'L’adresse de la rubrique', findings);
  checkLinkUrl(article.source?.url, 'source.url', 'L’adresse de la source', findings);
}

/**
 * The checks a newsroom runs before publishing, as data: headline and page
 * title lengths (with the site's title template), meta description (the
 * standfirst standing in for it, as the meta tags do), length and
 * subheadings, quotations without a speaker, lead image (missing, narrower
 * than 1 200 px, without alt text), dates (missing, invalid, without time
 * zone, updated before published), heading outline (empty or duplicate
 * subheadings), unsafe link URLs and empty blocks. Messages are in French,
 * for an editor. A clean article gives no finding. Never throws.
 *
 * @example
 * const findings = auditArticle(article, site, { minWords: 400 });
 * const blocking = findings.filter((finding) => finding.severity === 'error');
 */
export function auditArticle(
  article: Article,
  site?: SiteConfig,
  options: AuditOptions = {},
): AuditFinding[] {
  const findings = new Findings();
  if (!article || typeof article !== 'object') {
    if (process.env.NODE_ENV !== 'production') warnOnce('auditArticle expects an article object.');
    findings.add('headline-missing', 'error', 'headline', 'Aucun article à vérifier.');
    return findings.list;
  }
  const settings = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS) as (keyof AuditOptions)[]) {
    settings[key] = positiveNumber(options?.[key], DEFAULTS[key]);
  }
  const body = Array.isArray(article.body) ? article.body : [];

  checkUrl(article, findings);
  checkHeadline(article, site, settings, findings);
  checkDescription(article, settings, findings);
  checkMetadataLinks(article, findings);
  checkDates(article, findings);
  checkCorrections(article, findings);
  if (article.image && typeof article.image === 'object')
    checkImage(article.image, 'image', true, settings, findings);
  else
    findings.add(
      'image-missing',
      'warning',
      'image',
      'L’article n’a pas de photo principale : pas de grand aperçu dans Google Discover ni sur les réseaux sociaux.',
    );
  checkLength(article, body, settings, findings);
  checkOutline(body, findings);
  checkBody(body, settings, findings);
  checkPaywall(article, body, findings);
  return findings.list;
}
