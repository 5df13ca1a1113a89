import { type RenderOptions, render as rtlRender } from '@testing-library/react';
import type * as React from 'react';
import { HelmetProvider } from 'react-helmet-async';
import { ManchetteThemeProvider } from '../../src/components/ManchetteThemeProvider';
import type { ManchetteThemeOverrides } from '../../src/theme';

export interface ManchetteRenderOptions extends Omit<RenderOptions, 'wrapper'> {
  /** Wraps the tree in a `ManchetteThemeProvider` with these overrides; none when absent. */
  theme?: ManchetteThemeOverrides;
  /** Wraps the tree in a Helmet provider (needed by SeoHead). @default true */
  helmet?: boolean;
}

interface ProvidersProps {
  theme?: ManchetteThemeOverrides;
  helmet: boolean;
  children: React.ReactNode;
}

function Providers({ theme, helmet, children }: ProvidersProps) {
  const themed = theme ? <ManchetteThemeProvider theme={theme}>{children}</ManchetteThemeProvider> : children;
  return helmet ? <HelmetProvider>{themed}</HelmetProvider> : themed;
}

/** The one render helper of the suite: Testing Library's, with the library's providers. */
export function render(
  ui: React.ReactElement,
  { theme, helmet = true, ...options }: ManchetteRenderOptions = {},
) {
  const wrap = (node: React.ReactElement) => (
    <Providers theme={theme} helmet={helmet}>
      {node}
    </Providers>
  );
  const result = rtlRender(wrap(ui), options);
  return { ...result, rerender: (next: React.ReactElement) => result.rerender(wrap(next)) };
}

export { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
