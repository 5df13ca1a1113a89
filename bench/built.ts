import { createRequire } from 'node:module';
import type * as Manchette from '../src/index.ts';
import type * as ManchetteServer from '../src/server.ts';

// The benchmarks measure the built package as consumers install it (with the styled-components
// Babel plugin's output), reached through the package's own exports map. The types come from the
// sources so that this file type-checks before any build.
const entry = 'manchette';
const serverEntry = 'manchette/server';

export interface BuiltPackage {
  manchette: typeof Manchette;
  manchetteServer: typeof ManchetteServer;
  /** Which build was loaded, and why when it is not the ESM one. */
  format: 'esm' | 'cjs';
  esmError?: string;
}

/**
 * The ESM build, as Node's own loader imports it; when that fails (it must
 * not: this is reported), the CommonJS build, which holds the same compiled
 * code, so that the other figures can still be measured.
 */
async function load(): Promise<BuiltPackage> {
  try {
    return {
      manchette: (await import(entry)) as typeof Manchette,
      manchetteServer: (await import(serverEntry)) as typeof ManchetteServer,
      format: 'esm',
    };
  } catch (error) {
    const require = createRequire(import.meta.url);
    return {
      manchette: require(entry) as typeof Manchette,
      manchetteServer: require(serverEntry) as typeof ManchetteServer,
      format: 'cjs',
      esmError: error instanceof Error ? error.message : String(error),
    };
  }
}

export const built = await load();
export const { manchette, manchetteServer } = built;
