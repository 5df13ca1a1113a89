const warned = new Set<string>();

/**
 * True outside production builds. Bundlers replace the literal
 * `process.env.NODE_ENV`, so browser builds get a constant here (a production
 * build is silent even though browsers have no `process`); without a bundler
 * and without `process`, the library stays quiet.
 */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

/**
 * Prints a development warning once per distinct message, so that a list of a
 * thousand bad items does not flood the console. Silent in production.
 */
export function warnOnce(message: string): void {
  if (!isDevelopment() || warned.has(message)) return;
  warned.add(message);
  console.warn(`[manchette] ${message}`);
}

/** Forgets which warnings were printed (tests use it to observe them again). */
export function resetWarnings(): void {
  warned.clear();
}
