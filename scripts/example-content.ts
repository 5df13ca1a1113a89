/**
 * Writes the content of the Next.js example (examples/next/content/) from the
 * seed fixtures: one JSON file per article, as a CMS would hand it over, and
 * the site's configuration. The example reads them through `parseArticle`.
 * `npm run example:content` after changing a fixture; a test fails while the
 * example's copy differs from the fixtures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exampleSite, seedFixtures } from '../fixtures';

export const exampleContentDir = path.resolve(import.meta.dirname, '../examples/next/content');

/** The files of the example's content, by path relative to its folder, with their text. */
export function exampleContent(): Map<string, string> {
  const files = new Map<string, string>();
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  files.set('site.json', json(exampleSite));
  for (const seed of seedFixtures) {
    files.set(`articles/${seed.id}.json`, json({ article: seed.article, related: seed.related }));
  }
  return files;
}

if (process.argv[1] === import.meta.filename) {
  for (const [name, text] of exampleContent()) {
    const file = path.join(exampleContentDir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
