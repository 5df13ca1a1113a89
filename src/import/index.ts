export type { BoilerplateMatch } from './boilerplate';
export { matchBoilerplate } from './boilerplate';
export type {
  BoilerplateFamily,
  Diagnostic,
  DiagnosticCode,
  DiagnosticLine,
  DiagnosticSeverity,
} from './diagnostics';
export type { ParseArticleTextOptions, ParseArticleTextResult, TeaserCandidate } from './parseArticleText';
export { parseArticleText } from './parseArticleText';
