import { useId } from 'react';
import styled from 'styled-components';
import { ArticleLayout } from '../../src/components/ArticleLayout';
import { formatFrenchDate } from '../../src/dates';
import { parseArticleText } from '../../src/import';
import type { SiteConfig } from '../../src/model';
import { type ParseIssue, parseArticle } from '../../src/model';
import { createSlugger, slugify } from '../../src/text';
import { frenchTypography } from '../../src/typography';
import { Heading } from './Heading';
import { ReviewPage } from './ReviewPage';

/** Interactive demonstrations of the framework-free functions, for the « Fonctions » stories. */

const Demo = styled.div`
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  color: #1a1a1a;
  max-width: 48rem;

  & > h2,
  & h3 {
    font-size: 1.0625rem;
    margin: 1.25rem 0 0.5rem;
  }

  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
    font-size: 0.875em;
  }
`;

const Pairs = styled.dl`
  display: grid;
  grid-template-columns: minmax(7rem, max-content) minmax(0, 1fr);
  gap: 0.5rem 1rem;
  margin: 0;

  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  dd[data-sample] {
    font-family: Georgia, Cambria, 'Times New Roman', Times, serif;
    font-size: 1.125rem;
  }
`;

const Space = styled.mark`
  background: #fff0b3;
  color: #5c4400;
  border-radius: 2px;
  padding: 0 1px;
`;

const Legend = styled.p`
  color: #595959;
  font-size: 0.8125rem;
  margin: 0.75rem 0 0;
`;

const Verdict = styled.p`
  margin: 0.75rem 0 0;
  font-size: 0.875rem;

  &[data-ok='true'] {
    color: #1d5e2a;
  }
  &[data-ok='false'] {
    color: #8a0017;
    font-weight: 600;
  }
`;

const SPACES: Record<string, { symbol: string; name: string }> = {
  '\u00a0': { symbol: '⍽', name: 'espace insécable (U+00A0)' },
  '\u202f': { symbol: '·', name: 'espace fine insécable (U+202F)' },
};

/** The text with its no-break spaces made visible, each named in a tooltip. */
export function VisibleSpaces({ text }: { text: string }) {
  const parts = text.split(/([\u00a0\u202f])/);
  return (
    <>
      {parts.map((part, index) => {
        const space = SPACES[part];
        return space ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one string, in order.
          <Space key={index} title={space.name} data-space={part === '\u00a0' ? 'nbsp' : 'nnbsp'}>
            {space.symbol}
          </Space>
        ) : (
          part
        );
      })}
    </>
  );
}

export interface TypographyDemoProps {
  /** Text as typed or scraped. */
  text: string;
}

/** `frenchTypography` before and after, with the no-break spaces shown. */
export function TypographyDemo({ text }: TypographyDemoProps) {
  const after = frenchTypography(text);
  const again = frenchTypography(after);
  return (
    <Demo data-demo="typography">
      <Pairs>
        <dt>Avant</dt>
        <dd data-sample data-part="before">
          {text}
        </dd>
        <dt>Après</dt>
        <dd data-sample data-part="after" lang="fr">
          {after}
        </dd>
        <dt>Espaces visibles</dt>
        <dd data-sample data-part="visible">
          <VisibleSpaces text={after} />
        </dd>
      </Pairs>
      <Legend>
        <Space>⍽</Space> espace insécable (avant « : » et « % », dans les dates) · <Space>·</Space> espace
        fine insécable (avant « ; ! ? », dans les guillemets et les milliers).
      </Legend>
      <Verdict data-ok={again === after} data-part="idempotent">
        {again === after
          ? 'Idempotente : appliquée une seconde fois, elle ne change plus rien.'
          : 'Une seconde application change encore le texte.'}
      </Verdict>
    </Demo>
  );
}

export interface DateDemoProps {
  /** ISO 8601 date-time with its offset, or a calendar date. */
  iso: string;
  /** IANA time zone in which the date is printed. */
  timeZone: string;
  /** Print the time too. */
  time: boolean;
  /** The moment of reading, for relative dates (« il y a 3 heures »); empty for none. */
  relativeTo: string;
}

/** `formatFrenchDate` with its options. */
export function DateDemo({ iso, timeZone, time, relativeTo }: DateDemoProps) {
  const printed = formatFrenchDate(iso, { timeZone, time, ...(relativeTo ? { relativeTo } : {}) });
  return (
    <Demo data-demo="date">
      <Pairs>
        <dt>Entrée</dt>
        <dd>
          <code>{iso}</code>
        </dd>
        <dt>Fuseau</dt>
        <dd>{timeZone}</dd>
        <dt>Résultat</dt>
        <dd data-sample data-part="result">
          {printed === '' ? (
            <em>(rien : la date n’est pas valide, un avertissement part en développement)</em>
          ) : (
            printed
          )}
        </dd>
        <dt>Espaces visibles</dt>
        <dd data-sample>
          <VisibleSpaces text={printed} />
        </dd>
      </Pairs>
    </Demo>
  );
}

export interface SlugDemoProps {
  /** Subheadings of one article, one a line. */
  subheadings: string;
}

/** `slugify` on each line, and the unique ids a `createSlugger` scope gives them. */
export function SlugDemo({ subheadings }: SlugDemoProps) {
  const slugger = createSlugger();
  const lines = subheadings
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return (
    <Demo data-demo="slug">
      <table>
        <thead>
          <tr>
            <th scope="col">Intertitre</th>
            <th scope="col">slugify</th>
            <th scope="col">id dans l’article</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same subheading may appear twice, which is the point.
            <tr key={index}>
              <th scope="row">{line}</th>
              <td>
                <code>{slugify(line)}</code>
              </td>
              <td>
                <code data-part="id">{slugger.slug(line)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Demo>
  );
}

const Diagnostics = styled.ol`
  margin: 0;
  padding: 0;
  list-style: none;
  font-size: 0.875rem;

  li {
    margin-bottom: 0.375rem;
    padding: 0.375rem 0.5rem;
    border-inline-start: 4px solid #8a8579;
    background: #f5f3ef;
  }
  li[data-severity='error'] {
    border-color: #c4001d;
    background: #fdf0f1;
  }
  li[data-severity='warning'] {
    border-color: #b37400;
    background: #fff6e0;
  }
  li > span {
    display: block;
    color: #4a4a4a;
    font-size: 0.75rem;
  }
`;

const SetAsideList = styled(Pairs)`
  margin-top: 1rem;
`;

const SEVERITY_LABEL = { error: 'Erreur', warning: 'Avertissement', info: 'Information' } as const;

const ImportColumn = styled.section`
  margin-top: 2.5rem;
  padding-top: 1.5rem;
  border-top: 2px solid #d4d0c8;
`;

export interface ImportDemoProps {
  /** The scraped text, as pasted. */
  raw: string;
  /** Canonical URL to give the article (plain text has none). */
  url: string;
  /** Publication date, ISO 8601 with offset (plain text rarely has a usable one). */
  datePublished: string;
  /** The site that publishes it. */
  site: SiteConfig;
}

/**
 * A scraped text through `parseArticleText`, then rendered and audited: the
 * page with its editorial checks, and under it what the import dropped,
 * repaired or could not find.
 */
export function ImportDemo({ raw, url, datePublished, site }: ImportDemoProps) {
  const headingId = useId();
  const result = parseArticleText(raw, { url, datePublished, timeZone: site.timeZone });
  const setAside: [string, string[]][] = [
    ['Articles liés repérés', result.teasers.map((teaser) => teaser.headline)],
    ['Crédits photo', result.credits],
    ['Légendes', result.captions],
  ];
  return (
    <div data-demo="import">
      <ReviewPage article={result.article} site={site} />
      <ImportColumn aria-labelledby={headingId}>
        <Demo>
          <Heading id={headingId}>Ce que l’import a fait du texte</Heading>
          <Diagnostics data-part="diagnostics">
            {result.diagnostics.map((diagnostic, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: diagnostics are in reading order and may repeat.
              <li key={index} data-severity={diagnostic.severity} data-code={diagnostic.code}>
                {SEVERITY_LABEL[diagnostic.severity]} · <code>{diagnostic.code}</code>
                {diagnostic.family ? ` (${diagnostic.family})` : ''} — {diagnostic.message}
                {diagnostic.lines.length > 0 ? (
                  <span>
                    {diagnostic.lines
                      .slice(0, 3)
                      .map((line) => `ligne ${line.number} : « ${line.text} »`)
                      .join(' ; ')}
                    {diagnostic.lines.length > 3 ? ` ; et ${diagnostic.lines.length - 3} autres` : ''}
                  </span>
                ) : null}
              </li>
            ))}
          </Diagnostics>
          <SetAsideList>
            {setAside.map(([label, items]) => (
              <SetAside key={label} label={label} items={items} />
            ))}
          </SetAsideList>
        </Demo>
      </ImportColumn>
    </div>
  );
}

function SetAside({ label, items }: { label: string; items: string[] }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{items.length === 0 ? 'aucun' : items.join(' · ')}</dd>
    </>
  );
}

const Issues = styled.table`
  border-collapse: collapse;
  width: 100%;
  font-size: 0.875rem;

  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.5rem 0;
  }

  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid #e0ddd6;
  }
`;

const Outcome = styled.p`
  margin: 0 0 0.75rem;
  padding: 0.5rem 0.75rem;
  border-inline-start: 4px solid;
  font-weight: 600;

  &[data-success='true'] {
    color: #1d5e2a;
    background: #eef7ef;
    border-color: #3b8c4a;
  }
  &[data-success='false'] {
    color: #8a0017;
    background: #fdf0f1;
    border-color: #c4001d;
  }
`;

function IssueTable({ issues, caption }: { issues: ParseIssue[]; caption: string }) {
  return (
    <Issues data-part={caption === 'Problèmes' ? 'issues' : 'warnings'}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Champ</th>
          <th scope="col">Problème</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: one field may have several problems.
          <tr key={index} data-path={issue.path}>
            <th scope="row">
              <code>{issue.path || '(la valeur entière)'}</code>
            </th>
            <td>{issue.message}</td>
          </tr>
        ))}
      </tbody>
    </Issues>
  );
}

export interface ParseArticleDemoProps {
  /** The data as a CMS would send it, in JSON. */
  json: string;
}

/** `parseArticle` on JSON from outside: the problems by field, or the typed article rendered. */
export function ParseArticleDemo({ json }: ParseArticleDemoProps) {
  let input: unknown;
  let syntaxError: string | undefined;
  try {
    input = JSON.parse(json);
  } catch (error) {
    syntaxError = error instanceof Error ? error.message : String(error);
  }
  if (syntaxError !== undefined) {
    return (
      <Demo data-demo="parse-article">
        <Outcome data-success="false">Ce n’est pas du JSON : {syntaxError}</Outcome>
      </Demo>
    );
  }
  const result = parseArticle(input);
  return (
    <div data-demo="parse-article">
      <Demo>
        <Outcome data-success={result.success} data-part="outcome">
          {result.success
            ? 'Article valide : il peut être rendu.'
            : `Article refusé : ${result.issues.length} problème${result.issues.length > 1 ? 's' : ''}.`}
        </Outcome>
        {result.success ? (
          result.warnings && result.warnings.length > 0 ? (
            <IssueTable issues={result.warnings} caption="Avertissements" />
          ) : null
        ) : (
          <IssueTable issues={result.issues} caption="Problèmes" />
        )}
      </Demo>
      {result.success ? <ArticleLayout article={result.article} /> : null}
    </div>
  );
}
