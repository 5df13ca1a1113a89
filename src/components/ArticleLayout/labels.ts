/** The words ArticleLayout prints around the data; every one can be replaced. */
export interface ArticleLayoutLabels {
  /** Before the publication date. */
  published: string;
  /** Before the date of the last update. */
  modified: string;
  /** Before the authors' names. */
  by: string;
  /** Between the last two authors' names. */
  and: string;
  /** Before the name of the source (agency, institution). */
  source: string;
  /** Accessible name of the list of tags. */
  tags: string;
  /** Accessible name of the region of corrections under the body. */
  corrections: string;
  /** Before the date of a correction (« Rectificatif du 4 avril 2024 : … »). */
  correction: string;
}

export const defaultLabels: ArticleLayoutLabels = {
  published: 'Publié le',
  modified: 'Mis à jour le',
  by: 'Par',
  and: 'et',
  source: 'Source :',
  tags: 'Mots-clés',
  corrections: 'Rectificatifs',
  correction: 'Rectificatif du',
};
