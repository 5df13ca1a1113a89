import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings, warnOnce } from '../../src/dev';

afterEach(() => {
  vi.unstubAllEnvs();
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

  it('is silent in production, even when a call lacks its own NODE_ENV check', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnOnce('jamais affiché');
    expect(warn).not.toHaveBeenCalled();
    // Not merely deduplicated: the same message prints once development resumes.
    vi.stubEnv('NODE_ENV', 'development');
    warnOnce('jamais affiché');
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
