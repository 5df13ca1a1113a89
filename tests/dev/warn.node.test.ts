import { afterEach, describe, expect, it, vi } from 'vitest';
import { isDevelopment, resetWarnings, warnOnce } from '../../src/dev';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  resetWarnings();
});

describe('development warnings', () => {
  it('prints a message once, prefixed, outside production', () => {
    vi.stubEnv('NODE_ENV', 'development');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnOnce('image sans dimensions : retirée.');
    warnOnce('image sans dimensions : retirée.');
    warnOnce('autre problème');
    expect(warn.mock.calls).toEqual([
      ['[manchette] image sans dimensions : retirée.'],
      ['[manchette] autre problème'],
    ]);
  });

  it('is silent in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(isDevelopment()).toBe(false);
    warnOnce('jamais affiché');
    expect(warn).not.toHaveBeenCalled();
  });

  it('is silent where there is no process at all (a browser page with no bundler)', () => {
    vi.stubGlobal('process', undefined);
    expect(isDevelopment()).toBe(false);
  });
});
