import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  peerDependencies?: Record<string, string>;
};

/** What a consumer's bundler leaves out of manchette's weight: the peers they already ship. */
export const PEERS = Object.keys(pkg.peerDependencies ?? {});

export interface ModuleCost {
  /** Path relative to the repository (`dist/esm/components/QuoteBlock/QuoteBlock.js`, `node_modules/valibot/…`). */
  path: string;
  /** Minified bytes this module contributes to the bundle (before gzip). */
  bytes: number;
}

export interface BundleReport {
  minified: number;
  gzipped: number;
  modules: ModuleCost[];
  /** Bare imports left in the bundle (the externals actually used). */
  externals: string[];
  metafile: Metafile;
  /** The bundle itself, minified. */
  code: string;
}

/**
 * Bundles `import { names } from '<entry>'` as a consumer's production build
 * would (esbuild, minified, tree-shaken, `NODE_ENV=production`, externals left
 * as imports) and reports what each module costs. The same measure as
 * size-limit's esbuild plugin, with the per-module breakdown it does not give.
 * `nodeEnv` bundles for another environment instead (a development build).
 */
export async function bundleImport(
  entry: string,
  names: string[] | '*',
  options: { external?: string[]; nodeEnv?: string } = {},
): Promise<BundleReport> {
  const absolute = path.resolve(ROOT, entry);
  const source =
    names === '*'
      ? `import * as all from ${JSON.stringify(absolute)};\nconsole.log(all);\n`
      : `import { ${names.join(', ')} } from ${JSON.stringify(absolute)};\nconsole.log(${names.join(', ')});\n`;
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, sourcefile: 'consumer.js', loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    treeShaking: true,
    metafile: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': JSON.stringify(options.nodeEnv ?? 'production') },
    external: options.external ?? PEERS,
  });
  const output = result.outputFiles[0];
  const outputMeta = Object.values(result.metafile.outputs)[0];
  if (!output || !outputMeta) throw new Error(`esbuild produced no output for ${entry}`);
  const modules = Object.entries(outputMeta.inputs)
    .filter(([file, input]) => input.bytesInOutput > 0 && file !== 'consumer.js')
    .map(([file, input]) => ({
      path: path.relative(ROOT, path.resolve(ROOT, file)),
      bytes: input.bytesInOutput,
    }))
    .sort((a, b) => b.bytes - a.bytes);
  const externals = [
    ...new Set(outputMeta.imports.filter((item) => item.external).map((item) => item.path)),
  ].sort();
  return {
    minified: output.contents.byteLength,
    gzipped: gzipSync(output.contents, { level: 9 }).byteLength,
    modules,
    externals,
    metafile: result.metafile,
    code: output.text,
  };
}
