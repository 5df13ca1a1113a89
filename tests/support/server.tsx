import type * as React from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';

/** Renders on the server as a host would: inside a `ServerStyleSheet`, returning markup and collected CSS. */
export function renderOnServer(ui: React.ReactElement): { html: string; css: string } {
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(sheet.collectStyles(ui));
    return { html, css: sheet.getStyleTags() };
  } finally {
    sheet.seal();
  }
}
