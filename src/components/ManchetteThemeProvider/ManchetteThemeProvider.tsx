import type * as React from 'react';
import { useMemo } from 'react';
import { styled, ThemeProvider } from 'styled-components';
import {
  createTheme,
  type ManchetteTheme,
  type ManchetteThemeOverrides,
  themeToCustomProperties,
} from '../../theme';

declare module 'styled-components' {
  // Namespaced so that a host application's own DefaultTheme keys never clash.
  export interface DefaultTheme {
    manchette?: ManchetteTheme;
  }
}

// `display: contents` keeps the wrapper out of layout while its custom
// properties still inherit to every descendant.
const Root = styled.div`
  display: contents;
`;

export interface ManchetteThemeProviderProps {
  /** Tokens to override; the others keep their default values. @default {} */
  theme?: ManchetteThemeOverrides;
  children?: React.ReactNode;
}

/**
 * Applies a theme to the manchette components below it. Optional: without it
 * the components use the default tokens.
 *
 * @example
 * <ManchetteThemeProvider theme={{ color: { accent: '#00507a' } }}>
 *   <ArticleLayout article={article} />
 * </ManchetteThemeProvider>
 */
function ManchetteThemeProvider({ theme: overrides, children }: ManchetteThemeProviderProps) {
  const theme = useMemo(() => createTheme(overrides), [overrides]);
  const style = useMemo(() => themeToCustomProperties(theme) as React.CSSProperties, [theme]);
  return (
    <ThemeProvider theme={(outer) => ({ ...outer, manchette: theme })}>
      <Root data-manchette-theme="" style={style}>
        {children}
      </Root>
    </ThemeProvider>
  );
}

export { ManchetteThemeProvider };
