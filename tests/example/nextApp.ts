import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/** The Next.js example application and the routes it serves for each seed article. */
export const exampleDir = path.resolve(import.meta.dirname, '../../examples/next');
const root = path.resolve(import.meta.dirname, '../..');

export const appRoute = (id: string) => `/articles/${id}`;
export const pagesRoute = (id: string) => `/pages-router/${id}`;

/** Marks of the library's component code in a script: its styled components' ids and a label it prints. */
export const LIBRARY_CODE = /manchette__sc-|Lien permanent vers la section/;

function digestOf(dir: string): string {
  const hash = createHash('sha256');
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else hash.update(path.relative(dir, file)).update(readFileSync(file));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/**
 * Why the example cannot be checked, or undefined when it can: it must be
 * built (`npm run example:build`, which `npm test` runs), from a copy of the
 * library's current dist/.
 */
export function exampleProblem(): string | undefined {
  if (!existsSync(path.join(exampleDir, '.next/BUILD_ID'))) {
    return 'examples/next is not built: run `npm run example:build` (npm test does).';
  }
  const copy = path.join(exampleDir, 'node_modules/manchette/dist');
  if (!existsSync(copy) || digestOf(copy) !== digestOf(path.join(root, 'dist'))) {
    return 'examples/next uses another build of the library than dist/: run `npm run example:build` to install the current one and build the example again.';
  }
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface RunningApp {
  origin: string;
  stop(): Promise<void>;
}

/** Starts `next start` on a free localhost port and waits until it answers. */
export async function startExample(): Promise<RunningApp> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.join(exampleDir, 'node_modules/next/dist/bin/next'),
      'start',
      '-p',
      String(port),
      '-H',
      '127.0.0.1',
    ],
    {
      cwd: exampleDir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      stdio: 'pipe',
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) return { origin, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`next start did not answer within 60 s:\n${output}`);
}
