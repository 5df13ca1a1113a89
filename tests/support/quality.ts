import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where each judge suite leaves its figures; `scripts/quality-report.ts` gathers them into the README. */
export const QUALITY_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../reports/quality',
);

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
  /** ISO timestamp of the run. */
  measuredAt: string;
}

/** Records a judge's figures under `reports/quality/<judge>.json`. */
export function recordQuality(entry: Omit<QualityEntry, 'measuredAt'>): void {
  mkdirSync(QUALITY_DIR, { recursive: true });
  const full: QualityEntry = { ...entry, measuredAt: new Date().toISOString() };
  writeFileSync(path.join(QUALITY_DIR, `${entry.judge}.json`), `${JSON.stringify(full, null, 2)}\n`);
}
