import { reuseCompiledStyles } from 'manchette/server';
import Document, {
  type DocumentContext,
  type DocumentInitialProps,
  Head,
  Html,
  Main,
  NextScript,
} from 'next/document';
import { ServerStyleSheet } from 'styled-components';

/**
 * The Pages Router's document: the CSS of the styled components that the page
 * rendered, collected into <head> so that the page is styled before any script
 * runs, and `<html lang>` from the page's `htmlLang` prop.
 */
export default class ArticleDocument extends Document {
  static override async getInitialProps(context: DocumentContext): Promise<DocumentInitialProps> {
    const sheet = reuseCompiledStyles(new ServerStyleSheet());
    const renderPage = context.renderPage;
    try {
      context.renderPage = () =>
        renderPage({ enhanceApp: (App) => (props) => sheet.collectStyles(<App {...props} />) });
      const initialProps = await Document.getInitialProps(context);
      return { ...initialProps, styles: [initialProps.styles, sheet.getStyleElement()] };
    } finally {
      sheet.seal();
    }
  }

  override render() {
    const pageProps: { htmlLang?: unknown } | undefined = this.props.__NEXT_DATA__.props?.pageProps;
    const lang = typeof pageProps?.htmlLang === 'string' ? pageProps.htmlLang : 'fr-FR';
    return (
      <Html lang={lang}>
        <Head />
        <body style={{ margin: 0 }}>
          <Main />
          <NextScript />
        </body>
      </Html>
    );
  }
}
