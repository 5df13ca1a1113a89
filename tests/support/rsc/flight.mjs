// Renders pages as React Server Components, the way the Next.js App Router
// does: under the `react-server` condition (React without context or state),
// with every 'use client' module of the built package turned into a client
// reference by React's own loader. Run by tests/package/server-components.node.test.ts:
//   node --conditions=react-server --import ./tests/support/rsc/register.mjs tests/support/rsc/flight.mjs pages.json
// Reads [{ article, site, related, children? }] and prints, for each page, the
// Flight payload and the errors the render reported, as JSON on stdout.
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import * as React from 'react';
import { renderToPipeableStream } from 'react-server-dom-webpack/server';
import {
  ArticleJsonLd,
  ArticleLayout,
  QuoteBlock,
  RelatedArticles,
  Subheading,
} from '../../../dist/esm/index.js';

const components = { ArticleJsonLd, ArticleLayout, QuoteBlock, RelatedArticles, Subheading };

// A client manifest that knows every module: a client reference is then
// written into the payload (an `I` row), where the test can see it.
const clientManifest = new Proxy(
  {},
  {
    get: (_, key) => ({ id: String(key).split('#')[0], chunks: [], name: String(key).split('#')[1] ?? '*' }),
  },
);

// An element is a [name, props] pair: a component of the package or an HTML
// element, whose `children` may be text or a list of such pairs.
function element([name, { children, ...props } = {}], key) {
  const content = Array.isArray(children) ? children.map(element) : [children];
  return React.createElement(components[name] ?? name, { key, ...props }, ...content);
}

const page = (parts) => React.createElement('main', null, ...parts.map(element));

function render(element) {
  return new Promise((resolve) => {
    const errors = [];
    let payload = '';
    const out = new PassThrough();
    out.on('data', (chunk) => {
      payload += chunk;
    });
    out.on('end', () => resolve({ payload, errors }));
    renderToPipeableStream(element, clientManifest, {
      onError: (error) => {
        errors.push(String(error?.stack ?? error));
      },
    }).pipe(out);
  });
}

const pages = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const results = [];
for (const parts of pages) results.push(await render(page(parts)));
process.stdout.write(JSON.stringify({ createContext: typeof React.createContext, results }));
