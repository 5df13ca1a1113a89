/**
 * Imports a plain-text article and audits it as a newsroom would before
 * publishing.
 *
 *   npm run audit -- article.txt [--url URL] [--date ISO] [--modified ISO]
 *                               [--language fr-FR] [--min-words 300] [--json out.json]
 *
 * Prints what the importer dropped, repaired or could not find, then the
 * audit's findings. Exits with 1 when a finding is an error, 2 on a usage
 * error, 0 otherwise.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type AuditFinding, auditArticle } from '../src/audit';
import { type Diagnostic, parseArticleText } from '../src/import';

const USAGE =
  'Usage : npm run audit -- article.txt [--url URL] [--date ISO] [--modified ISO] [--language fr-FR] [--min-words 300] [--json out.json]';

const MARKS = { error: '✖', warning: '!', info: '·' } as const;
const SEVERITY_LABELS = { error: 'erreur', warning: 'avertissement', info: 'info' } as const;

function excerpt(text: string, max = 70): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function formatDiagnostic(diagnostic: Diagnostic): string {
  const where =
    diagnostic.lines.length > 0 ? `l.${diagnostic.lines.map((line) => line.number).join(',')} ` : '';
  const family = diagnostic.family ? ` (${diagnostic.family})` : '';
  const line = diagnostic.lines[0] ? `\n      « ${excerpt(diagnostic.lines[0].text)} »` : '';
  return `  ${MARKS[diagnostic.severity]} ${where}${diagnostic.code}${family} — ${diagnostic.message}${line}`;
}

function formatFinding(finding: AuditFinding): string {
  return `  ${MARKS[finding.severity]} ${SEVERITY_LABELS[finding.severity]} ${finding.code} [${finding.field}]\n      ${finding.message}`;
}

function count(list: { severity: string }[], severity: string, one: string, many: string): string {
  const n = list.filter((entry) => entry.severity === severity).length;
  return `${n} ${n > 1 ? many : one}`;
}

const OPTIONS = {
  url: { type: 'string' },
  date: { type: 'string' },
  modified: { type: 'string' },
  language: { type: 'string' },
  'min-words': { type: 'string' },
  json: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function readArguments(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return undefined;
  }
}

function main(argv: string[]): number {
  const parsed = readArguments(argv);
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`Impossible de lire ${file} : ${(error as Error).message}`);
    return 2;
  }
  const minWords = values['min-words'] === undefined ? undefined : Number(values['min-words']);
  if (minWords !== undefined && !(Number.isInteger(minWords) && minWords > 0)) {
    console.error(`--min-words attend un entier positif, pas « ${values['min-words']} ».`);
    return 2;
  }

  const result = parseArticleText(raw, {
    url: values.url,
    datePublished: values.date,
    dateModified: values.modified,
    language: values.language,
  });
  const { article } = result;

  console.log(`Article : ${article.headline || '(sans titre)'}`);
  if (article.standfirst) console.log(`Chapô : ${excerpt(article.standfirst, 100)}`);
  if (article.authors?.length)
    console.log(`Signature : ${article.authors.map((author) => author.name).join(', ')}`);
  if (article.source) console.log(`Source : ${article.source.name}`);
  const blocks = article.body.map((block) => block.type);
  console.log(
    `Corps : ${blocks.length} blocs (${['paragraph', 'subheading', 'quote', 'list']
      .map((type) => `${blocks.filter((b) => b === type).length} ${type}`)
      .join(', ')})`,
  );
  for (const teaser of result.teasers) console.log(`À lire aussi : ${excerpt(teaser.headline, 90)}`);
  for (const credit of result.credits) console.log(`Crédit : ${credit}`);
  for (const caption of result.captions) console.log(`Légende : ${excerpt(caption, 90)}`);

  console.log(`\nImport : ${result.diagnostics.length} diagnostics`);
  for (const diagnostic of result.diagnostics) console.log(formatDiagnostic(diagnostic));

  const findings = auditArticle(article, undefined, minWords !== undefined ? { minWords } : {});
  console.log(`\nAudit : ${findings.length === 0 ? 'aucun problème' : `${findings.length} points`}`);
  for (const finding of findings) console.log(formatFinding(finding));
  console.log(
    `\n${count(findings, 'error', 'erreur', 'erreurs')}, ${count(findings, 'warning', 'avertissement', 'avertissements')}, ${count(findings, 'info', 'remarque', 'remarques')}.`,
  );

  const { json } = values;
  if (json !== undefined) {
    writeFileSync(json, `${JSON.stringify(result.article, null, 2)}\n`);
    console.log(`Article écrit dans ${json}.`);
  }
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
