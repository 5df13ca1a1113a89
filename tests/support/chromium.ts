import { existsSync } from 'node:fs';

/**
 * The system Chromium (Debian's `chromium` package) rather than a browser
 * downloaded by Playwright. `CHROMIUM_PATH` overrides the location.
 */
export const chromiumPath: string | undefined =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** Flags for a headless run as root on a machine with no outside network. */
export const chromiumArgs: string[] = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export const chromiumLaunchOptions = {
  executablePath: chromiumPath,
  args: chromiumArgs,
};
