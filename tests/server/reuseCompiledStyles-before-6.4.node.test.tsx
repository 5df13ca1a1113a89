import { ServerStyleSheet } from 'styled-components';
import { describe, expect, it, vi } from 'vitest';
import { reuseCompiledStyles } from '../../src/server/reuseCompiledStyles';

// styled-components before 6.4 names a namespaced compilation like a plain one
// (Vitest hoists the mock above the imports).
vi.mock('styled-components', async (importOriginal) => ({
  ...(await importOriginal<typeof import('styled-components')>()),
  version: '6.3.12',
}));

describe('reuseCompiledStyles with styled-components 6.3', () => {
  it('leaves the sheet as it is', () => {
    const sheet = new ServerStyleSheet();
    const { hasNameForId, insertRules } = sheet.instance;
    expect(reuseCompiledStyles(sheet)).toBe(sheet);
    expect(sheet.instance.hasNameForId).toBe(hasNameForId);
    expect(sheet.instance.insertRules).toBe(insertRules);
    sheet.seal();
  });
});
