import { renderArticleDocument } from '../../src/server';
import { type JudgedPage, judgedPages } from './judged-pages';

/** A judged page, fully rendered. */
export interface JudgedDocument extends JudgedPage {
  /** The complete document `renderArticleDocument` returns. */
  html: string;
}

/** The pages every judge checks, each rendered by `renderArticleDocument`. */
export function judgedDocuments(): JudgedDocument[] {
  return judgedPages().map((page) => ({
    ...page,
    html: renderArticleDocument({
      article: page.article,
      site: page.site,
      related: page.related,
      imageLoader: page.imageLoader,
    }),
  }));
}
