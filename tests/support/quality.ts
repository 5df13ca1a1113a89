import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where each judge suite leaves its figures; `scripts/quality-report.ts` gathers them into the README. */
export const QUALITY_DIR = path.join(ROOT, 'reports/quality');

/** A figure a judge measured, with how it reads in the report. */
export interface QualityFigure {
  /** What was measured, in a few words ("documents checked by the Nu Html Checker"). */
  label: string;
  value: number | string;
}

/** The figures of one judge, written when its suite has finished. */
export interface QualityEntry {
  /** Which judge (one file per judge, so that parallel test files never write the same file). */
  judge: string;
  /** The tool and version that judged ("Nu Html Checker 26.9.27"). */
  tool: string;
  figures: QualityFigure[];
  /** Whether every test of the judge's file ran and passed: the report refuses figures from a failed run. */
  passed: boolean;
  /** ISO timestamp of the run. */
  measuredAt: string;
}

/** Records a judge's figures under `reports/quality/<judge>.json`. */
export function recordQuality(entry: Omit<QualityEntry, 'measuredAt'>): void {
  mkdirSync(QUALITY_DIR, { recursive: true });
  const full: QualityEntry = { ...entry, measuredAt: new Date().toISOString() };
  writeFileSync(path.join(QUALITY_DIR, `${entry.judge}.json`), `${JSON.stringify(full, null, 2)}\n`);
}

/** The installed version of a package of the root install, for naming the tool that judged. */
export function packageVersion(name: string): string {
  try {
    const manifest = readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8');
    return (JSON.parse(manifest) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * Counts the tests of the calling file as they finish, so that its figures
 * can say whether the run passed. A file whose `beforeAll` failed runs no
 * test at all, which does not count as passing either.
 */
export function trackOutcome(): { readonly passed: boolean } {
  let ran = 0;
  let failed = 0;
  afterEach(({ task }) => {
    ran += 1;
    if (task.result?.state === 'fail') failed += 1;
  });
  return {
    get passed() {
      return ran > 0 && failed === 0;
    },
  };
}
