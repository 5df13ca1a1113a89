import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium';
import type { JudgedDocument } from './judged-documents';
import { type InMemoryFile, type StaticServer, startStaticServer } from './static-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The judged pages served on 127.0.0.1 with their pictures, and the system Chromium to open them in. */
export interface JudgedSite {
  server: StaticServer;
  browser: Browser;
  /** Absolute URL of a judged document. */
  urlOf(document: Pick<JudgedDocument, 'id'>): string;
  close(): Promise<void>;
}

/** The URL path of a judged document on the judges' static server. */
export const pathOf = (document: Pick<JudgedDocument, 'id'>): string => `/${document.id}.html`;

/**
 * Serves the documents (seed pictures at `/images`, the unseen articles'
 * at `/images/unseen`, as the data names them) and launches Debian's
 * Chromium through Playwright: one browser per test file, which the 2-core
 * CI machine can afford.
 */
export async function openJudgedSite(
  documents: readonly JudgedDocument[],
  extraFiles: Record<string, InMemoryFile> = {},
): Promise<JudgedSite> {
  if (!chromiumPath) {
    throw new Error(
      'No Chromium found at /usr/bin/chromium: run `bash scripts/install-system-deps.sh` or set CHROMIUM_PATH.',
    );
  }
  const files: Record<string, InMemoryFile> = { ...extraFiles };
  for (const document of documents) files[pathOf(document)] = { body: document.html, extension: '.html' };
  const server = await startStaticServer({
    files,
    folders: {
      '/images/unseen': path.join(ROOT, 'tests/judges/images'),
      '/images': path.join(ROOT, 'fixtures/images'),
    },
  });
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    server,
    browser,
    urlOf: (document) => `${server.origin}${pathOf(document)}`,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
