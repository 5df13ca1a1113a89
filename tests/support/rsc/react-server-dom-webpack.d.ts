// react-server-dom-webpack ships no type declarations; this covers the call the tests make.
declare module 'react-server-dom-webpack/client' {
  import type { Readable } from 'node:stream';

  export interface ServerConsumerManifest {
    moduleMap: Record<string, unknown>;
    serverModuleMap: Record<string, unknown> | null;
    moduleLoading: unknown;
  }

  /** Reads a Server Components payload into the React tree it describes. */
  export function createFromNodeStream<T>(stream: Readable, manifest: ServerConsumerManifest): Promise<T>;
}
