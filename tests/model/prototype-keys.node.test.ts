import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedFixtures } from '../../fixtures';
import { parseArticle, parseTeaser } from '../../src/model';

/**
 * `__proto__`, `constructor` and `prototype` keys, as JSON.parse makes them
 * (own properties), at every level of an article: parseArticle must never
 * read a field through them, must list them as unknown fields saying what
 * they held, and must leave Object.prototype alone.
 */

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const MARK = 'SMUGGLED';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The dot path of every object in the value, the root included (""). */
function objectPaths(value: Json, path: string[] = [], found: string[][] = []): string[][] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      objectPaths(item, [...path, String(index)], found);
    });
  } else if (value !== null && typeof value === 'object') {
    found.push(path);
    for (const [key, item] of Object.entries(value)) objectPaths(item, [...path, key], found);
  }
  return found;
}

function at(value: Json, path: readonly string[]): { [key: string]: Json } {
  let node = value;
  for (const key of path) node = (node as Record<string, Json>)[key] as Json;
  return node as { [key: string]: Json };
}

/** What an object would need to be given through its prototype: its own fields, with marked values. */
function smuggled(target: { [key: string]: Json }): Json {
  const fields: { [key: string]: Json } = {
    headline: MARK,
    url: `https://evil.example/${MARK}`,
    datePublished: '2024-04-04T18:02:00+02:00',
  };
  for (const [key, item] of Object.entries(target)) {
    fields[key] =
      typeof item === 'string' && !/^(type|lang)$/.test(key) ? `https://evil.example/${MARK}` : item;
  }
  return fields;
}

const kind = (value: Json) =>
  Array.isArray(value)
    ? 'a list'
    : typeof value === 'object'
      ? 'an object'
      : typeof value === 'string'
        ? 'a string'
        : 'a number';

// A seed article with what the seeds lack: inline marks two levels down, a list, a quotation's source.
const seed = JSON.parse(JSON.stringify(seedFixtures[0]?.article)) as { body: Json[] } & Record<string, Json>;
const article: Json = {
  ...seed,
  section: { name: 'International', url: '/international' },
  authors: [{ name: 'Shona Murray', url: '/auteurs/shona-murray' }],
  body: [
    ...seed.body,
    {
      type: 'paragraph',
      text: [
        'Voir ',
        {
          type: 'emphasis',
          children: [{ type: 'link', href: '/otan', children: [{ type: 'strong', children: ['ici'] }] }],
        },
        { type: 'foreign', lang: 'en', children: ['breaking news'] },
      ],
    },
    { type: 'list', items: ['Un', [{ type: 'link', href: '/deux', children: ['Deux'] }]] },
    {
      type: 'quote',
      text: 'Nous restons unis',
      attribution: { name: 'Jens Stoltenberg', role: 'secrétaire général' },
      cite: '/source',
    },
  ],
};
const paths = objectPaths(article);

describe('prototype keys at every level of an article', () => {
  it('reaches objects at many levels (root, image, authors, blocks, marks)', () => {
    expect(paths.length).toBeGreaterThan(20);
    expect(Math.max(...paths.map((path) => path.length))).toBeGreaterThanOrEqual(4);
  });

  it('are never read, are listed as unknown fields with what they held, and pollute nothing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.constantFrom(...PROTOTYPE_KEYS),
        fc.constantFrom('fields', 'list', 'string'),
        fc.boolean(),
        (path, key, shape, removeOwnField) => {
          const input = JSON.parse(JSON.stringify(article)) as Json;
          const target = at(input, path);
          const payload: Json =
            shape === 'fields' ? smuggled(target) : shape === 'list' ? [smuggled(target)] : MARK;
          // A field the object really holds, taken away so that only the payload could give it back.
          const removed = removeOwnField ? Object.keys(target).find((name) => name !== 'type') : undefined;
          if (removed !== undefined) delete target[removed];
          Object.defineProperty(target, key, {
            value: payload,
            enumerable: true,
            writable: true,
            configurable: true,
          });
          // Through text, as data from outside arrives: JSON.parse makes "__proto__" an own property.
          const text = JSON.stringify(input);
          expect(text).toContain(`"${key}":`);
          const result = parseArticle(JSON.parse(text));

          expect(Object.keys(Object.prototype)).toEqual([]);
          expect(({} as Record<string, unknown>).headline).toBeUndefined();
          expect(JSON.stringify(result)).not.toContain(MARK);
          if (removed === undefined) {
            expect(result.success).toBe(true);
            if (!result.success) return;
            expect(result.article).toEqual((parseArticle(article) as { article: unknown }).article);
            expect(result.warnings).toContainEqual({
              path: [...path, key].join('.'),
              message: `unknown field, ignored: got ${kind(payload)}`,
            });
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('smuggle no headline or URL into an article, or a teaser (the reported case)', () => {
    const result = parseArticle(
      JSON.parse(
        '{"__proto__":{"headline":"Smuggled","url":"https://evil.example/"},"datePublished":"2024-04-04T18:02:00+02:00","body":[]}',
      ),
    );
    expect(result).toEqual({
      success: false,
      issues: [
        { path: 'url', message: 'required field missing' },
        { path: 'headline', message: 'required field missing' },
      ],
    });
    const teaser = parseTeaser(
      JSON.parse('{"constructor":{"url":"/a","headline":"Smuggled"},"prototype":{}}'),
    );
    expect(teaser.success).toBe(false);
  });

  it('say what a list field holds instead of a list', () => {
    const result = parseArticle({
      ...(article as object),
      tags: JSON.parse('{"__proto__":[]}'),
    });
    expect(result).toEqual({
      success: false,
      issues: [{ path: 'tags', message: 'expected a list, got an object' }],
    });
  });
});
