const warned = new Set<string>();

/** True outside production builds; bundlers replace the literal `process.env.NODE_ENV`. */
export function isDevelopment(): boolean {
  return typeof process === 'undefined' || process.env.NODE_ENV !== 'production';
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
