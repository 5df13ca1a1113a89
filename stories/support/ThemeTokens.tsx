import type * as React from 'react';
import { useId } from 'react';
import styled from 'styled-components';
import { ManchetteThemeProvider } from '../../src/components/ManchetteThemeProvider';
import { createTheme, type ManchetteTheme, type ManchetteThemeOverrides, vars } from '../../src/theme';
import { contrastRatio, formatRatio, textLevel } from '../../support/contrast';
import { Heading } from './Heading';

type ColourName = keyof ManchetteTheme['color'];

// What each colour is for, and what it must reach against the page.
const COLOURS: { name: ColourName; role: string; kind: 'text' | 'surface' | 'graphic' }[] = [
  { name: 'text', role: 'Texte courant, titres', kind: 'text' },
  { name: 'textMuted', role: 'Texte secondaire : dates, crédits, légendes', kind: 'text' },
  { name: 'accent', role: 'Rubrique, liens, guillemets', kind: 'text' },
  { name: 'background', role: 'Fond de la page', kind: 'surface' },
  { name: 'surface', role: 'Fond teinté : exergues, cartes', kind: 'surface' },
  { name: 'border', role: 'Filets et bordures (décoratifs)', kind: 'graphic' },
  { name: 'focus', role: 'Anneau de focus : 3:1 au moins sur les fonds', kind: 'graphic' },
];

const SAMPLE = 'L’OTAN réitère son soutien à Kiev';

const Root = styled.div`
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  color: #1a1a1a;
  max-width: 64rem;

  & > section + section {
    margin-top: 2rem;
  }

  h2,
  h3 {
    font-size: 1.125rem;
    margin: 0 0 0.75rem;
  }

  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
    font-size: 0.8125rem;
  }
`;

const Scroll = styled.div`
  overflow-x: auto;
`;

const Table = styled.table`
  border-collapse: collapse;
  width: 100%;
  font-size: 0.875rem;

  th,
  td {
    text-align: start;
    vertical-align: middle;
    padding: 0.5rem;
    border-bottom: 1px solid #e0ddd6;
  }

  caption {
    text-align: start;
    color: #4a4a4a;
    padding-bottom: 0.5rem;
  }

  thead th {
    border-bottom: 2px solid #b8b3a8;
  }

  tbody th span {
    font-weight: 400;
  }

  [data-level='insuffisant'] {
    color: #8a0017;
    font-weight: 700;
  }
`;

const Swatch = styled.span`
  display: inline-block;
  width: 2.5rem;
  height: 2.5rem;
  border-radius: 4px;
  border: 1px solid #8a8579;
  vertical-align: middle;
`;

const OnBackground = styled.span`
  display: inline-block;
  padding: 0.25rem 0.5rem;
  border-radius: 3px;
  font-family: ${vars.font.serif};
  font-size: 1rem;
`;

const Scale = styled.ol`
  margin: 0;
  padding: 0;
  list-style: none;

  li {
    display: grid;
    grid-template-columns: minmax(0, 15rem) minmax(0, 1fr);
    gap: 1rem;
    align-items: baseline;
    padding: 0.5rem 0;
    border-bottom: 1px solid #e0ddd6;
  }

  li > span:first-child {
    font-size: 0.8125rem;
    color: #4a4a4a;
  }
`;

const Sample = styled.span`
  color: ${vars.color.text};
  line-height: ${vars.lineHeight.heading};
  overflow-wrap: anywhere;
`;

const Bar = styled.span`
  display: inline-block;
  height: 0.75rem;
  background: ${vars.color.accent};
  vertical-align: middle;
`;

function ColourRow({ name, role, kind, theme }: (typeof COLOURS)[number] & { theme: ManchetteTheme }) {
  const value = theme.color[name];
  const onBackground = contrastRatio(value, theme.color.background);
  const onSurface = contrastRatio(value, theme.color.surface);
  const needed = kind === 'text' ? 4.5 : kind === 'graphic' && name === 'focus' ? 3 : undefined;
  const cell = (ratio: number | undefined, background: string) => {
    if (kind === 'surface') return <td>—</td>;
    const level =
      kind === 'text' ? textLevel(ratio) : ratio !== undefined && ratio >= 3 ? 'AA' : 'insuffisant';
    const shown = needed === undefined ? 'décoratif' : level;
    return (
      <td data-ratio={ratio?.toFixed(2)} data-level={needed === undefined ? undefined : level}>
        {kind === 'text' ? (
          <OnBackground style={{ color: value, background }}>Aa {formatRatio(ratio)}</OnBackground>
        ) : (
          formatRatio(ratio)
        )}{' '}
        · {shown}
      </td>
    );
  };
  return (
    <tr data-colour={name}>
      <td>
        <Swatch
          style={{
            background: `var(--manchette-color-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)})`,
          }}
        />
      </td>
      <th scope="row">
        <code>{name}</code>
        <br />
        <span>{role}</span>
      </th>
      <td>
        <code data-part="hex">{value}</code>
      </td>
      {cell(onBackground, theme.color.background)}
      {cell(onSurface, theme.color.surface)}
    </tr>
  );
}

export interface ThemeTokensProps {
  /** Tokens to override, as `ManchetteThemeProvider`'s `theme`. @default undefined */
  theme?: ManchetteThemeOverrides;
  /** Shown under the tokens, inside the same theme (an article, a quotation). @default undefined */
  children?: React.ReactNode;
}

/**
 * The design tokens of a theme, as `ManchetteThemeProvider` applies them:
 * colours with their contrast ratios (WCAG 2.1), the type scale, spacing and
 * widths.
 */
export function ThemeTokens({ theme: overrides, children }: ThemeTokensProps) {
  const theme = createTheme(overrides);
  const colourId = useId();
  const typeId = useId();
  const spaceId = useId();
  return (
    <ManchetteThemeProvider theme={overrides}>
      <Root>
        <section aria-labelledby={colourId} data-tokens="colours">
          <Heading id={colourId}>Couleurs et contrastes</Heading>
          <Scroll>
            <Table>
              <caption>
                Le texte doit atteindre 4,5:1 sur les fonds où il paraît (WCAG 2.1 AA), l’anneau de focus 3:1.
                Les ratios sont arrondis à l’inférieur.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Nuance</th>
                  <th scope="col">Jeton et rôle</th>
                  <th scope="col">Valeur</th>
                  <th scope="col">Sur background</th>
                  <th scope="col">Sur surface</th>
                </tr>
              </thead>
              <tbody>
                {COLOURS.map((colour) => (
                  <ColourRow key={colour.name} {...colour} theme={theme} />
                ))}
              </tbody>
            </Table>
          </Scroll>
        </section>
        <section aria-labelledby={typeId} data-tokens="type">
          <Heading id={typeId}>Échelle typographique</Heading>
          <Scale>
            {(Object.keys(theme.fontSize) as (keyof ManchetteTheme['fontSize'])[]).map((size) => (
              <li key={size} data-size={size}>
                <span>
                  <code>fontSize.{size}</code>
                  <br />
                  {theme.fontSize[size]}
                </span>
                <Sample
                  style={{
                    fontSize: vars.fontSize[size],
                    fontFamily: size === 'xs' || size === 'sm' ? vars.font.sans : vars.font.serif,
                  }}
                >
                  {SAMPLE}
                </Sample>
              </li>
            ))}
          </Scale>
          <p>
            Texte de lecture : <code>font.serif</code> ({theme.font.serif}). Interface (rubrique, signature,
            légendes) : <code>font.sans</code> ({theme.font.sans}). Aucune police n’est téléchargée : les
            piles ne nomment que des polices système.
          </p>
        </section>
        <section aria-labelledby={spaceId} data-tokens="space">
          <Heading id={spaceId}>Espacements et largeurs</Heading>
          <Scale>
            {(Object.keys(theme.space) as (keyof ManchetteTheme['space'])[]).map((space) => (
              <li key={space}>
                <span>
                  <code>space.{space}</code> · {theme.space[space]}
                </span>
                <span>
                  <Bar style={{ width: vars.space[space] }} />
                </span>
              </li>
            ))}
          </Scale>
          <p>
            Colonne de lecture <code>measure</code> : {theme.measure} · cadre de page <code>wide</code> :{' '}
            {theme.wide} · arrondi <code>radius</code> : {theme.radius}.
          </p>
        </section>
        {children}
      </Root>
    </ManchetteThemeProvider>
  );
}
