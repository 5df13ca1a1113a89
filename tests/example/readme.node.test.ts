import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('the README’s Next.js sections', () => {
  // A block fenced as ```tsx title="examples/next/…" shows that file of the example, whole.
  const blocks = [
    ...readFileSync(path.join(root, 'README.md'), 'utf8').matchAll(/```tsx title="([^"]+)"\n([\s\S]*?)```/g),
  ];

  it('show the App Router page, the Pages Router page and its _document', () => {
    expect(blocks.map((block) => block[1])).toEqual([
      'examples/next/app/articles/[slug]/page.tsx',
      'examples/next/pages/pages-router/[slug].tsx',
      'examples/next/pages/_document.tsx',
    ]);
  });

  it.each(blocks.map((block) => [block[1] as string, block[2] as string]))(
    'show %s as the example has it',
    (file, code) => {
      expect(code).toBe(readFileSync(path.join(root, file), 'utf8'));
    },
  );
});
