import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A regular expression written in the library's sources. */
export interface SourceRegExp {
  /** `src/…/file.ts:line`. */
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/**
 * Every regular-expression literal in src/, and the place of every
 * `new RegExp(…)` / `RegExp(…)` call, read with the TypeScript parser.
 */
export function regExpsInSources(): { literals: SourceRegExp[]; constructed: string[] } {
  const literals: SourceRegExp[] = [];
  const constructed: string[] = [];
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) =>
      `${path.relative(ROOT, file)}:${tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1}`;
    const visit = (node: ts.Node) => {
      if (ts.isRegularExpressionLiteral(node)) {
        const literal = node.text;
        const end = literal.lastIndexOf('/');
        literals.push({ where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        constructed.push(where(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return { literals, constructed };
}
