import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const seed = (name: string) => path.join(root, 'fixtures/raw', name);
const workDir = mkdtempSync(path.join(tmpdir(), 'manchette-audit-'));

function run(...args: string[]) {
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/audit-article.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('npm run audit (scripts/audit-article.ts)', () => {
  it('prints the diagnostics and the findings, and fails on an error finding', () => {
    const { status, stdout } = run(seed('004_00b97caec0369388.txt'));
    expect(status).toBe(1);
    expect(stdout).toContain('headline-missing');
    expect(stdout).toMatch(/l\.1 boilerplate \(scraper\)/);
    expect(stdout).toContain('url-missing');
    expect(stdout).toMatch(/✖ erreur date-published-missing \[datePublished\]/);
  }, 60_000);

  it('passes when only warnings remain, and writes the article as JSON', () => {
    const out = path.join(workDir, 'article.json');
    const { status, stdout } = run(
      seed('002_a76a775972527e78.txt'),
      '--url',
      'https://www.example.fr/europe/stoltenberg',
      '--date',
      '2024-06-13T18:00:00+02:00',
      '--json',
      out,
    );
    expect(status).toBe(0);
    expect(stdout).toContain('0 erreur');
    expect(stdout).toContain('À lire aussi : Mark Rutte');
    const article = JSON.parse(readFileSync(out, 'utf8'));
    expect(article).toMatchObject({
      url: 'https://www.example.fr/europe/stoltenberg',
      datePublished: '2024-06-13T18:00:00+02:00',
      authors: [{ name: 'Shona Murray' }],
    });
  }, 60_000);

  it('exits with 2 on a usage error', () => {
    expect(run().status).toBe(2);
    expect(run(path.join(workDir, 'absent.txt')).status).toBe(2);
    expect(run(seed('002_a76a775972527e78.txt'), '--min-words', 'beaucoup').status).toBe(2);
  }, 60_000);
});
