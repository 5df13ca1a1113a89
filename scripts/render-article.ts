/**
 * Renders seed articles as complete HTML documents, to open in a browser or
 * feed to a validator (the Nu Html Checker, Google's Rich Results Test).
 *
 *   npm run render -- <fixture-id|all> [--out reports/documents]
 *
 * Writes `<id>.html` for each article and copies the fixture images into
 * `images/` beside them. The documents name their images with relative URLs
 * (`images/…`), so they show both when opened as files and when the output
 * folder is served (`npx vite preview --outDir reports/documents`, or any
 * static server). Their canonical URLs, Open Graph tags and JSON-LD still
 * name absolute URLs on the example site, exactly as the tests check them.
 *
 * Exits with 2 on a usage error, 0 otherwise.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { exampleSite, type SeedFixture, seedFixtures } from '../fixtures';
import type { Article, Block, ImageAsset, ImageSource, Teaser } from '../src/model';
import { renderArticleDocument } from '../src/server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const IMAGES = path.join(ROOT, 'fixtures/images');
const DEFAULT_OUT = path.join(ROOT, 'reports/documents');
const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

const USAGE = `Usage : npm run render -- <${seedFixtures.map((seed) => seed.id).join('|')}|all> [--out dossier]`;

// "/images/x.jpg" → "images/x.jpg": resolved against the example site it is
// the same absolute URL, and beside the copied images it is a file that exists.
function relativeSource<T extends ImageSource>(image: T): T;
function relativeSource<T extends ImageSource>(image: T | undefined): T | undefined;
function relativeSource<T extends ImageSource>(image: T | undefined): T | undefined {
  if (!image?.src.startsWith('/images/')) return image;
  return { ...image, src: image.src.slice(1) };
}

function relativeImage(image: ImageAsset | undefined): ImageAsset | undefined {
  if (!image) return image;
  return { ...relativeSource(image), crops: image.crops?.map((crop) => relativeSource(crop)) };
}

function relativeBlock(block: Block): Block {
  return block.type === 'image' ? { ...block, image: relativeImage(block.image) ?? block.image } : block;
}

function withRelativeImages(seed: SeedFixture): { article: Article; related: Teaser[] } {
  return {
    article: {
      ...seed.article,
      image: relativeImage(seed.article.image),
      body: seed.article.body.map(relativeBlock),
    },
    related: seed.related.map((teaser) => ({ ...teaser, image: relativeImage(teaser.image) })),
  };
}

const OPTIONS = { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

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
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  const [which, ...extra] = parsed.positionals;
  if (which === undefined || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const seeds = which === 'all' ? seedFixtures : seedFixtures.filter((seed) => seed.id === which);
  if (seeds.length === 0) {
    console.error(`Article inconnu : ${which}\n${USAGE}`);
    return 2;
  }

  const out = parsed.values.out ? path.resolve(parsed.values.out) : DEFAULT_OUT;
  mkdirSync(path.join(out, 'images'), { recursive: true });
  for (const file of readdirSync(IMAGES).filter((name) => IMAGE_FILE.test(name))) {
    copyFileSync(path.join(IMAGES, file), path.join(out, 'images', file));
  }
  for (const seed of seeds) {
    const { article, related } = withRelativeImages(seed);
    const file = path.join(out, `${seed.id}.html`);
    writeFileSync(file, renderArticleDocument({ article, site: exampleSite, related }));
    console.log(`${path.relative(process.cwd(), file)}`);
  }
  console.log(
    `\n${seeds.length} document(s) dans ${path.relative(process.cwd(), out) || '.'}, images comprises.`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
