/** The title used when neither the headline nor `site.name` says anything, nor the site's URL. */
export const FALLBACK_TITLE = 'Article';

/**
 * The title of a page whose article has no headline (`isBlank`): the site's
 * name, else its host ("www.lequotidien.fr"), which still tells a reader whose
 * page it is, else « Article ». The `<title>`, `og:title` and `twitter:title`
 * give it, and `ArticleLayout` gives it to its top heading, visually hidden,
 * so that the page keeps exactly one `h1` and it says what the title says.
 *
 * @param siteName the site's name, cleaned ('' when it shows nothing)
 * @param siteUrl the site's URL as the URL policy resolves it (absolute http(s)), if any
 */
export function titleWithoutHeadline(siteName: string, siteUrl: string | undefined): string {
  if (siteName !== '') return siteName;
  // An absolute http(s) URL from resolveUrl parses, with a host.
  return (siteUrl ? new URL(siteUrl).hostname : '') || FALLBACK_TITLE;
}
