import type * as Manchette from '../src/index.ts';
import type * as ManchetteServer from '../src/server.ts';

// The benchmarks measure the built package as consumers install it (dist/esm, with the
// styled-components Babel plugin's output), reached through the package's own exports map.
// The types come from the sources so that this file type-checks before any build.
const entry = 'manchette';
const serverEntry = 'manchette/server';

export const manchette = (await import(entry)) as typeof Manchette;
export const manchetteServer = (await import(serverEntry)) as typeof ManchetteServer;
