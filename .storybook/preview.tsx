import type { Decorator, Preview } from '@storybook/react-vite';
import { useLayoutEffect } from 'react';
import { HelmetProvider } from 'react-helmet-async';
import { ManchetteThemeProvider } from '../src/components/ManchetteThemeProvider';
import type { ManchetteThemeOverrides } from '../src/theme';

// The default follows the reader's system setting, as on a news site; « Clair » and « Sombre » hold one
// scheme whatever the system says. Sépia and the blue accent define light colours only.
const themes: Record<string, ManchetteThemeOverrides | undefined> = {
  defaut: undefined,
  clair: { colorScheme: 'light' },
  sombre: { colorScheme: 'dark' },
  sepia: {
    colorScheme: 'light',
    color: { background: '#fbf6ec', surface: '#f1e8d6', text: '#2b2118', accent: '#8a2a0a' },
  },
  bleu: { colorScheme: 'light', color: { accent: '#00507a', focus: '#b35c00' } },
};

/** The canvas around the components takes the same scheme, so that a dark page is not framed in white. */
function CanvasScheme({ scheme }: { scheme: string }) {
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.style.colorScheme = scheme;
    root.style.backgroundColor = 'Canvas';
    return () => {
      root.style.colorScheme = '';
      root.style.backgroundColor = '';
    };
  }, [scheme]);
  return null;
}

const withTheme: Decorator = (Story, context) => {
  const theme = themes[String(context.globals.theme ?? 'defaut')];
  return (
    <HelmetProvider>
      <CanvasScheme scheme={theme?.colorScheme ?? 'light dark'} />
      <ManchetteThemeProvider theme={theme}>
        <Story />
      </ManchetteThemeProvider>
    </HelmetProvider>
  );
};

const preview: Preview = {
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Thème des composants',
      toolbar: {
        title: 'Thème',
        icon: 'paintbrush',
        items: [
          { value: 'defaut', title: 'Par défaut (selon le système)' },
          { value: 'clair', title: 'Clair' },
          { value: 'sombre', title: 'Sombre' },
          { value: 'sepia', title: 'Sépia' },
          { value: 'bleu', title: 'Accent bleu' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'defaut' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Any axe violation fails the story, in the UI and in `npm test`.
    a11y: { test: 'error' },
    options: { storySort: { order: ['Introduction', 'Pages', 'Aperçus', 'Composants', 'Fonctions'] } },
    // The widths the pages are reviewed at: the narrowest phone still sold, a current phone, a tablet, a
    // laptop and a desktop screen (stories pick one with `globals.viewport`).
    viewport: {
      options: {
        petitMobile: {
          name: 'Petit mobile (320 × 568)',
          styles: { width: '320px', height: '568px' },
          type: 'mobile',
        },
        mobile: { name: 'Mobile (390 × 844)', styles: { width: '390px', height: '844px' }, type: 'mobile' },
        tablette: {
          name: 'Tablette (768 × 1024)',
          styles: { width: '768px', height: '1024px' },
          type: 'tablet',
        },
        desktop: {
          name: 'Ordinateur (1280 × 800)',
          styles: { width: '1280px', height: '800px' },
          type: 'desktop',
        },
        grandEcran: {
          name: 'Grand écran (1440 × 900)',
          styles: { width: '1440px', height: '900px' },
          type: 'desktop',
        },
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
