import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './tests/support/chromium.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// A fresh object per project: Vitest writes the instance name into it, and a
// shared one would give two projects the same name.
const browser = (project: string) => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions }),
  instances: [{ browser: 'chromium' as const, name: `${project} (chromium)` }],
});

// React 18 and every package that imports React, from tests/react18 (`npm ci --prefix tests/react18`), so
// that the library and its peers share that one copy. A prefix alias also covers subpaths (react/jsx-runtime).
const react18Alias = [
  'react',
  'react-dom',
  'styled-components',
  'react-helmet-async',
  '@testing-library/react',
].map((name) => ({ find: name, replacement: path.join(dirname, 'tests/react18/node_modules', name) }));

/**
 * Seven projects:
 * - `unit`: components and functions in jsdom;
 * - `node`: server rendering and framework-free code with no DOM at all (`*.node.test.ts[x]`);
 * - `browser`: real Chromium (`tests/browser/`);
 * - `storybook`: every story rendered and played in Chromium, with the a11y checks;
 * - `react18` and `react18-node`: the component and server-render suites again on React 18;
 * - `example`: the Next.js application in examples/next, built by `npm run example:build`, in Chromium.
 */
export default defineConfig({
  test: {
    globals: true,
    // A limit against a hung test, not a speed goal: property runs, whole-page audits and stories in
    // Chromium take several seconds each when two cores run every project at once.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: [
            'tests/browser/**',
            'tests/**/*.node.test.{ts,tsx}',
            'tests/**/*.example.test.ts',
            'tests/react18/**',
          ],
          setupFiles: ['tests/support/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.node.test.{ts,tsx}'],
          exclude: ['tests/react18/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'example',
          environment: 'node',
          include: ['tests/example/**/*.example.test.ts'],
          // next start and Chromium, page after page.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/support/setup-dom.ts'],
          browser: browser('browser'),
        },
      },
      {
        extends: true,
        resolve: { alias: react18Alias },
        test: {
          name: 'react18',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.{ts,tsx}'],
          exclude: ['tests/**/*.node.test.{ts,tsx}'],
          setupFiles: ['tests/react18/setup.ts', 'tests/support/setup-dom.ts'],
        },
      },
      {
        extends: true,
        resolve: { alias: react18Alias },
        test: {
          name: 'react18-node',
          environment: 'node',
          include: ['tests/components/**/*.node.test.{ts,tsx}', 'tests/server/**/*.node.test.{ts,tsx}'],
          setupFiles: ['tests/react18/setup.ts'],
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: { name: 'storybook', browser: browser('storybook') },
      },
    ],
  },
});
