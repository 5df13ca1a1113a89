import type * as React from 'react';
import { type RefObject, useEffect, useId, useState } from 'react';
import styled from 'styled-components';
import { type AuditFinding, type AuditSeverity, auditArticle } from '../../src/audit';
import { Section } from '../../src/components/Section';
import type { Article, SiteConfig } from '../../src/model';
import { buildArticleMeta } from '../../src/seo';
import { countWords, readingTime } from '../../src/text';
import { frenchTypography } from '../../src/typography';
import { outlineFromElement, type PageOutline, reviewPageOutline } from '../../support/outline';
import { Heading } from './Heading';
import { DESCRIPTION_LIMIT, HEADLINE_LIMIT, TITLE_TAG_LIMIT } from './seoPreviewModel';

/** Narrowest lead picture Google Discover and the large share cards use. */
const MIN_IMAGE_WIDTH = 1200;

// Colours with at least 4.5:1 on their backgrounds; the words say the status too.
const TONE = {
  error: { text: '#8a0017', background: '#fdf0f1', border: '#c4001d' },
  warning: { text: '#6b4300', background: '#fff6e0', border: '#b37400' },
  info: { text: '#0b4a7a', background: '#eef5fb', border: '#2f78b7' },
  ok: { text: '#1d5e2a', background: '#eef7ef', border: '#3b8c4a' },
} as const;

const SEVERITIES: { severity: AuditSeverity; title: string; one: string; many: string }[] = [
  { severity: 'error', title: 'Erreurs', one: 'erreur', many: 'erreurs' },
  { severity: 'warning', title: 'Avertissements', one: 'avertissement', many: 'avertissements' },
  { severity: 'info', title: 'Informations', one: 'information', many: 'informations' },
];

const Root = styled.aside`
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  color: #1a1a1a;
  font-size: 0.875rem;
  line-height: 1.45;
  min-width: 0;

  h2,
  h3,
  h4,
  h5 {
    margin: 1.25rem 0 0.5rem;
    line-height: 1.25;
  }

  & > h2,
  & > h3 {
    margin-top: 0;
    font-size: 1.125rem;
  }

  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
    font-size: 0.75rem;
  }
`;

const Summary = styled.p`
  margin: 0 0 0.5rem;
  font-weight: 600;
`;

const Finding = styled.li`
  margin: 0 0 0.5rem;
  padding: 0.5rem 0.625rem;
  border-inline-start: 4px solid;

  &[data-severity='error'] {
    color: ${TONE.error.text};
    background: ${TONE.error.background};
    border-color: ${TONE.error.border};
  }
  &[data-severity='warning'] {
    color: ${TONE.warning.text};
    background: ${TONE.warning.background};
    border-color: ${TONE.warning.border};
  }
  &[data-severity='info'] {
    color: ${TONE.info.text};
    background: ${TONE.info.background};
    border-color: ${TONE.info.border};
  }

  & > span {
    display: block;
    margin-top: 0.125rem;
    font-size: 0.75rem;
  }
`;

const Clean = styled.p`
  margin: 0;
  padding: 0.5rem 0.625rem;
  color: ${TONE.ok.text};
  background: ${TONE.ok.background};
  border-inline-start: 4px solid ${TONE.ok.border};
`;

const Figures = styled.table`
  border-collapse: collapse;
  width: 100%;

  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.3rem 0.375rem;
    border-bottom: 1px solid #e0ddd6;
  }

  thead th {
    border-bottom: 2px solid #b8b3a8;
  }

  tbody th {
    width: 35%;
  }

  [data-status='ok'] {
    color: ${TONE.ok.text};
  }
  [data-status='over'] {
    color: ${TONE.error.text};
    font-weight: 600;
  }
  [data-status='check'] {
    color: ${TONE.warning.text};
    font-weight: 600;
  }
`;

const Reference = styled.span`
  display: block;
  color: #595959;
  font-size: 0.75rem;
`;

const OutlineList = styled.ol`
  border-inline-start: 1px solid #d4d0c8;

  li {
    padding: 0.125rem 0.375rem 0.125rem calc(0.375rem + var(--depth) * 1rem);
    overflow-wrap: anywhere;
  }

  li[data-problem] {
    color: ${TONE.error.text};
    background: ${TONE.error.background};
  }

  li > code {
    display: inline-block;
    min-width: 1.75rem;
    margin-inline-end: 0.25rem;
    font-weight: 700;
  }

  li > span {
    display: block;
    font-size: 0.75rem;
  }
`;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}

/** Audit findings in French, grouped by severity, errors first. */
export function AuditFindings({ findings }: { findings: AuditFinding[] }) {
  const headingId = useId();
  const counts = SEVERITIES.map(({ severity, one, many }) => ({
    severity,
    label: plural(findings.filter((finding) => finding.severity === severity).length, one, many),
  }));
  return (
    <section aria-labelledby={headingId} data-checks="findings">
      <Heading id={headingId}>Diagnostics</Heading>
      {findings.length === 0 ? (
        <Clean>Aucun problème détecté : l’article peut partir.</Clean>
      ) : (
        <Section as={false}>
          <Summary>{counts.map((count) => count.label).join(', ')}</Summary>
          {SEVERITIES.map(({ severity, title }) => {
            const group = findings.filter((finding) => finding.severity === severity);
            if (group.length === 0) return null;
            return (
              <div key={severity} data-severity-group={severity}>
                <Heading>
                  {title} ({group.length})
                </Heading>
                <ul>
                  {group.map((finding, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the same check may fire twice on one field.
                    <Finding key={`${finding.code}-${finding.field}-${index}`} data-severity={severity}>
                      {finding.message}
                      <span>
                        Champ <code>{finding.field}</code> · contrôle <code>{finding.code}</code>
                      </span>
                    </Finding>
                  ))}
                </ul>
              </div>
            );
          })}
        </Section>
      )}
    </section>
  );
}

type Status = 'ok' | 'check' | 'over';

const STATUS_TEXT: Record<Status, string> = { ok: 'Conforme', check: 'À revoir', over: 'Hors limite' };

interface Figure {
  key: string;
  label: string;
  value: string;
  reference: string;
  status?: Status;
}

/** The figures an editor weighs before publishing, each beside its reference value. */
export function articleFigures(article: Article, site: SiteConfig): Figure[] {
  const meta = buildArticleMeta(article, site);
  const headline = typeof article.headline === 'string' ? frenchTypography(article.headline.trim()) : '';
  const body = Array.isArray(article.body) ? article.body : [];
  const subheadings = body.filter((block) => block?.type === 'subheading').length;
  const words = countWords(article);
  const within = (length: number, limit: number): Status => (length <= limit ? 'ok' : 'over');
  const figures: Figure[] = [
    {
      key: 'headline',
      label: 'Titre',
      value: plural(headline.length, 'caractère', 'caractères'),
      reference: `${HEADLINE_LIMIT} au plus (coupé au-delà dans les résultats)`,
      status: headline === '' ? 'over' : within(headline.length, HEADLINE_LIMIT),
    },
    {
      key: 'title',
      label: 'Balise title',
      value: plural(meta.title.length, 'caractère', 'caractères'),
      reference: `~${TITLE_TAG_LIMIT} visibles dans les résultats (modèle du site compris)`,
      status: meta.title.length <= TITLE_TAG_LIMIT ? 'ok' : 'check',
    },
  ];
  const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const own = trimmed(article.description);
  const standfirst = trimmed(article.standfirst);
  const origin = own !== '' ? '' : standfirst !== '' ? 'chapô' : 'premier paragraphe';
  const description = meta.description ?? '';
  // The meta tags cut a standfirst standing in for the description: say so, with its full length.
  const source = own !== '' ? own : standfirst;
  const sourceLength = source === '' ? undefined : frenchTypography(source).length;
  const cut = sourceLength !== undefined && sourceLength > description.length;
  const descriptionStatus: Status =
    description === '' || description.length > DESCRIPTION_LIMIT
      ? 'over'
      : cut || description.length < 50
        ? 'check'
        : 'ok';
  figures.push({
    key: 'description',
    label: 'Description',
    value:
      description === ''
        ? 'absente'
        : `${plural(description.length, 'caractère', 'caractères')}${
            cut
              ? ` (tirée du chapô de ${sourceLength} caractères, coupé)`
              : origin
                ? ` (tirée du ${origin})`
                : ''
          }`,
    reference: `50 à ${DESCRIPTION_LIMIT}`,
    status: descriptionStatus,
  });
  figures.push(
    {
      key: 'words',
      label: 'Mots',
      value: String(words),
      reference: '300 au moins (chapô et corps)',
      status: words >= 300 ? 'ok' : 'check',
    },
    {
      key: 'reading-time',
      label: 'Temps de lecture',
      value: `${readingTime(article)} min`,
      reference: '230 mots par minute',
    },
    {
      key: 'subheadings',
      label: 'Intertitres',
      value: String(subheadings),
      reference: 'un toutes les 300 mots environ',
      status: words > 300 && subheadings === 0 ? 'check' : 'ok',
    },
  );
  const image = article.image;
  if (image && typeof image === 'object') {
    const sized = Number.isFinite(image.width) && Number.isFinite(image.height);
    figures.push(
      {
        key: 'image-size',
        label: 'Photo principale',
        value: sized ? `${image.width} × ${image.height} px` : 'taille inconnue',
        reference: `${MIN_IMAGE_WIDTH} px de large au moins`,
        status: sized && image.width >= MIN_IMAGE_WIDTH ? 'ok' : 'check',
      },
      {
        key: 'image-alt',
        label: 'Texte alternatif',
        value:
          typeof image.alt !== 'string'
            ? 'absent'
            : image.alt.trim() === ''
              ? 'vide (image décorative)'
              : `«\u202F${image.alt.trim()}\u202F»`,
        reference: 'décrit la photo',
        status: typeof image.alt === 'string' && image.alt.trim() !== '' ? 'ok' : 'over',
      },
    );
  } else {
    figures.push({
      key: 'image-size',
      label: 'Photo principale',
      value: 'aucune',
      reference: `${MIN_IMAGE_WIDTH} px de large au moins`,
      status: 'check',
    });
  }
  return figures;
}

/** Key figures of the article as a table: the value and its status, the reference under it. */
export function KeyFigures({ figures }: { figures: Figure[] }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-checks="figures">
      <Heading id={headingId}>Chiffres clés</Heading>
      <Figures>
        <thead>
          <tr>
            <th scope="col">Mesure</th>
            <th scope="col">Valeur et repère</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.key} data-figure={figure.key}>
              <th scope="row">{figure.label}</th>
              <td>
                <span data-status={figure.status} data-part="value">
                  {figure.value}
                  {figure.status ? ` · ${STATUS_TEXT[figure.status]}` : ''}
                </span>
                <Reference>Repère : {figure.reference}</Reference>
              </td>
            </tr>
          ))}
        </tbody>
      </Figures>
    </section>
  );
}

/**
 * The outline of the element `page` points to, kept up to date as the page
 * renders (the element must not contain the panel, or each update would
 * trigger the next).
 */
export function useOutline(page: RefObject<HTMLElement | null> | undefined): PageOutline | undefined {
  const [outline, setOutline] = useState<PageOutline>();
  useEffect(() => {
    const root = page?.current;
    if (!root) return;
    let last = '';
    const update = () => {
      const next = reviewPageOutline(outlineFromElement(root, { skipHidden: true }));
      const key = JSON.stringify(next);
      if (key === last) return;
      last = key;
      setOutline(next);
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['role', 'aria-level', 'hidden', 'aria-hidden', 'id'],
    });
    return () => observer.disconnect();
  }, [page]);
  return outline;
}

/** The headings of the rendered page, indented by level, with the breaks flagged. */
export function HeadingOutline({ outline }: { outline: PageOutline | undefined }) {
  const headingId = useId();
  const problems = outline
    ? outline.problems.length + outline.entries.filter((entry) => entry.problem).length
    : 0;
  return (
    <section aria-labelledby={headingId} data-checks="outline">
      <Heading id={headingId}>Plan des titres</Heading>
      {!outline ? (
        <p>Le plan apparaît une fois la page rendue.</p>
      ) : (
        <>
          {problems === 0 ? (
            <Clean>Un seul h1, aucun niveau sauté.</Clean>
          ) : (
            <Summary>{plural(problems, 'problème', 'problèmes')} dans le plan</Summary>
          )}
          {outline.problems.map((problem) => (
            <Finding as="p" key={problem} data-severity="error">
              {problem}
            </Finding>
          ))}
          <OutlineList aria-label="Titres de la page, dans l’ordre">
            {outline.entries.map((entry, index) => (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: two headings may share a text.
                key={index}
                data-level={entry.level}
                data-problem={entry.problem ? '' : undefined}
                style={{ '--depth': entry.level - 1 } as React.CSSProperties}
              >
                <code>h{entry.level}</code>
                {entry.text || '(vide)'}
                {entry.problem ? <span>{entry.problem}</span> : null}
              </li>
            ))}
          </OutlineList>
        </>
      )}
    </section>
  );
}

export interface EditorialChecksProps extends React.ComponentPropsWithoutRef<'aside'> {
  /** The article under review. */
  article: Article;
  /** The publishing site (title template, URL). */
  site: SiteConfig;
  /** The rendered page whose heading outline is shown; without it the outline is left out. @default undefined */
  page?: RefObject<HTMLElement | null>;
}

/**
 * The editorial checks of one article: `auditArticle` findings by severity,
 * the key figures against their references, and the heading outline of the
 * rendered page.
 */
export function EditorialChecks({ article, site, page, ...rest }: EditorialChecksProps) {
  const headingId = useId();
  const outline = useOutline(page);
  const findings = auditArticle(article, site);
  return (
    <Root aria-labelledby={headingId} data-checks="editorial" {...rest}>
      <Heading id={headingId}>Contrôles éditoriaux</Heading>
      <Section as={false}>
        <AuditFindings findings={findings} />
        <KeyFigures figures={articleFigures(article, site)} />
        {page ? <HeadingOutline outline={outline} /> : null}
      </Section>
    </Root>
  );
}
