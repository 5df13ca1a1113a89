import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Validator, { type ValidationIssue } from '@adobe/structured-data-validator';
import WebAutoExtractor, { type ExtractedData } from '@marbec/web-auto-extractor';

/**
 * The schema.org vocabulary, release 30.0, vendored: the validator would
 * otherwise download it, and the tests run with no outside network.
 */
export const SCHEMA_ORG_VOCABULARY_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/vendor/schemaorg-30.0-vocab.min.json',
);

let validator: Validator | undefined;

/** Adobe's validator, handed the vendored vocabulary through its constructor (its documented way in). */
export function structuredDataValidator(): Validator {
  validator ??= new Validator(JSON.parse(readFileSync(SCHEMA_ORG_VOCABULARY_FILE, 'utf8')));
  return validator;
}

export interface StructuredDataReport {
  /** What the extractor found in the page, as the validator reads it. */
  extracted: ExtractedData;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}

/**
 * Extracts every structured-data item of an HTML document the way crawlers
 * do (JSON-LD, microdata, RDFa, from the markup itself rather than from the
 * builder's return value) and validates them against Google's rich-result
 * rules and the schema.org vocabulary.
 */
export async function validateStructuredData(html: string): Promise<StructuredDataReport> {
  const extracted = new WebAutoExtractor({ addLocation: true, embedSource: ['rdfa', 'microdata'] }).parse(
    html,
  );
  // The validator deletes `@location` from the items it reads; keep the extracted data intact for the caller.
  const issues = await structuredDataValidator().validate(structuredClone(extracted));
  return {
    extracted,
    errors: issues.filter((issue) => issue.severity === 'ERROR'),
    warnings: issues.filter((issue) => issue.severity === 'WARNING'),
  };
}

/** One line per issue, for an assertion failure a reader can act on. */
export function describeIssues(name: string, issues: ValidationIssue[]): string[] {
  return issues.map((issue) => {
    const where = (issue.path ?? [])
      .map((step) => [step.property, step.type, step.index].filter((part) => part !== undefined).join(':'))
      .join(' > ');
    return `${name}: [${issue.severity}] ${issue.issueMessage}${where ? ` (at ${where})` : ''}`;
  });
}
