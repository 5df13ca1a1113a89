import fc from 'fast-check';
import { renderArticleDocument } from '../../src/server';
import { article as articleArbitrary, siteConfig, teaser } from '../support/arbitraries';
import { htmlValidateProblems } from '../support/html-validate';
import { type JudgedDocument, judgedDocuments } from '../support/judged-documents';
import {
  describeNuMessages,
  type NuMessage,
  type NuReport,
  type NuRun,
  runNuChecker,
} from '../support/nu-checker';
import { packageVersion, recordQuality, trackOutcome } from '../support/quality';

/**
 * The pages `renderArticleDocument` produces for the seed articles and for
 * articles the project has never seen, judged by two HTML validators nobody
 * here wrote: the W3C's Nu Html Checker (the reference conformance checker)
 * and html-validate with its recommended preset.
 */

const outcome = trackOutcome();

/**
 * Notes the Nu Html Checker prints that are neither errors nor warnings, and
 * why they are accepted. Anything else it says fails the suite.
 */
const ACCEPTED_NU_INFOS: ReadonlyArray<{ message: string; reason: string }> = [
  {
    message:
      'Trailing slash on void elements has no effect and interacts badly with unquoted attribute values.',
    reason: 'React serialises void elements as `<meta … />`, and it always quotes attribute values.',
  },
];

/**
 * The Nu Html Checker's CSS validator predates CSS Containment 3: it reads
 * a container-relative length (`1.3rem + 2.2cqi`) as a parse error and knows
 * neither `container-type` nor `@container`. Those messages, and only where they point
 * at such CSS, are set aside; tests/browser/css-support.browser.test.ts
 * checks in Chromium that every such value is valid CSS.
 */
const NU_CSS_GAPS: ReadonlyArray<{ accepts: (message: NuMessage) => boolean; reason: string }> = [
  {
    accepts: (message) =>
      message.message === 'CSS: Parse Error.' &&
      /(?:^|\d)cq(?:i|b|w|h|min|max)\b/.test(message.extract ?? ''),
    reason: 'A container query length unit (cqi), unknown to the checker’s CSS grammar.',
  },
  {
    accepts: (message) =>
      message.message === "CSS: “container-type”: Property “container-type” doesn't exist.",
    reason: 'The container-type property (CSS Containment 3), unknown to the checker’s CSS grammar.',
  },
  {
    accepts: (message) => message.message.startsWith('CSS: Unrecognized at-rule “@container”'),
    reason: 'The @container rule (CSS Containment 3), unknown to the checker’s CSS grammar.',
  },
];
const errorsOf = (report: NuReport): NuMessage[] =>
  report.errors.filter((message) => !NU_CSS_GAPS.some((gap) => gap.accepts(message)));

/** A document with known errors, checked in the same run so that a checker that accepts everything is caught. */
const BROKEN_CONTROL = {
  name: 'control-broken',
  html: '<!doctype html><html><head><title></title></head><body><p>Texte<div></p><img src="a.jpg"><a href="x" href="y">lien</a></body></html>',
};

/** A valid page whose CSS misspells a unit, so that the set-aside CSS messages are seen to stay narrow. */
const CSS_CONTROL = {
  name: 'control-css',
  html: '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Contrôle</title><style>p{font-size:clamp(1rem, 1rem + 2qqi, 2rem)}</style></head><body><p>Texte</p></body></html>',
};

const documents: JudgedDocument[] = judgedDocuments();

/**
 * Generated documents for the same checker: a sample of the property tests'
 * articles (hostile text, URLs, dates and sizes) rendered by
 * renderArticleDocument. The seed changes every run and is printed, so that a
 * failure can be replayed with FUZZ_SEED.
 */
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
const FUZZED_COUNT = 40;
const fuzzedDocuments = (() => {
  const silence = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    return fc
      .sample(fc.tuple(articleArbitrary, siteConfig, fc.array(teaser, { maxLength: 3 })), {
        numRuns: FUZZED_COUNT,
        seed: FUZZ_SEED,
      })
      .map(([article, site, related], index) => ({
        name: `fuzzed-${FUZZ_SEED}-${index}`,
        html: renderArticleDocument({ article, site, related }),
      }));
  } finally {
    silence.mockRestore();
  }
})();
const figures = { nuErrors: 0, nuWarnings: 0, nuInfos: 0, htmlValidateErrors: 0 };
let fuzzedErrors = 0;

describe('Nu Html Checker', () => {
  let run: NuRun;
  const reportOf = (id: string): NuReport => {
    const report = run.reports.find((candidate) => candidate.name === id);
    if (!report) throw new Error(`The checker returned nothing for ${id}`);
    return report;
  };

  beforeAll(async () => {
    run = await runNuChecker([
      ...documents.map(({ id, html }) => ({ name: id, html })),
      ...fuzzedDocuments,
      BROKEN_CONTROL,
      CSS_CONTROL,
    ]);
    for (const { id } of documents) {
      const report = reportOf(id);
      figures.nuErrors += errorsOf(report).length;
      figures.nuWarnings += report.warnings.length;
      figures.nuInfos += report.infos.length;
    }
  }, 120_000);

  it('judges the five seed articles and at least two unseen ones', () => {
    expect(documents.filter((document) => document.kind === 'seed')).toHaveLength(5);
    expect(documents.filter((document) => document.kind === 'unseen').length).toBeGreaterThanOrEqual(2);
    expect(run.reports).toHaveLength(documents.length + fuzzedDocuments.length + 2);
  });

  it(`finds no error in ${FUZZED_COUNT} generated documents (FUZZ_SEED=${FUZZ_SEED})`, () => {
    const errors = fuzzedDocuments.flatMap(({ name }) => describeNuMessages(name, errorsOf(reportOf(name))));
    fuzzedErrors = errors.length;
    expect(errors).toEqual([]);
  });

  it('finds the errors of a broken control document (it really checks)', () => {
    const messages = reportOf(BROKEN_CONTROL.name)
      .errors.map((message) => message.message)
      .join('\n');
    expect(messages).toMatch(/“p” end tag/);
    expect(messages).toMatch(/“alt”/);
    expect(messages).toMatch(/Duplicate attribute/);
  });

  it('still reports CSS that is not a container query length (it really checks)', () => {
    const messages = errorsOf(reportOf(CSS_CONTROL.name)).map((message) => message.message);
    expect(messages.join('\n')).toMatch(/CSS: .*Parse Error/);
  });

  it.each(documents.map((document) => [document.id]))('%s has no error', (id) => {
    expect(describeNuMessages(id, errorsOf(reportOf(id)))).toEqual([]);
  });

  it.each(documents.map((document) => [document.id]))('%s has no warning', (id) => {
    expect(describeNuMessages(id, reportOf(id).warnings)).toEqual([]);
  });

  it.each(documents.map((document) => [document.id]))(
    '%s has only the accepted informational notes',
    (id) => {
      const unexpected = reportOf(id).infos.filter(
        (info) => !ACCEPTED_NU_INFOS.some((accepted) => accepted.message === info.message),
      );
      expect(describeNuMessages(id, unexpected)).toEqual([]);
    },
  );
});

describe('html-validate (recommended preset)', () => {
  it('reports the errors of a broken control document (it really checks)', async () => {
    const problems = (await htmlValidateProblems(BROKEN_CONTROL.html, BROKEN_CONTROL.name)).join('\n');
    expect(problems).toMatch(/empty-title/);
    expect(problems).toMatch(/no-dup-attr/);
    expect(problems).toMatch(/wcag\/h37/);
  });

  it.each(documents.map((document) => [document.id, document]))('%s is valid', async (id, document) => {
    const problems = await htmlValidateProblems(document.html, id);
    figures.htmlValidateErrors += problems.length;
    expect(problems).toEqual([]);
  });
});

afterAll(() => {
  recordQuality({
    passed: outcome.passed,
    judge: 'html-validity',
    tool: `Nu Html Checker ${packageVersion('vnu-jar')}, html-validate ${packageVersion('html-validate')}`,
    figures: [
      { label: 'documents checked (seed + unseen)', value: documents.length },
      { label: 'Nu Html Checker errors', value: figures.nuErrors },
      { label: 'Nu Html Checker warnings', value: figures.nuWarnings },
      { label: 'html-validate errors', value: figures.htmlValidateErrors },
      { label: 'generated hostile documents checked by the Nu Html Checker', value: fuzzedDocuments.length },
      { label: 'errors in them', value: fuzzedErrors },
    ],
  });
});
