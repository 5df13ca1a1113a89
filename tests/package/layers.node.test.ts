import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../../src');

// The framework-free layer: usable from a build script, a CMS or Next.js generateMetadata.
const FRAMEWORK_FREE = [
  'audit',
  'dates',
  'dev',
  'images',
  'import',
  'model',
  'seo',
  'text',
  'typography',
  'url',
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function imports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
    (m) => m[1] as string,
  );
}

/** The imports of a file that tie it to React, styled-components or a component. */
function frameworkImports(file: string): string[] {
  return imports(file)
    .filter(
      (specifier) =>
        /^(react|react-dom|styled-components|react-helmet-async)(\/|$)/.test(specifier) ||
        path.resolve(path.dirname(file), specifier).startsWith(path.join(src, 'components')),
    )
    .map((specifier) => `${path.relative(src, file)} → ${specifier}`);
}

describe('the two layers of src/', () => {
  it('finds the framework imports of the server renderer (the check below is not vacuous)', () => {
    expect(frameworkImports(path.join(src, 'server/renderArticleDocument.tsx'))).toEqual(
      expect.arrayContaining([
        'server/renderArticleDocument.tsx → react-dom/server',
        'server/renderArticleDocument.tsx → styled-components',
        'server/renderArticleDocument.tsx → ../components/ArticleLayout',
      ]),
    );
  });

  it.each(FRAMEWORK_FREE)('src/%s imports neither React, styled-components nor a component', (folder) => {
    const files = sources(path.join(src, folder));
    expect(files.length).toBeGreaterThan(0);
    const offending = files.flatMap(frameworkImports);
    expect(offending).toEqual([]);
    expect(files.some((file) => file.endsWith('.tsx'))).toBe(false);
  });
});
