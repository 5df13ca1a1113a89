import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSlugRegistry } from '../../../src/components/Subheading';
import { resetWarnings } from '../../../src/dev';

afterEach(() => resetWarnings());

describe('createSlugRegistry', () => {
  it('gives each key a unique slug, and the same slug when the key claims again', () => {
    const registry = createSlugRegistry();
    expect(registry.claim('a', 'Les alliés')).toBe('les-allies');
    expect(registry.claim('b', 'Les alliés')).toBe('les-allies-2');
    expect(registry.claim('a', 'Les alliés')).toBe('les-allies');
    expect(registry.claim('b', 'Les alliés')).toBe('les-allies-2');
  });

  it('keeps explicit ids as given and keeps derived slugs off them', () => {
    const registry = createSlugRegistry();
    expect(registry.claim('a', 'Contexte', 'contexte')).toBe('contexte');
    expect(registry.claim('b', 'Contexte')).toBe('contexte-2');
  });

  it('honours ids reserved at creation, even after a release rebuilds the registry', () => {
    const registry = createSlugRegistry(['contexte']);
    expect(registry.claim('a', 'Contexte')).toBe('contexte-2');
    registry.release('a');
    expect(registry.claim('b', 'Contexte')).toBe('contexte-2');
  });

  it('frees a released slug and re-derives when a key’s text changes', () => {
    const registry = createSlugRegistry();
    registry.claim('a', 'Contexte');
    registry.claim('b', 'Contexte');
    registry.release('a');
    expect(registry.claim('c', 'Contexte')).toBe('contexte');
    expect(registry.claim('b', 'Analyse')).toBe('analyse');
    expect(registry.claim('d', 'Contexte')).toBe('contexte-2');
  });

  it('warns once when two subheadings ask for the same explicit id', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const registry = createSlugRegistry();
    registry.claim('a', 'Un', 'x');
    registry.claim('b', 'Deux', 'x');
    registry.claim('c', 'Trois', 'x');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/"x"/);
    warn.mockRestore();
  });
});
