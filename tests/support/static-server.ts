import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

/** A response body held in memory, e.g. a rendered document or a built script. */
export interface InMemoryFile {
  body: string | Uint8Array;
  /** The extension decides the content type: `.html`, `.js`… */
  extension: string;
}

export interface StaticServerOptions {
  /** Files served from memory, by URL path (`/seed-000.html`). */
  files?: Record<string, InMemoryFile>;
  /** Folders served under a URL prefix (`{ '/images': 'fixtures/images' }`). */
  folders?: Record<string, string>;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, a port the system picked. */
  origin: string;
  /** Every path that was asked for and not found, so that a test can assert a page loads all it needs. */
  notFound: string[];
  close(): Promise<void>;
}

function contentType(extension: string): string {
  return CONTENT_TYPES[extension.toLowerCase()] ?? 'application/octet-stream';
}

async function readFromFolders(
  pathname: string,
  folders: Record<string, string>,
): Promise<Uint8Array | undefined> {
  for (const [prefix, folder] of Object.entries(folders)) {
    if (!pathname.startsWith(`${prefix}/`)) continue;
    const root = path.resolve(folder);
    const file = path.resolve(root, `.${pathname.slice(prefix.length)}`);
    // Nothing outside the mounted folder may be read, whatever the URL says.
    if (!file.startsWith(`${root}${path.sep}`)) return undefined;
    try {
      if ((await stat(file)).isFile()) return await readFile(file);
    } catch {
      // Not in this folder; try the next mount.
    }
  }
  return undefined;
}

/**
 * A tiny HTTP server on 127.0.0.1 for the browser judges: rendered documents
 * from memory and fixture folders from disk, so that Chromium loads the pages
 * the way a static host serves them (images included) with no outside network.
 */
export async function startStaticServer({
  files = {},
  folders = {},
}: StaticServerOptions): Promise<StaticServer> {
  const notFound: string[] = [];
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const respond = async () => {
      const inMemory = files[pathname];
      if (inMemory) {
        response.writeHead(200, {
          'content-type': contentType(inMemory.extension),
          'cache-control': 'no-store',
        });
        response.end(inMemory.body);
        return;
      }
      const fromDisk = await readFromFolders(pathname, folders);
      if (fromDisk) {
        response.writeHead(200, { 'content-type': contentType(path.extname(pathname)) });
        response.end(fromDisk);
        return;
      }
      // Browsers ask every origin for an icon; that belongs to the host page, not to the library.
      if (pathname !== '/favicon.ico') notFound.push(pathname);
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    };
    respond().catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    notFound,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
