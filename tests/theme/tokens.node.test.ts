import { describe, expect, it } from 'vitest';
import { defaultTheme, themeToCustomProperties, vars } from '../../src/theme';
import { scopeDeclarations, tokens } from '../../src/theme/tokens';

function leaves(tree: object): string[] {
  return Object.values(tree).flatMap((value) =>
    typeof value === 'string' ? [value] : leaves(value as object),
  );
}

describe('token references', () => {
  const declarations = scopeDeclarations();
  const declared = new Map(
    Array.from(
      declarations.matchAll(/(--_m-[a-z-]+):\s*([^;]+);/g),
      (match) => [match[1], match[2]] as const,
    ),
  );

  it('declares one private property for each public token, from it, with the default as fallback', () => {
    const publicProperties = Object.entries(themeToCustomProperties(defaultTheme));
    expect(publicProperties.length).toBeGreaterThan(20);
    expect(declared.size).toBe(publicProperties.length);
    for (const [name, value] of publicProperties) {
      const privateName = name.replace('--manchette-', '--_m-');
      expect(declared.get(privateName)).toBe(`var(${name}, ${value})`);
    }
  });

  it('gives styles references to declared properties only, with no fallback to repeat', () => {
    const references = leaves(tokens);
    expect(references).toHaveLength(declared.size);
    for (const reference of references) {
      const name = /^var\((--_m-[a-z-]+)\)$/.exec(reference)?.[1];
      expect(name, reference).toBeDefined();
      expect(declared.has(name as string)).toBe(true);
    }
    expect(tokens.color.accent).toBe('var(--_m-color-accent)');
  });

  it('keeps the public references self-sufficient, for host styles', () => {
    expect(vars.color.accent).toBe('var(--manchette-color-accent, #a3001b)');
    expect(leaves(vars)).toHaveLength(declared.size);
  });
});
