import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleContent, exampleContentDir } from '../../scripts/example-content';

describe('the content of examples/next', () => {
  it('is the seed fixtures, as `npm run example:content` writes them', () => {
    for (const [name, text] of exampleContent()) {
      expect(readFileSync(path.join(exampleContentDir, name), 'utf8'), name).toBe(text);
    }
  });
});
