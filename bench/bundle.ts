import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';

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
}

/**
 * Marks every `warnOnce(…)` call of the built modules as pure, so that the
 * minifier drops it with its message: what the bundle would weigh if the
 * development warnings were stripped from production builds.
 */
const dropWarnings: Plugin = {
  name: 'drop-development-warnings',
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/]esm[\\/].*\.js$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(
        /(?<![.\w$])warnOnce\(/g,
        '/* @__PURE__ */ warnOnce(',
      ),
      loader: 'js',
    }));
  },
};

/**
 * Bundles `import { names } from '<entry>'` as a consumer's production build
 * would (esbuild, minified, tree-shaken, `NODE_ENV=production`, externals left
 * as imports) and reports what each module costs. The same measure as
 * size-limit's esbuild plugin, with the per-module breakdown it does not give.
 */
export async function bundleImport(
  entry: string,
  names: string[] | '*',
  options: { external?: string[]; withoutWarnings?: boolean } = {},
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
    define: { 'process.env.NODE_ENV': '"production"' },
    external: options.external ?? PEERS,
    plugins: options.withoutWarnings ? [dropWarnings] : [],
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
  };
}
