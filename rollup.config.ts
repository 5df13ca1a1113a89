import { readFileSync } from 'node:fs';
import { babel } from '@rollup/plugin-babel';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import type { RollupOptions } from 'rollup';
import { dts } from 'rollup-plugin-dts';
import preserveDirectives from 'rollup-preserve-directives';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

// Everything the consumer installs stays an import, subpaths included (react/jsx-runtime).
const externalPackages = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const external = (id: string) =>
  id.startsWith('node:') || externalPackages.some((name) => id === name || id.startsWith(`${name}/`));

const entries = { index: 'src/index.ts', server: 'src/server.ts' } as const;
const extensions = ['.ts', '.tsx', '.js'];

const code: RollupOptions = {
  input: entries,
  external,
  plugins: [
    // Keeps each module's 'use client' at the top of its own file in dist/
    // (one file per module), where Next.js and other React Server Components
    // bundlers look for it; rollup alone drops module-level directives.
    preserveDirectives(),
    nodeResolve({ extensions }),
    babel({
      babelHelpers: 'bundled',
      extensions,
      babelrc: false,
      configFile: false,
      presets: [
        ['@babel/preset-typescript', { onlyRemoveTypeImports: true }],
        ['@babel/preset-react', { runtime: 'automatic' }],
      ],
      plugins: [
        // Deterministic component ids (from the file path, not the build order)
        // and readable display names, identical in every build and every copy.
        [
          'babel-plugin-styled-components',
          {
            displayName: true,
            fileName: true,
            meaninglessFileNames: ['index', 'styles'],
            ssr: true,
            pure: true,
            namespace: 'manchette',
          },
        ],
      ],
    }),
  ],
  output: [
    {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
    {
      dir: 'dist/cjs',
      format: 'cjs',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].cjs',
      exports: 'named',
      interop: 'auto',
      sourcemap: true,
    },
  ],
};

// One self-contained declaration file per entry and per module system, so that
// `node16` resolution finds `.d.cts` for require and `.d.ts` for import.
const types: RollupOptions[] = Object.entries(entries).map(([name, input]) => ({
  input,
  external,
  plugins: [dts({ tsconfig: 'tsconfig.json' })],
  output: [
    { file: `dist/${name}.d.ts`, format: 'es' },
    { file: `dist/${name}.d.cts`, format: 'es' },
  ],
}));

export default [code, ...types];
