import path from 'node:path';
import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  // The example is a folder of the library's repository, which has a lockfile of its own.
  outputFileTracingRoot: path.dirname(new URL(import.meta.url).pathname),
  turbopack: { root: path.dirname(new URL(import.meta.url).pathname) },
};

export default config;
