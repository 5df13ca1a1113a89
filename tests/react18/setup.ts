import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * First setup file of the react18 projects: they alias React and its peers to
 * tests/react18/node_modules, so check that the install is there (with a
 * message saying how to make it), then that the React every module gets is
 * really 18, so that the matrix cannot silently test React 19 twice.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
for (const name of [
  'react',
  'react-dom',
  'styled-components',
  'react-helmet-async',
  '@testing-library/react',
]) {
  if (!existsSync(path.join(here, 'node_modules', name, 'package.json'))) {
    throw new Error(
      `The React 18 test matrix is not installed (${name} is missing from tests/react18/node_modules). Run \`npm ci --prefix tests/react18\` once after \`npm ci\`.`,
    );
  }
}

const React = await import('react');
const ReactDOM = await import('react-dom');
const ReactDOMServer = await import('react-dom/server');
for (const [name, version] of [
  ['react', React.version],
  ['react-dom', ReactDOM.version],
  ['react-dom/server', ReactDOMServer.version],
] as const) {
  if (!version.startsWith('18.')) {
    throw new Error(
      `The react18 projects loaded ${name} ${version}, not React 18: check the aliases in vitest.config.ts.`,
    );
  }
}
