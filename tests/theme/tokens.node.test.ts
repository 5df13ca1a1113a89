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
  const publicProperties = Object.entries(themeToCustomProperties(defaultTheme));
  const darkProperties = publicProperties.filter(([name]) => name.startsWith('--manchette-dark-color-'));
  // The colour roles, and not colorScheme, whose property also starts with --manchette-color-.
  const colourRoles = new Set(darkProperties.map(([name]) => name.replace('-dark-color-', '-color-')));

  it('declares one private property for each public token, from it, with the default as fallback', () => {
    expect(publicProperties.length).toBeGreaterThan(20);
    expect(darkProperties).toHaveLength(Object.keys(defaultTheme.color).length);
    // The dark colours have no private property of their own: the colour roles choose between the two.
    expect(declared.size).toBe(publicProperties.length - darkProperties.length);
    for (const [name, value] of publicProperties) {
      if (name.startsWith('--manchette-dark-color-')) continue;
      const privateName = name.replace('--manchette-', '--_m-');
      if (colourRoles.has(name)) {
        const darkName = name.replace('--manchette-color-', '--manchette-dark-color-');
        const dark = darkProperties.find(([candidate]) => candidate === darkName)?.[1];
        expect(dark, darkName).toBeDefined();
        expect(declared.get(privateName)).toBe(
          `light-dark(var(${name}, ${value}), var(${darkName}, ${dark}))`,
        );
      } else {
        expect(declared.get(privateName)).toBe(`var(${name}, ${value})`);
      }
    }
    expect(declared.get('--_m-color-scheme')).toBe('var(--manchette-color-scheme, light dark)');
    expect(declared.get('--_m-color-text')).toBe(
      'light-dark(var(--manchette-color-text, #1a1a1a), var(--manchette-dark-color-text, #e8e6e1))',
    );
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
    expect(vars.darkColor.accent).toBe('var(--manchette-dark-color-accent, #ff8f8a)');
    expect(leaves(vars)).toHaveLength(publicProperties.length);
  });
});
