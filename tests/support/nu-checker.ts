import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Nu Html Checker's jar as the `vnu-jar` package ships it (its install script, which fetches a JRE, never runs). */
export const VNU_JAR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../node_modules/vnu-jar/build/dist/vnu.jar',
);

/** One message of the checker, as its JSON output gives it. */
export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: 'warning' | 'fatal' | 'io' | 'schema' | 'internal';
  message: string;
  extract?: string;
  lastLine?: number;
  lastColumn?: number;
  url?: string;
}

/** What the checker said about one document. */
export interface NuReport {
  name: string;
  errors: NuMessage[];
  warnings: NuMessage[];
  /** Informational notes (neither errors nor warnings), e.g. about void-element slashes. */
  infos: NuMessage[];
}

export interface NuRun {
  version: string;
  reports: NuReport[];
}

const JAVA_MISSING = [
  'The Nu Html Checker needs a Java runtime and `java` was not found on PATH.',
  'Install one with `bash scripts/install-system-deps.sh` (Debian: default-jre-headless),',
  'or put a Java 11+ `java` on PATH. The HTML validity judge cannot pass without it.',
].join(' ');

/** Throws a clear error when no Java runtime can start the checker. */
export function assertJavaAvailable(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new Error(JAVA_MISSING);
}

function classify(message: NuMessage): 'errors' | 'warnings' | 'infos' {
  if (message.type === 'error' || message.type === 'non-document-error') return 'errors';
  return message.subType === 'warning' ? 'warnings' : 'infos';
}

/**
 * Checks every document in one Java process (the JVM takes seconds to start,
 * the checking itself milliseconds), and files each message under the
 * document it belongs to.
 */
export async function runNuChecker(documents: ReadonlyArray<{ name: string; html: string }>): Promise<NuRun> {
  assertJavaAvailable();
  const folder = mkdtempSync(path.join(tmpdir(), 'manchette-vnu-'));
  try {
    const files = documents.map((document, index) => {
      const file = path.join(folder, `${String(index).padStart(3, '0')}.html`);
      writeFileSync(file, document.html);
      return { name: document.name, file };
    });
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        'java',
        [
          '-jar',
          VNU_JAR,
          '--format',
          'json',
          '--stdout',
          '--also-check-css',
          ...files.map(({ file }) => file),
        ],
        { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
        // The checker exits with 1 when it found errors: that is an answer, not a failure to run.
        (error, out, err) => {
          if (out.trim().startsWith('{')) resolve(out);
          else reject(new Error(`The Nu Html Checker did not answer: ${error?.message ?? ''}\n${err}`));
        },
      );
    });
    const output = JSON.parse(stdout) as { version?: string; messages: NuMessage[] };
    const reports = files.map(({ name }): NuReport => ({ name, errors: [], warnings: [], infos: [] }));
    for (const message of output.messages) {
      // The checker names files `file:/tmp/…` (one slash), so compare paths rather than URL strings.
      const source = message.url?.startsWith('file:') ? fileURLToPath(message.url) : undefined;
      const index = files.findIndex(({ file }) => file === source);
      if (index < 0) {
        // A message tied to no document (the checker itself failed) must not disappear.
        throw new Error(`The Nu Html Checker reported outside any document: ${JSON.stringify(message)}`);
      }
      reports[index]?.[classify(message)].push(message);
    }
    return { version: output.version ?? 'unknown', reports };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** One line per message, for an assertion failure a reader can act on. */
export function describeNuMessages(name: string, messages: NuMessage[]): string[] {
  return messages.map(
    (message) =>
      `${name}:${message.lastLine ?? '?'}:${message.lastColumn ?? '?'} ${message.message}${
        message.extract ? `\n    …${message.extract.replace(/\s+/g, ' ')}…` : ''
      }`,
  );
}
