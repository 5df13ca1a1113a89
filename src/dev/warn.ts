const warned = new Set<string>();

/**
 * Prints a development warning once per distinct message, so that a list of a
 * thousand bad items does not flood the console. Silent in production.
 *
 * Call it behind the literal check, as React does:
 * `if (process.env.NODE_ENV !== 'production') warnOnce('…')`. Bundlers
 * replace `process.env.NODE_ENV`, so a production build drops the call with
 * its message and whatever builds it, and then `warnOnce` itself; the check
 * here only keeps a call that lacks it quiet at run time.
 */
export function warnOnce(message: string): void {
  if (process.env.NODE_ENV === 'production' || warned.has(message)) return;
  warned.add(message);
  console.warn(`[manchette] ${message}`);
}

/** Forgets which warnings were printed (tests use it to observe them again). */
export function resetWarnings(): void {
  warned.clear();
}
