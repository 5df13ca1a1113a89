/**
 * Design tokens. Components never read these values directly: they use the
 * `vars` references below, which are CSS custom properties with these values
 * as fallbacks. The styles are therefore static (computed once by
 * styled-components, whatever the theme) and render correctly with no
 * provider at all; `ManchetteThemeProvider` only sets the properties.
 */

/** The colours of one scheme (light or dark). */
export interface ManchetteColors {
  /** Body text; at least 7:1 on the background (17:1 light, 15:1 dark). */
  text: string;
  /** Secondary text (dates, credits); at least 4.5:1 on the background. */
  textMuted: string;
  background: string;
  /** Slightly tinted panels (pull quotes, teaser cards). */
  surface: string;
  /** Kickers, links and quotation marks; at least 4.5:1 on background and surface. */
  accent: string;
  /** Rules and card borders. */
  border: string;
  /** Focus ring; at least 3:1 against the background. */
  focus: string;
}

export interface ManchetteTheme {
  /** Colours on a light page: what every reader gets unless the scheme is dark. */
  color: ManchetteColors;
  /**
   * Colours on a dark page: used where the reader asks for a dark scheme
   * (`prefers-color-scheme: dark`) and `colorScheme` allows it.
   */
  darkColor: ManchetteColors;
  /**
   * The CSS `color-scheme` of the components: `light dark` follows the
   * reader's preference, `light` (or `dark`) holds one scheme, for a host page
   * that has no dark mode or sets its own (`--manchette-color-scheme: dark`
   * on the page's dark class).
   */
  colorScheme: string;
  font: {
    /** Reading text and headlines. */
    serif: string;
    /** Kickers, bylines, captions and other interface text. */
    sans: string;
  };
  /** The steps of the interface sizes (labels, bylines, captions, controls); the fluid ones follow the container's width (`cqi`). */
  fontSize: {
    xs: string;
    sm: string;
    md: string;
    lg: string;
    xl: string;
    xxl: string;
    display: string;
  };
  /**
   * The type scale of an article, by role: headline > standfirst >
   * subheading > body, each step visibly apart at every width. The fluid
   * sizes grow with the article's own width (`cqi`: the article and
   * « À lire aussi » are size containers), not the window's, so an article in
   * a narrow column of a wide page is set as on a phone; outside any
   * container `cqi` falls back to the small viewport's width.
   */
  textSize: {
    /** The article's headline (the `h1`). */
    headline: string;
    /** The chapô, under the headline. */
    standfirst: string;
    /** A body subheading (intertitre) at the first level. */
    subheading: string;
    /** Body text. */
    body: string;
    /** A teaser's title in « À lire aussi »: card-sized. */
    teaser: string;
    /** Image captions (légendes). */
    caption: string;
    /** Image credits (« © AFP »), smaller than the caption they follow. */
    credit: string;
  };
  lineHeight: {
    tight: string;
    heading: string;
    /** Standfirsts and captions: text set larger or smaller than the body, on several lines. */
    snug: string;
    body: string;
  };
  space: {
    xs: string;
    sm: string;
    md: string;
    lg: string;
    xl: string;
    xxl: string;
  };
  /**
   * Width of the reading column, for 60 to 75 characters a line of body
   * text. In `ch` of the body font: an average French letter is narrower than
   * a "0", so 56ch sets about 67 characters (measured in Chromium).
   */
  measure: string;
  /**
   * Width of the article's column: headline, standfirst, lead image and
   * « À lire aussi » take all of it; body text, captions, source and tags
   * keep to `measure`, on the same left edge.
   */
  column: string;
  /** Widest a block may be on its own (a related-articles grid outside an article, a pull quote). */
  wide: string;
  radius: string;
}

export const defaultTheme: ManchetteTheme = {
  color: {
    text: '#1a1a1a',
    textMuted: '#595959',
    background: '#ffffff',
    surface: '#f5f3ef',
    accent: '#a3001b',
    border: '#d4d0c8',
    focus: '#1f5fbf',
  },
  darkColor: {
    text: '#e8e6e1',
    textMuted: '#a9a49c',
    background: '#121416',
    surface: '#1e2124',
    accent: '#ff8f8a',
    border: '#3d4146',
    focus: '#7cacf8',
  },
  colorScheme: 'light dark',
  font: {
    serif: 'Georgia, Cambria, "Times New Roman", Times, serif',
    sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  fontSize: {
    xs: '0.8125rem',
    sm: '0.9375rem',
    md: '1.125rem',
    lg: 'clamp(1.25rem, 1.1rem + 0.7cqi, 1.5rem)',
    xl: 'clamp(1.4rem, 1.2rem + 1.15cqi, 1.875rem)',
    xxl: 'clamp(1.6rem, 1.3rem + 1.7cqi, 2.25rem)',
    display: 'clamp(1.875rem, 1.4rem + 2.7cqi, 3rem)',
  },
  textSize: {
    headline: 'clamp(1.75rem, 1.3rem + 2.2cqi, 2.75rem)',
    standfirst: 'clamp(1.25rem, 1.15rem + 0.45cqi, 1.4375rem)',
    subheading: 'clamp(1.1875rem, 1.15rem + 0.23cqi, 1.3125rem)',
    body: '1.125rem',
    teaser: '1.125rem',
    caption: '0.875rem',
    credit: '0.75rem',
  },
  lineHeight: {
    tight: '1.15',
    heading: '1.25',
    snug: '1.4',
    body: '1.6',
  },
  space: {
    xs: '0.25rem',
    sm: '0.5rem',
    md: '1rem',
    lg: '1.5rem',
    xl: '2.5rem',
    xxl: '4rem',
  },
  measure: '56ch',
  column: '44rem',
  wide: '72rem',
  radius: '4px',
};

type VarTree<T> = { [K in keyof T]: T[K] extends string ? string : VarTree<T[K]> };

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function walkTokens(tree: object, prefix: string, visit: (name: string, value: string) => void): void {
  for (const [key, value] of Object.entries(tree)) {
    const name = `${prefix}-${kebab(key)}`;
    if (typeof value === 'string') visit(name, value);
    else walkTokens(value as object, name, visit);
  }
}

function buildRefs<T extends object>(tree: T, prefix: string, withFallback: boolean): VarTree<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tree)) {
    const name = `${prefix}-${kebab(key)}`;
    out[key] =
      typeof value === 'string'
        ? `var(${name}${withFallback ? `, ${value}` : ''})`
        : buildRefs(value as object, name, withFallback);
  }
  return out as VarTree<T>;
}

/**
 * References to the tokens for use in styles: `vars.color.text` is
 * `var(--manchette-color-text, #1a1a1a)`.
 */
export const vars: VarTree<ManchetteTheme> = /* @__PURE__ */ buildRefs(defaultTheme, '--manchette', true);

/**
 * What the components' own styles use: `tokens.color.text` is
 * `var(--_m-color-text)`, a private property that every component root
 * declares once from the public one (`scopeDeclarations`). Such a reference
 * is a third as long as one from `vars` with its fallback, and
 * styled-components processes every character of a component's CSS again
 * for each server request.
 *
 * A token set on an ancestor of a component, or on its root element, reaches
 * it (the root resolves the public property); one set on an inner part of the
 * same component does not.
 */
export const tokens: VarTree<ScopedTheme> = /* @__PURE__ */ buildRefs(
  scopedTheme(defaultTheme),
  '--_m',
  false,
);

/** What the components' styles refer to: one colour per role, whatever the scheme. */
type ScopedTheme = Omit<ManchetteTheme, 'darkColor'>;

function scopedTheme({ darkColor: _dark, ...theme }: ManchetteTheme): ScopedTheme {
  return theme;
}

/**
 * The declarations behind `tokens`: each private property is the public one,
 * with the default token as its fallback. A colour is the light or the dark
 * token by the element's used `color-scheme` (`light-dark()`), which the
 * components' roots set from `colorScheme`: one set of styles serves both
 * schemes, and no media query repeats them.
 */
export function scopeDeclarations(): string {
  const { color, darkColor, ...rest } = defaultTheme;
  let declarations = '';
  for (const [role, light] of Object.entries(color) as [keyof ManchetteColors, string][]) {
    const name = `color-${kebab(role)}`;
    declarations += `--_m-${name}: light-dark(var(--manchette-${name}, ${light}), var(--manchette-dark-${name}, ${darkColor[role]}));\n`;
  }
  walkTokens(rest, '', (name, value) => {
    declarations += `--_m${name}: var(--manchette${name}, ${value});\n`;
  });
  return declarations;
}

/** A partial theme: any token may be overridden, the rest keep their defaults. */
export type ManchetteThemeOverrides = {
  [K in keyof ManchetteTheme]?: ManchetteTheme[K] extends string ? string : Partial<ManchetteTheme[K]>;
};

/** Merges overrides into the default tokens. */
export function createTheme(overrides: ManchetteThemeOverrides = {}): ManchetteTheme {
  const theme: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(defaultTheme)) {
    const override = overrides[key as keyof ManchetteTheme];
    theme[key] = typeof value === 'string' ? (override ?? value) : { ...value, ...(override as object) };
  }
  return theme as unknown as ManchetteTheme;
}

/** The theme as CSS custom properties, for a `style` attribute or a rule. */
export function themeToCustomProperties(theme: ManchetteTheme): Record<string, string> {
  const properties: Record<string, string> = {};
  walkTokens(theme, '--manchette', (name, value) => {
    properties[name] = value;
  });
  return properties;
}
