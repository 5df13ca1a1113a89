import { frenchTypography, typographyFor } from '../../typography';
import { frenchPartLang } from '../RichText/language';
import { type ArticleLayoutLabels, defaultLabels } from './labels';

export interface LabelProps {
  labels: ArticleLayoutLabels;
  name: keyof ArticleLayoutLabels;
  /** The article's language. */
  language: string | undefined;
}

/**
 * One of the words printed around the data. The library's own labels are
 * French, and stay French (with a `lang` of their own) in an article in
 * another language; a label the site gave is taken to be in the article's
 * language and typeset as such.
 */
export function Label({ labels, name, language }: LabelProps) {
  const text = labels[name];
  if (text !== defaultLabels[name]) return typographyFor(language)(text);
  const lang = frenchPartLang(language);
  const french = frenchTypography(text);
  return lang ? <span lang={lang}>{french}</span> : french;
}
