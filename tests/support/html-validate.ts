import { type ConfigData, HtmlValidate, type Message } from 'html-validate';

/**
 * html-validate's recommended preset, with the few rules that judge how
 * React serialises markup (not whether the markup is right) set to accept
 * that serialisation, each for a stated reason. Nothing here turns a check
 * off because the library fails it.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // React writes void elements as `<meta … />`; HTML ignores the slash. Enforce one consistent style rather than none.
    'void-style': ['error', { style: 'selfclose' }],
    // React writes `charSet`, `dateTime`, `hrefLang` in camelCase; attribute names are case-insensitive in HTML.
    'attr-case': ['error', { style: ['lowercase', 'camelcase'] }],
    // `<!doctype html>` and `<!DOCTYPE html>` are the same doctype; the document renderer writes the lowercase one.
    'doctype-style': ['error', { style: 'lowercase' }],
    // React's `useId` makes ids such as `_R_2_`: valid HTML ids (no whitespace) and valid CSS identifiers, but not
    // HTML 4 names; the relaxed mode still rejects empty ids and ids with spaces.
    'valid-id': ['error', { relaxed: true }],
    // A news page's title is its headline plus the site name. No standard bounds it (WCAG 2.4.2 asks for a
    // descriptive title; search engines truncate what they display), so a long headline is not a defect.
    'long-title': 'off',
    // Strict: `aria-label` only on landmarks and widgets (the list of keywords follows a visible label instead).
    'aria-label-misuse': 'error',
  },
};

let validator: HtmlValidate | undefined;

/** The shared validator (building the configuration takes longer than validating a page). */
export function htmlValidator(): HtmlValidate {
  validator ??= new HtmlValidate(HTML_VALIDATE_CONFIG);
  return validator;
}

/** What html-validate finds wrong in a document, one line per message ('' list when valid). */
export async function htmlValidateProblems(html: string, name: string): Promise<string[]> {
  const report = await htmlValidator().validateString(html, `${name}.html`);
  return report.results.flatMap((result) =>
    result.messages.map(
      (message: Message) =>
        `${name}:${message.line}:${message.column} [${message.ruleId}] ${message.message}${
          message.selector ? ` (${message.selector})` : ''
        }`,
    ),
  );
}
