import { createRequire } from 'node:module';
import { isSafeUrl } from '../../src/url';

// jsdom ships no type declarations; this is the one constructor these tests call.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { document: Document } };
};

/** Parses a whole document with a real HTML parser (jsdom's parse5), as a browser would. */
export function parseDocument(html: string): Document {
  return new JSDOM(html).window.document;
}

// Attributes whose value the browser follows or loads.
const URL_ATTRIBUTES = ['href', 'src', 'cite', 'action', 'formaction', 'poster', 'data', 'xlink:href'];

/**
 * What a document must never contain, whatever its data: scripts other than
 * the one JSON-LD block, event-handler attributes, dangerous URLs, frames and
 * plug-ins. Returns a description of each problem found.
 */
export function injectionProblems(document: Document): string[] {
  const problems: string[] = [];
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const name = element.localName;
    if (['iframe', 'frame', 'object', 'embed', 'base', 'form', 'svg', 'math', 'template'].includes(name)) {
      problems.push(`unexpected <${name}>`);
    }
    if (name === 'script' && element.getAttribute('type') !== 'application/ld+json') {
      problems.push(`a script of type ${JSON.stringify(element.getAttribute('type'))}`);
    }
    if (name === 'style' && !element.hasAttribute('data-styled'))
      problems.push('a <style> not written by styled-components');
    if (name === 'meta' && element.hasAttribute('http-equiv')) problems.push('a <meta http-equiv>');
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.name.startsWith('on')) problems.push(`<${name} ${attribute.name}>`);
      if (URL_ATTRIBUTES.includes(attribute.name) && !isSafeUrl(attribute.value)) {
        problems.push(`<${name} ${attribute.name}=${JSON.stringify(attribute.value)}>`);
      }
      if (attribute.name === 'srcset' && /javascript:|data:/i.test(attribute.value)) {
        problems.push(`<${name} srcset=${JSON.stringify(attribute.value)}>`);
      }
    }
  }
  const ldScripts = document.querySelectorAll('script[type="application/ld+json"]');
  if (ldScripts.length > 1) problems.push(`${ldScripts.length} JSON-LD scripts`);
  for (const script of Array.from(ldScripts)) {
    try {
      JSON.parse(script.textContent ?? '');
    } catch {
      problems.push('a JSON-LD script that does not parse');
    }
    if (script.parentElement?.localName !== 'head') problems.push('the JSON-LD script left <head>');
  }
  if (document.querySelectorAll('title').length !== 1) {
    problems.push(`${document.querySelectorAll('title').length} titles`);
  }
  return problems;
}

/** Tag names of every element, in document order. */
export function tagNames(document: Document): string[] {
  return Array.from(document.querySelectorAll('*')).map((element) => element.localName);
}
