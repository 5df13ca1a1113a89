import type * as React from 'react';
import { useMemo } from 'react';
import { ThemeProvider } from 'styled-components';
import {
  createTheme,
  type ManchetteTheme,
  type ManchetteThemeOverrides,
  themeToCustomProperties,
} from '../../theme';
import { Root } from './ManchetteThemeProvider.styles';

declare module 'styled-components' {
  // Namespaced so that a host application's own DefaultTheme keys never clash.
  export interface DefaultTheme {
    manchette?: ManchetteTheme;
  }
}

export interface ManchetteThemeProviderProps extends React.ComponentPropsWithoutRef<'div'> {
  /**
   * Tokens to override, the others keeping their default values; a
   * `styled(ManchetteThemeProvider)` wrapper keeps this prop for itself, as
   * styled-components does with every `theme`, so give tokens to an unwrapped
   * provider.
   * @default {}
   */
  theme?: ManchetteThemeOverrides;
  /**
   * Inline style of the wrapper, merged over the theme's custom properties: a
   * `--manchette-*` property set here wins over the same token from `theme`,
   * and one set to `undefined` leaves the theme's value.
   * @default undefined
   */
  style?: React.CSSProperties;
  /** The components to theme. @default undefined */
  children?: React.ReactNode;
}

// Only the properties a consumer actually sets take over: React would drop an
// `undefined` one from the element, and with it the token the theme set.
function mergeStyle(
  properties: Record<string, string>,
  style: React.CSSProperties | undefined,
): React.CSSProperties {
  if (style === undefined || style === null) return properties as React.CSSProperties;
  const merged: Record<string, unknown> = { ...properties };
  for (const [name, value] of Object.entries(style)) {
    if (value !== undefined && value !== null) merged[name] = value;
  }
  return merged as React.CSSProperties;
}

/**
 * Applies a theme to the manchette components below it. Optional: without it
 * the components use the default tokens. It renders one `div` with
 * `display: contents`, out of layout, that takes the `div` attributes given
 * to it (`className`, `style`, `data-*`, `aria-*`).
 *
 * @example
 * <ManchetteThemeProvider theme={{ color: { accent: '#00507a' } }} className="edition-soir">
 *   <ArticleLayout article={article} />
 * </ManchetteThemeProvider>
 */
function ManchetteThemeProvider({ theme: overrides, style, children, ...rest }: ManchetteThemeProviderProps) {
  const theme = useMemo(() => createTheme(overrides), [overrides]);
  const properties = useMemo(() => themeToCustomProperties(theme), [theme]);
  return (
    <ThemeProvider theme={(outer) => ({ ...outer, manchette: theme })}>
      <Root data-manchette-theme="" {...rest} style={mergeStyle(properties, style)}>
        {children}
      </Root>
    </ThemeProvider>
  );
}

export { ManchetteThemeProvider };
