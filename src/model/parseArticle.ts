import * as v from 'valibot';
import { isBeforePublication, readCorrection } from '../corrections';
import { parseIsoDateTime } from '../dates';
import { MARK_DEPTH_MESSAGE, MAX_MARK_DEPTH, tooDeepMarkInBody } from './marks';
import { ArticleSchema, SiteConfigSchema, TeaserSchema } from './schema';
import type { Article, SiteConfig, Teaser } from './types';

/** One problem found in the data: where it is, and what is wrong, in plain English. */
export interface ParseIssue {
  /** Dot path of the field ("body.3.text", "datePublished"); empty for the value itself. */
  path: string;
  /** What is wrong, e.g. "not an ISO 8601 date-time with a time zone". */
  message: string;
}

/** The outcome of `parseArticle`. */
export type ParseArticleResult =
  | {
      success: true;
      article: Article;
      /** Things that do not stop the article from rendering: ignored fields, a headline too long for search engines. */
      warnings?: ParseIssue[];
    }
  | { success: false; issues: ParseIssue[] };

/** The outcome of `parseTeaser`. */
export type ParseTeaserResult =
  | { success: true; teaser: Teaser; warnings?: ParseIssue[] }
  | { success: false; issues: ParseIssue[] };

/** The outcome of `parseSiteConfig`. */
export type ParseSiteConfigResult =
  | { success: true; site: SiteConfig; warnings?: ParseIssue[] }
  | { success: false; issues: ParseIssue[] };

// Beyond 110 characters search results and news apps cut a headline (the JSON-LD keeps it whole).
const HEADLINE_LIMIT = 110;
// Levels of objects and lists: deeper than any real article, whose deepest
// part is its marks (two levels each: the mark and its children). Stops cyclic
// or hostile data in any field before the stack does.
const MAX_DEPTH = 2 * MAX_MARK_DEPTH + 36;

/** Thrown by `withoutNulls` with the path where the data goes too deep. */
class TooDeep extends Error {
  constructor(readonly path: string) {
    super('too deep');
  }
}

type Plain = Record<string, unknown>;
const isPlainObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A copy of JSON-like data where object properties set to `null` are left
 * out: CMSs write `null` for an empty optional field, which the model spells
 * as an absent one. Only own enumerable properties are read, and each is
 * written as an own property of the copy: a `"__proto__"` key (which
 * `JSON.parse` makes an own property) stays a field named `__proto__` instead
 * of becoming the copy's prototype, so nothing is ever inherited.
 */
function withoutNulls(value: unknown, path: readonly string[] = []): unknown {
  if (path.length > MAX_DEPTH) throw new TooDeep(path.join('.'));
  if (Array.isArray(value)) return value.map((item, index) => withoutNulls(item, [...path, String(index)]));
  if (!isPlainObject(value)) return value;
  const copy: Plain = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === null) continue;
    Object.defineProperty(copy, key, {
      value: withoutNulls(item, [...path, key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** What a value is, in the words of the messages: "a list", "an object", "a string"… */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return String(value);
  return typeof value;
}

/**
 * Fields of the input that the schema stripped from the output, with what
 * each held. Only the output's own properties count as known: `constructor`
 * or `__proto__` in the input is an unknown field like any other.
 */
function ignoredFields(input: unknown, output: unknown, path: string[], found: ParseIssue[]): void {
  if (Array.isArray(input) && Array.isArray(output)) {
    input.forEach((item, index) => {
      ignoredFields(item, output[index], [...path, String(index)], found);
    });
  } else if (isPlainObject(input) && isPlainObject(output)) {
    for (const [key, item] of Object.entries(input)) {
      if (Object.hasOwn(output, key)) ignoredFields(item, output[key], [...path, key], found);
      else if (item !== undefined)
        found.push({
          path: [...path, key].join('.'),
          message: `unknown field, ignored: got ${kindOf(item)}`,
        });
    }
  }
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  Array: 'a list',
  Object: 'an object',
};

function describeExpected(expected: string): string {
  const options = expected.replace(/^\((.*)\)$/, '$1').split(' | ');
  const described = options.map((option) => EXPECTED[option] ?? option);
  if (options.every((option) => option.startsWith('"'))) {
    return described.length === 1 ? `exactly ${described[0]}` : `one of ${described.join(', ')}`;
  }
  return described.join(' or ');
}

function describeReceived(received: string): string {
  if (received === 'Object') return 'an object';
  if (received === 'Array') return 'a list';
  if (received === 'undefined') return 'nothing';
  return received.length > 40 ? `${received.slice(0, 39)}…` : received;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  // Messages written in the schema are used as they are; valibot's defaults
  // ("Invalid type: Expected …") are rewritten.
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  const expected = issue.expected ?? '';
  if (issue.received === 'undefined' && expected.startsWith('"') && issue.type.endsWith('object')) {
    return 'required field missing';
  }
  if (expected === '') return issue.message;
  return `expected ${describeExpected(expected)}, got ${describeReceived(issue.received)}`;
}

/**
 * Valibot's issues as `ParseIssue`s. When a union fails (rich text: a string
 * or a mark), the alternative that got furthest into the value explains the
 * problem best ("body.2.text.1.href"); nested union issues carry paths
 * relative to their union.
 */
function collectIssues(issues: readonly v.BaseIssue<unknown>[], base: string[], found: ParseIssue[]): void {
  for (const issue of issues) {
    const path = [...base, ...(issue.path ?? []).map((item) => String(item.key))];
    const deeper =
      issue.type === 'union' ? (issue.issues ?? []).filter((sub) => (sub.path?.length ?? 0) > 0) : [];
    if (deeper.length > 0) collectIssues(deeper, path, found);
    else found.push({ path: path.join('.'), message: describeIssue(issue) });
  }
}

function dedupe(issues: ParseIssue[]): ParseIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type Checked<T> =
  | { success: true; value: T; warnings: ParseIssue[] }
  | { success: false; issues: ParseIssue[] };

// The body's marks are checked against the one limit before anything else, so
// that a mark too deep is reported as such, with its path, whatever its depth.
function deepMarkIssue(input: unknown): ParseIssue | undefined {
  const body = isPlainObject(input) && Object.hasOwn(input, 'body') ? input.body : undefined;
  const path = tooDeepMarkInBody(body);
  return path === undefined ? undefined : { path, message: MARK_DEPTH_MESSAGE };
}

function check<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  withMarks = false,
): Checked<v.InferOutput<TSchema>> {
  // Valibot takes an array for an object with missing fields; say what it is.
  if (Array.isArray(input))
    return { success: false, issues: [{ path: '', message: 'expected an object, got a list' }] };
  try {
    const deep = withMarks ? deepMarkIssue(input) : undefined;
    if (deep) return { success: false, issues: [deep] };
    const cleaned = withoutNulls(input);
    const result = v.safeParse(schema, cleaned);
    if (!result.success) {
      const issues: ParseIssue[] = [];
      collectIssues(result.issues, [], issues);
      return { success: false, issues: dedupe(issues) };
    }
    const warnings: ParseIssue[] = [];
    ignoredFields(cleaned, result.output, [], warnings);
    return { success: true, value: result.output, warnings };
  } catch (error) {
    // Cyclic or absurdly nested data, or a getter that throws.
    if (error instanceof TooDeep) {
      return {
        success: false,
        issues: [
          { path: error.path, message: `objects and lists nested more than ${MAX_DEPTH} levels deep` },
        ],
      };
    }
    return {
      success: false,
      issues: [{ path: '', message: 'not plain data (a property could not be read)' }],
    };
  }
}

const someWarnings = (warnings: ParseIssue[]) => (warnings.length > 0 ? { warnings } : {});

/**
 * Checks data from outside (a CMS, JSON, a form) against the content model
 * and returns a typed `Article`, or every problem found, each with its field
 * path and a plain-English message:
 * `{ path: 'datePublished', message: 'not an ISO 8601 date-time with a time zone (…)' }`.
 *
 * Refused: a missing or empty headline, a `url` that is not absolute
 * http(s), a date-time without a time zone, an image without a positive whole
 * width and height, any URL other than http(s) or relative (`javascript:`,
 * `data:`), an unknown block type, a language tag that is not BCP 47, a
 * mark nested inside `MAX_MARK_DEPTH` (32) others (reported with its path,
 * `body.3.text.0.children.0…`), objects and lists nested deeper than any
 * article is.
 *
 * Tolerated: fields the model does not know are stripped, and listed in
 * `warnings` with what they held (`__proto__`, `constructor` and `prototype`
 * included: only own properties are read, nothing is inherited); an optional
 * field set to `null` counts as absent; surrounding spaces are trimmed from
 * dates, and URLs are read as a browser reads them (ASCII controls and
 * spaces at the ends, tabs and newlines anywhere, removed). A headline longer than 110
 * characters, or a `dateModified` or a correction dated before
 * `datePublished`, passes with a warning. Never throws.
 *
 * Stricter than rendering on purpose: the components and builders take data
 * this refuses and make the best of it (an image 799.6 pixels wide is
 * printed 800 wide; one without a usable size is left out of the page), so
 * that a page never breaks, while this reports the mistake to fix at the
 * source.
 *
 * @example
 * const result = parseArticle(await response.json());
 * if (result.success) render(result.article);
 * else for (const { path, message } of result.issues) console.error(`${path}: ${message}`);
 */
export function parseArticle(input: unknown): ParseArticleResult {
  const checked = check(ArticleSchema, input, true);
  if (!checked.success) return checked;
  const article = checked.value;
  const warnings = checked.warnings;
  if ([...article.headline].length > HEADLINE_LIMIT) {
    warnings.push({
      path: 'headline',
      message: `longer than ${HEADLINE_LIMIT} characters; search results and news apps cut it`,
    });
  }
  const published = parseIsoDateTime(article.datePublished);
  const modified = article.dateModified === undefined ? undefined : parseIsoDateTime(article.dateModified);
  if (published && modified && modified.getTime() < published.getTime()) {
    warnings.push({ path: 'dateModified', message: 'earlier than datePublished' });
  }
  article.corrections?.forEach((correction, index) => {
    const read = readCorrection(correction).correction;
    if (read && isBeforePublication(read, article.datePublished)) {
      warnings.push({ path: `corrections.${index}.date`, message: 'earlier than datePublished' });
    }
  });
  return { success: true, article, ...someWarnings(warnings) };
}

/** Checks a teaser from outside, as `parseArticle` checks an article. Never throws. */
export function parseTeaser(input: unknown): ParseTeaserResult {
  const checked = check(TeaserSchema, input);
  if (!checked.success) return checked;
  return { success: true, teaser: checked.value, ...someWarnings(checked.warnings) };
}

/** Checks a site configuration from outside, as `parseArticle` checks an article. Never throws. */
export function parseSiteConfig(input: unknown): ParseSiteConfigResult {
  const checked = check(SiteConfigSchema, input);
  if (!checked.success) return checked;
  return { success: true, site: checked.value, ...someWarnings(checked.warnings) };
}
