import type * as React from 'react';
import { useId } from 'react';
import styled from 'styled-components';
import { Section } from '../../src/components/Section';
import type { Article, SiteConfig } from '../../src/model';
import type { AlternateLink } from '../../src/seo';
import { Heading } from './Heading';
import {
  GOOGLE_DESCRIPTION_BUDGET,
  GOOGLE_TITLE_BUDGET,
  type HeadTagRow,
  type SearchResultPreview,
  type SocialCardPreview,
  seoPreview,
} from './seoPreviewModel';

// Shades chosen for at least 4.5:1 on white (AA), close to Google's own.
const GOOGLE = {
  title: '#1a0dab',
  site: '#202124',
  url: '#4d5156',
  text: '#4d5156',
  date: '#5f6368',
  faviconBackground: '#e8eaed',
} as const;
// Facebook's link card: grey band under the picture; 7:1 and more on #f0f2f5.
const CARD = { band: '#f0f2f5', domain: '#4b4f56', title: '#050505', text: '#4b4f56', border: '#dadde1' };
const NOTE = '#595959';

const Panel = styled.section`
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  color: #1a1a1a;
  margin-block: 0 2rem;
  min-width: 0;

  & > h2,
  & > h3,
  & > h4 {
    font-size: 1.0625rem;
    margin: 0 0 0.75rem;
  }
`;

const Note = styled.p`
  color: ${NOTE};
  font-size: 0.8125rem;
  line-height: 1.45;
  margin: 0.5rem 0 0;
  max-width: 40rem;
`;

// ---- Google result ---------------------------------------------------------

const Result = styled.div`
  font-family: Arial, 'Liberation Sans', Helvetica, sans-serif;
  max-width: 600px;
  padding: 1rem;
  border: 1px solid #dadce0;
  border-radius: 8px;
  background: #fff;
`;

const SiteRow = styled.div`
  display: flex;
  align-items: center;
  gap: 0.75rem;
  margin-bottom: 0.375rem;
  min-width: 0;
`;

const Favicon = styled.span`
  flex: none;
  display: grid;
  place-items: center;
  width: 28px;
  height: 28px;
  border-radius: 50%;
  background: ${GOOGLE.faviconBackground};
  color: ${GOOGLE.site};
  font-size: 14px;
  font-weight: bold;
`;

const SiteText = styled.span`
  display: flex;
  flex-direction: column;
  min-width: 0;
  line-height: 1.3;
`;

const SiteName = styled.span`
  color: ${GOOGLE.site};
  font-size: 14px;
`;

const UrlLine = styled.span`
  color: ${GOOGLE.url};
  font-size: 12px;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
`;

const ResultTitle = styled.span`
  display: block;
  color: ${GOOGLE.title};
  font-size: 20px;
  line-height: 1.3;
  margin: 0 0 0.25rem;
`;

const ResultText = styled.span`
  display: block;
  color: ${GOOGLE.text};
  font-size: 14px;
  line-height: 1.58;
  overflow-wrap: anywhere;
`;

const ResultDate = styled.span`
  color: ${GOOGLE.date};
`;

const NoResult = styled(Result)`
  border: 1px dashed #a3001b;
  background: #fdf1f1;
  color: #5c0010;
  font-size: 14px;
  line-height: 1.5;

  & > strong {
    display: block;
    font-size: 17px;
    margin-block-end: 0.25rem;
  }
`;

export interface GoogleResultPreviewProps {
  search: SearchResultPreview;
  /** The robots directive when it keeps the page out of the results (`noindex, nofollow`). */
  noindex?: string;
  /** Length of the full `<title>`, to say how much of it Google would show. */
  fullTitleLength: number;
  fullDescriptionLength?: number;
}

/** The page as a result on Google (desktop): site, URL breadcrumb, title and description, cut as Google cuts them. */
export function GoogleResultPreview({
  search,
  noindex,
  fullTitleLength,
  fullDescriptionLength,
}: GoogleResultPreviewProps) {
  const headingId = useId();
  if (noindex !== undefined)
    return (
      <Panel aria-labelledby={headingId} data-preview="google" data-noindex="">
        <Heading id={headingId}>Résultat Google</Heading>
        <NoResult role="note" data-part="no-result">
          <strong>Cette page n’apparaîtra pas dans les résultats</strong>
          La page demande à ne pas être indexée (robots : {noindex}) : Google ne la montre dans aucune
          recherche et la retire de son index à son prochain passage si elle y était. Les réseaux sociaux
          peuvent toujours afficher un lien partagé, avec la carte ci-dessous.
        </NoResult>
      </Panel>
    );
  return (
    <Panel aria-labelledby={headingId} data-preview="google">
      <Heading id={headingId}>Résultat Google</Heading>
      <Result>
        <SiteRow>
          <Favicon aria-hidden="true">{search.siteName.trim().charAt(0).toUpperCase() || '?'}</Favicon>
          <SiteText>
            <SiteName data-part="site-name">{search.siteName}</SiteName>
            <UrlLine data-part="url">
              {[search.origin, ...search.breadcrumb].filter(Boolean).join(' › ')}
            </UrlLine>
          </SiteText>
        </SiteRow>
        <ResultTitle data-part="title" data-cut={search.titleCut}>
          {search.title}
        </ResultTitle>
        <ResultText data-part="description" data-cut={search.descriptionCut}>
          {search.date ? <ResultDate>{search.date} — </ResultDate> : null}
          {search.description ?? <em>Pas de description : Google choisira un extrait de la page.</em>}
        </ResultText>
      </Result>
      <Note>
        Aperçu approximatif. Google coupe le titre vers 600 px de large (Arial 20 px), estimés ici à{' '}
        {GOOGLE_TITLE_BUDGET} caractères coupés au mot ; les lettres larges et les capitales le font couper
        plus tôt. Balise title : {fullTitleLength} caractères
        {search.titleCut ? ', coupée' : ', affichée en entier'}.
        {fullDescriptionLength !== undefined
          ? ` Description : ${fullDescriptionLength} caractères sur ${GOOGLE_DESCRIPTION_BUDGET} affichés${search.descriptionCut ? ', coupée' : ''}.`
          : ''}{' '}
        Google peut aussi réécrire le titre ou choisir un autre extrait.
      </Note>
    </Panel>
  );
}

// ---- Social cards ----------------------------------------------------------

const Cards = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
  gap: 1.5rem;
  max-width: 68rem;
`;

const Card = styled.figure`
  margin: 0;
  min-width: 0;

  & > figcaption {
    color: ${NOTE};
    font-size: 0.8125rem;
    margin-bottom: 0.375rem;
  }
`;

const CardFrame = styled.div`
  border: 1px solid ${CARD.border};
  overflow: hidden;
  background: #fff;

  &[data-network='x'] {
    border-radius: 16px;
    position: relative;
  }
`;

const CardImage = styled.img`
  display: block;
  width: 100%;
  /* The width and height attributes reserve the space; the card crops to 1.91:1 as the networks do. */
  height: auto;
  aspect-ratio: 1.91 / 1;
  object-fit: cover;
  background: #e4e6eb;
`;

const MissingImage = styled.div`
  display: grid;
  place-items: center;
  aspect-ratio: 1.91 / 1;
  padding: 1rem;
  background: #e4e6eb;
  color: #1a1a1a;
  font-size: 0.875rem;
  text-align: center;
  overflow-wrap: anywhere;
`;

const CardBand = styled.div`
  display: flex;
  flex-direction: column;
  gap: 0.2rem;
  padding: 0.625rem 0.75rem;
  background: ${CARD.band};
  font-family: Helvetica, Arial, sans-serif;

  &:not(:first-child) {
    border-top: 1px solid ${CARD.border};
  }
`;

const CardDomain = styled.span`
  color: ${CARD.domain};
  font-size: 12px;
  text-transform: uppercase;
  letter-spacing: 0.02em;
`;

const clamp = (lines: number) => `
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: ${lines};
  overflow: hidden;
`;

const CardTitle = styled.span`
  color: ${CARD.title};
  font-size: 16px;
  font-weight: 600;
  line-height: 1.25;
  ${clamp(2)}
`;

const CardText = styled.span`
  color: ${CARD.text};
  font-size: 14px;
  line-height: 1.35;
  ${clamp(1)}
`;

const XOverlay = styled.span`
  position: absolute;
  left: 12px;
  bottom: 12px;
  max-width: calc(100% - 24px);
  padding: 2px 6px;
  border-radius: 4px;
  background: rgb(0 0 0 / 0.8);
  color: #fff;
  font-size: 13px;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
`;

const XFrom = styled.span`
  display: block;
  color: #536471;
  font-size: 13px;
  margin-top: 0.25rem;
`;

// Without og:image the networks draw a compact card: Facebook and LinkedIn the text band alone, X a row with
// a small square where the picture would be.
const CompactFrame = styled(CardFrame)`
  display: flex;
  align-items: stretch;
  min-height: 0;
`;

const CompactThumb = styled.span`
  flex: none;
  display: grid;
  place-items: center;
  inline-size: 5.5rem;
  background: #f7f9f9;
  border-inline-end: 1px solid ${CARD.border};
  color: #536471;

  & > svg {
    inline-size: 1.75rem;
    block-size: 1.75rem;
  }
`;

const CompactText = styled.span`
  display: flex;
  flex-direction: column;
  justify-content: center;
  gap: 0.2rem;
  min-width: 0;
  padding: 0.625rem 0.75rem;
  font-family: Helvetica, Arial, sans-serif;
`;

/** X's placeholder for a link without a picture: a page with a turned corner. */
function PageGlyph() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
        d="M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 16h6"
      />
    </svg>
  );
}

function CardTexts({ social, lowercase = false }: { social: SocialCardPreview; lowercase?: boolean }) {
  return (
    <>
      <CardDomain data-part="domain">{lowercase ? social.domain.toLowerCase() : social.domain}</CardDomain>
      <CardTitle data-part="title">{social.title}</CardTitle>
      {social.description ? <CardText data-part="description">{social.description}</CardText> : null}
    </>
  );
}

function CardPicture({ social }: { social: SocialCardPreview }) {
  const image = social.image;
  if (!image) return null;
  if (!image.localSrc)
    return <MissingImage>Image sur un autre domaine, non chargée dans cet aperçu : {image.url}</MissingImage>;
  return (
    <CardImage
      src={image.localSrc}
      alt={image.alt ?? ''}
      width={image.width}
      height={image.height}
      data-part="og-image"
    />
  );
}

/** How Facebook and LinkedIn (grey band) and X (picture with the title laid over) show a shared link. */
export function SocialCardsPreview({ social }: { social: SocialCardPreview }) {
  const headingId = useId();
  const domain = social.domain.toLowerCase();
  return (
    <Panel aria-labelledby={headingId} data-preview="social">
      <Heading id={headingId}>Partage sur les réseaux sociaux</Heading>
      <Cards>
        <Card data-network="facebook" data-size={social.image ? 'large' : 'compact'}>
          <figcaption>Facebook, LinkedIn{social.image ? '' : ' (sans image)'}</figcaption>
          <CardFrame data-part="card">
            <CardPicture social={social} />
            <CardBand>
              <CardTexts social={social} />
            </CardBand>
          </CardFrame>
        </Card>
        {social.image ? (
          <Card data-network="x" data-size="large">
            <figcaption>X (carte {social.card})</figcaption>
            <CardFrame data-network="x" data-part="card">
              <CardPicture social={social} />
              <XOverlay>{social.title}</XOverlay>
            </CardFrame>
            <XFrom>De {domain}</XFrom>
          </Card>
        ) : (
          <Card data-network="x" data-size="compact">
            <figcaption>X (carte {social.card})</figcaption>
            <CompactFrame data-network="x" data-part="card">
              <CompactThumb>
                <PageGlyph />
              </CompactThumb>
              <CompactText>
                <CardTexts social={social} lowercase />
              </CompactText>
            </CompactFrame>
          </Card>
        )}
      </Cards>
      <Note>
        Image, titre et description viennent de og:image, og:title et og:description (twitter:* pour X). Les
        réseaux recadrent l’image au format 1,91:1 et coupent le titre à deux lignes environ.
        {social.image
          ? ''
          : ' Sans og:image, ils montrent une carte réduite : le texte seul sur Facebook et LinkedIn, une vignette vide à gauche du texte sur X.'}
      </Note>
    </Panel>
  );
}

// ---- Raw head tags and JSON-LD --------------------------------------------

const TableScroll = styled.div`
  overflow-x: auto;
  max-width: 100%;
`;

const Table = styled.table`
  border-collapse: collapse;
  font-size: 0.8125rem;
  width: 100%;
  max-width: 68rem;

  caption {
    text-align: start;
    color: ${NOTE};
    padding-bottom: 0.375rem;
  }

  th,
  td {
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid #e0ddd6;
    padding: 0.375rem 0.5rem;
  }

  thead th {
    border-bottom: 2px solid #b8b3a8;
  }

  td:first-child {
    white-space: nowrap;
  }

  td:last-child {
    overflow-wrap: anywhere;
    min-width: 12rem;
  }

  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
    font-size: 0.75rem;
  }
`;

function elementLabel(row: HeadTagRow): string {
  if (row.element === 'html') return '<html>';
  if (row.element === 'title') return '<title>';
  return `<${row.element} ${row.attribute}>`;
}

/** The head as a crawler reads it: one row per tag, name or property on the left, content on the right. */
export function HeadTagsTable({ rows }: { rows: HeadTagRow[] }) {
  const headingId = useId();
  return (
    <Panel aria-labelledby={headingId} data-preview="head-tags">
      <Heading id={headingId}>Balises du &lt;head&gt;</Heading>
      <TableScroll>
        <Table>
          <caption>
            {rows.length} balises, dans l’ordre où SeoHead les écrit (calculées par buildArticleMeta).
          </caption>
          <thead>
            <tr>
              <th scope="col">Balise</th>
              <th scope="col">Nom ou propriété</th>
              <th scope="col">Contenu</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              // A key may repeat (article:tag), its position in the head may not.
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are static and ordered.
              <tr key={index} data-element={row.element} data-key={row.key}>
                <td>
                  <code>{elementLabel(row)}</code>
                </td>
                <th scope="row">
                  <code>{row.hrefLang ? `${row.key} (${row.hrefLang})` : row.key}</code>
                </th>
                <td data-part="value">{row.value}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </TableScroll>
    </Panel>
  );
}

const Code = styled.pre`
  max-height: 32rem;
  max-width: 68rem;
  overflow: auto;
  margin: 0;
  padding: 0.75rem 1rem;
  background: #f6f8fa;
  border: 1px solid #d0d7de;
  border-radius: 6px;
  color: #1f2328;
  font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
  font-size: 0.75rem;
  line-height: 1.5;

  &:focus-visible {
    outline: 3px solid #1f5fbf;
    outline-offset: 2px;
  }
`;

const Lead = styled(Note)`
  margin: 0 0 0.5rem;
`;

function graphTypes(jsonLd: unknown): string[] {
  const graph =
    typeof jsonLd === 'object' &&
    jsonLd !== null &&
    Array.isArray((jsonLd as { '@graph'?: unknown })['@graph'])
      ? ((jsonLd as { '@graph': unknown[] })['@graph'] ?? [])
      : [];
  return graph.map((node) =>
    typeof node === 'object' && node !== null ? String((node as { '@type'?: unknown })['@type'] ?? '?') : '?',
  );
}

/** The JSON-LD graph, pretty-printed. */
export function JsonLdGraph({ jsonLd }: { jsonLd: unknown }) {
  const headingId = useId();
  const types = graphTypes(jsonLd);
  return (
    <Panel aria-labelledby={headingId} data-preview="json-ld">
      <Heading id={headingId}>Données structurées (JSON-LD)</Heading>
      <Lead>
        Un seul @graph ({types.join(', ')}), calculé par buildNewsArticleJsonLd. Google le lit pour les
        résultats enrichis (Top stories, Discover).
      </Lead>
      {/* A scrolling region: it takes focus so that keyboard users can scroll it. */}
      <Code tabIndex={0} role="region" aria-label="JSON-LD de la page" data-part="json-ld">
        {JSON.stringify(jsonLd, null, 2)}
      </Code>
    </Panel>
  );
}

// ---- Everything together -------------------------------------------------

const Stack = styled.div`
  display: flex;
  flex-direction: column;
`;

export interface SearchAndSocialPreviewProps extends React.ComponentPropsWithoutRef<'section'> {
  /** The article whose page this is. */
  article: Article;
  /** The publishing site. */
  site: SiteConfig;
  /** As `SeoHead`'s `noindex`. @default false */
  noindex?: boolean;
  /** As `SeoHead`'s `alternates`. @default undefined */
  alternates?: AlternateLink[];
  /** Title of the whole preview. @default 'Aperçu moteurs de recherche et réseaux sociaux' */
  title?: string;
}

/**
 * What search engines and social networks will make of an article page: a
 * Google result, the share cards, the raw head tags and the JSON-LD graph,
 * all from the same builders as `SeoHead`.
 */
export function SearchAndSocialPreview({
  article,
  site,
  noindex,
  alternates,
  title = 'Aperçu moteurs de recherche et réseaux sociaux',
  ...rest
}: SearchAndSocialPreviewProps) {
  const data = seoPreview(article, site, { noindex, alternates });
  const headingId = useId();
  return (
    <Panel aria-labelledby={headingId} data-preview="search-and-social" {...rest}>
      <Heading id={headingId}>{title}</Heading>
      <Section as={false}>
        <Stack>
          <GoogleResultPreview
            search={data.search}
            noindex={noindex ? data.meta.robots : undefined}
            fullTitleLength={data.meta.title.length}
            fullDescriptionLength={data.meta.description?.length}
          />
          <SocialCardsPreview social={data.social} />
          <HeadTagsTable rows={data.rows} />
          <JsonLdGraph jsonLd={data.jsonLd} />
        </Stack>
      </Section>
    </Panel>
  );
}
